import PledgeCore
import PledgeStore
import PostgresNIO

/// What assessors record, kept as a log, each change in the columns every store uses (`StoredAssessmentChange`).
extension PostgresStore {
    /// Every assessment entry recorded for the force and period, oldest first (by id, the order kept).
    public func assessmentEntries(force: Force, period: String) async throws -> [AssessmentEntry] {
        try await rows(
            "SELECT made_at, assessor, kind, subject, grade, text FROM assessments WHERE force_id = \(force.number) AND period = \(period) ORDER BY id",
            doing: "read the assessments of \(force.name) for \(period)"
        ) { row in
            let (madeAt, assessor, kind, subject, grade, text) = try row.decode((Int64, String, String, Int, String?, String).self)
            let stored = StoredAssessmentChange(kind: kind, subject: subject, grade: grade, text: text)
            return AssessmentEntry(try stored.change(), assessor: assessor, at: Instant(microseconds: madeAt))
        }
    }

    /// Keeps the entries, all or none, in one transaction; earlier entries stay as history.
    public func recordAssessment(force: Force, period: String, entries: [AssessmentEntry]) async throws {
        try await write("record the assessment") { connection in
            for entry in entries {
                let stored = try StoredAssessmentChange(entry.change)
                try await Self.execute(
                    """
                    INSERT INTO assessments (force_id, period, made_at, assessor, kind, subject, grade, text)
                    VALUES (\(force.number), \(period), \(entry.at.microseconds), \(entry.assessor), \(stored.kind), \(stored.subject), \(stored.grade),
                        \(stored.text))
                    """, on: connection, logger: logger)
            }
        }
    }
}
