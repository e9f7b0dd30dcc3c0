import PledgeCore

/// Assessments and the report cache, as `SQLiteStore+Assessments.swift` and `SQLiteStore+ReportCache.swift`
/// keep them.
extension InMemoryStore {
    public func assessmentEntries(force: Force, period: String) async throws -> [AssessmentEntry] {
        let period = StoredText(period)
        return try sideTables().assessments.filter { $0.force == force.number && $0.period == period }.map { row in
            AssessmentEntry(try row.stored.change(), assessor: row.assessor, at: Instant(microseconds: row.madeAt))
        }
    }

    public func recordAssessment(force: Force, period: String, entries: [AssessmentEntry]) async throws {
        var rows: [AssessmentRow] = []
        for entry in entries {
            let stored = try StoredAssessmentChange(entry.change)
            if let refused = Self.assessmentViolation(force: force, period: period, assessor: entry.assessor, stored) {
                throw StoreError(.writeFailed, "could not record the assessment in \(location): \(refused); nothing was kept")
            }
            rows.append(AssessmentRow(force: force.number, period: StoredText(period), madeAt: entry.at.microseconds, assessor: entry.assessor, stored: stored))
        }
        _ = try changeSide { $0.assessments += rows }
    }

    /// The constraint of `assessments` (migration 0006) an entry breaks first, in SQLite's words.
    private static func assessmentViolation(force: Force, period: String, assessor: String, _ stored: StoredAssessmentChange) -> String? {
        if !(1...40).contains(SideConstraint.length(period)) { return "CHECK constraint failed: length(period) BETWEEN 1 AND 40" }
        if !(1...200).contains(SideConstraint.length(String(SideConstraint.trimmedSpaces(assessor)))) {
            return "CHECK constraint failed: length(trim(assessor)) BETWEEN 1 AND 200"
        }
        let fits = stored.kind == "area" ? (1...3).contains(stored.subject) && stored.grade != nil : (1...10).contains(stored.subject)
        if !fits {
            return
                "CHECK constraint failed: (kind = 'area' AND subject BETWEEN 1 AND 3 AND grade IS NOT NULL) OR (kind <> 'area' AND subject BETWEEN 1 AND 10)"
        }
        if ForceCatalogue.force(number: force.number) == nil { return TableRules.foreignKeyFailed }
        return nil
    }

    public func cachedReport(force: Force, request: String, dataVersion: Int64) async throws -> [UInt8]? {
        let kept = sideTables().reports[ReportKey(force: force.number, request: StoredText(request))]
        guard let kept, kept.dataVersion == dataVersion else { return nil }
        return kept.body
    }

    public func keepReport(force: Force, request: String, dataVersion: Int64, body: [UInt8]) async throws {
        guard ForceCatalogue.force(number: force.number) != nil else {
            throw StoreError(.writeFailed, "could not keep the report in \(location): \(TableRules.foreignKeyFailed)")
        }
        _ = try changeSide { $0.reports[ReportKey(force: force.number, request: StoredText(request))] = CachedReport(dataVersion: dataVersion, body: body) }
    }
}
