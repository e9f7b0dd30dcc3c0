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
                let stored = StoredAssessmentChange(kind: row["kind"], subject: row["subject"], grade: row["grade"], text: row["text"])
                return AssessmentEntry(try stored.change(), assessor: row["assessor"], at: Instant(microseconds: row["made_at"]))
            }
        }
    }

    public func recordAssessment(force: Force, period: String, entries: [AssessmentEntry]) async throws {
        do {
            try await pool.write { db in
                for entry in entries {
                    let stored = try StoredAssessmentChange(entry.change)
                    try db.execute(
                        sql:
                            "INSERT INTO assessments (force_id, period, made_at, assessor, kind, subject, grade, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        arguments: [
                            force.number, period, entry.at.microseconds, entry.assessor, stored.kind, stored.subject, stored.grade, stored.text,
                        ])
                }
            }
        } catch let error as DatabaseError {
            throw StoreError(.writeFailed, "could not record the assessment in \(path): \(Self.describe(error)); nothing was kept")
        }
    }
}
