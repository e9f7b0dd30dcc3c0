import Foundation
import PledgeCore
import PledgeStore
import PostgresNIO

/// What assessors record, kept as a log: `text` holds the evidence, the reason, or the findings as JSON.
extension PostgresStore {
    /// Every assessment entry recorded for the force and period, oldest first (by id, the order kept).
    public func assessmentEntries(force: Force, period: String) async throws -> [AssessmentEntry] {
        try await rows(
            "SELECT made_at, assessor, kind, subject, grade, text FROM assessments WHERE force_id = \(force.number) AND period = \(period) ORDER BY id",
            doing: "read the assessments of \(force.name) for \(period)"
        ) { row in
            let (madeAt, assessor, kind, subject, gradeLabel, text) = try row.decode((Int64, String, String, Int, String?, String).self)
            let grade = gradeLabel.flatMap(Grade.init(label:))
            let change: AssessmentEntry.Change
            switch kind {
            case "area": change = .area(subject, grade ?? .poor, evidence: text)
            case "override": change = .override(promise: subject, grade, reason: text)
            default: change = .findings(promise: subject, try JSONDecoder().decode([Finding].self, from: Data(text.utf8)))
            }
            return AssessmentEntry(change, assessor: assessor, at: Instant(microseconds: madeAt))
        }
    }

    /// Keeps the entries, all or none, in one transaction; earlier entries stay as history.
    public func recordAssessment(force: Force, period: String, entries: [AssessmentEntry]) async throws {
        try await write("record the assessment") { connection in
            for entry in entries {
                let (kind, subject, grade, text): (String, Int, Grade?, String)
                switch entry.change {
                case .area(let area, let g, let evidence): (kind, subject, grade, text) = ("area", area, g, evidence)
                case .override(let promise, let g, let reason): (kind, subject, grade, text) = ("override", promise, g, reason)
                case .findings(let promise, let findings):
                    (kind, subject, grade, text) = ("findings", promise, nil, String(decoding: try JSONEncoder().encode(findings), as: UTF8.self))
                }
                try await Self.execute(
                    """
                    INSERT INTO assessments (force_id, period, made_at, assessor, kind, subject, grade, text)
                    VALUES (\(force.number), \(period), \(entry.at.microseconds), \(entry.assessor), \(kind), \(subject), \(grade?.label), \(text))
                    """, on: connection, logger: logger)
            }
        }
    }
}
