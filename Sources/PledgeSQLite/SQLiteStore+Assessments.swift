import Foundation
import GRDB
import PledgeCore
import PledgeStore

extension SQLiteStore {
    public func assessmentEntries(force: Force, period: String) async throws -> [AssessmentEntry] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT made_at, assessor, kind, subject, grade, text FROM assessments WHERE force_id = ? AND period = ? ORDER BY id",
                arguments: [force.number, period]
            ).map { row in
                let subject: Int = row["subject"]
                let grade = (row["grade"] as String?).flatMap(Grade.init(label:))
                let text: String = row["text"]
                let change: AssessmentEntry.Change
                switch row["kind"] as String {
                case "area": change = .area(subject, grade ?? .poor, evidence: text)
                case "override": change = .override(promise: subject, grade, reason: text)
                default: change = .findings(promise: subject, try JSONDecoder().decode([Finding].self, from: Data(text.utf8)))
                }
                return AssessmentEntry(change, assessor: row["assessor"], at: Instant(microseconds: row["made_at"]))
            }
        }
    }

    public func recordAssessment(force: Force, period: String, entries: [AssessmentEntry]) async throws {
        do {
            try await pool.write { db in
                for entry in entries {
                    let (kind, subject, grade, text): (String, Int, Grade?, String)
                    switch entry.change {
                    case .area(let area, let g, let evidence): (kind, subject, grade, text) = ("area", area, g, evidence)
                    case .override(let promise, let g, let reason): (kind, subject, grade, text) = ("override", promise, g, reason)
                    case .findings(let promise, let findings):
                        (kind, subject, grade, text) = ("findings", promise, nil, String(decoding: try JSONEncoder().encode(findings), as: UTF8.self))
                    }
                    try db.execute(
                        sql: "INSERT INTO assessments (force_id, period, made_at, assessor, kind, subject, grade, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        arguments: [force.number, period, entry.at.microseconds, entry.assessor, kind, subject, grade?.label, text])
                }
            }
        } catch let error as DatabaseError {
            throw StoreError(.writeFailed, "could not record the assessment in \(path): \(Self.describe(error)); nothing was kept")
        }
    }
}
