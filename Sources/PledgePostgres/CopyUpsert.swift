import Logging
import PledgeCore
import PledgeStore
import PostgresNIO

/// Stores a batch of rows of one table through `COPY`, each replacing the stored row with the same key,
/// and says what became of each, as SQLite's upsert does:
/// 1. the batch is copied into a temporary staging table (no constraints, dropped at commit);
/// 2. one query joins it to the table by key: a new key is inserted, a key this import already wrote (or
///    an earlier row of the batch wrote) is a duplicate within the file, a key with other values is
///    updated, and one with the same values is only marked as seen;
/// 3. one INSERT, one UPDATE and one touch apply them, under a savepoint. If the schema refuses a row
///    (a constraint), the savepoint is rolled back and the batch goes row by row, each row judged again
///    after the ones before it, so that only the refused rows are rejected and their keys stay free.
///
/// Unchecked Sendable: an import uses it from one thread at a time, waiting for each call to finish.
final class CopyUpsert: @unchecked Sendable {
    let columns: StoredColumns
    private let stage: String
    private let connection: PostgresConnection
    private let logger: Logger
    private var staged = false
    /// Rows staged so far in this transaction: each batch's rows are numbered on from here, so the staging
    /// table is never emptied (a TRUNCATE per batch cost more than the batch's COPY).
    private var firstOrd = 0

    init(columns: StoredColumns, connection: PostgresConnection, logger: Logger) {
        self.columns = columns
        self.stage = "pw_stage_\(columns.table)"
        self.connection = connection
        self.logger = logger
    }

    private func quoted(_ name: String) -> String { "\"\(name)\"" }
    private var keyMatch: String {
        columns.key.map { name in
            if name == "force_id", let singleForce { "t.force_id = \(singleForce)" } else { "t.\(quoted(name)) = s.\(quoted(name))" }
        }.joined(separator: " AND ")
    }
    /// When the batch holds one force's rows (nearly always) and the table is partitioned by force, its
    /// number, matched as a constant: the planner then reads only that force's partition, through its
    /// unique key, instead of planning a join against every force's. Only there: in a table of every force
    /// whose statistics do not know the force yet (its first import), `force_id = N` is estimated at one
    /// row, so a scan of another index on `force_id` alone, filtered by key, costs the same as the key
    /// lookup and was chosen, reading all of the force's rows written so far for every batch (victims'
    /// updates of a large force: quadratic). Matched to the staged row's force, the key lookup wins.
    private var singleForce: Int64?
    /// The tables `PARTITION BY LIST (force_id)` (migration 0001).
    static let partitionedByForce: Set<String> = ["calls", "duty", "crimes"]
    private var dataColumns: [String] { columns.columns.filter { !columns.key.contains($0) } }

    /// Stores `rows` (values in `columns.columns` order) for the import `importID`.
    func run(_ rows: [[FieldValue]], importID: Int64) async throws -> [Result<UpsertOutcome, RowProblem>] {
        var outcomes = [Result<UpsertOutcome, RowProblem>?](repeating: nil, count: rows.count)
        var copy = CopyText(capacity: rows.count * 128)
        for (ord, row) in rows.enumerated() {
            guard row.allSatisfy(CopyText.storable) else {
                outcomes[ord] = .failure(RowProblem(field: nil, "the store refused it: PostgreSQL cannot store text holding the NUL character"))
                continue
            }
            copy.appendRow(firstOrd + ord, row)
        }
        let forces = Set(rows.compactMap { if case .integer(let number) = $0.first { number } else { nil } })
        singleForce = forces.count == 1 && Self.partitionedByForce.contains(columns.table) ? forces.first : nil
        try await prepareStage()
        let data = copy.buffer
        try await connection.copyFrom(table: stage, columns: ["ord"] + columns.columns, logger: logger) { writer in try await writer.write(data) }

        let judged = try await judge(where: "s.ord >= \(firstOrd) AND s.ord < \(firstOrd + rows.count)", importID: importID)
        for (ord, outcome) in judged { outcomes[Int(ord) - firstOrd] = .success(outcome) }
        try await apply(judged, importID: importID, outcomes: &outcomes)
        firstOrd += rows.count
        return outcomes.map { $0! }
    }

    /// What becomes of each staged row `condition` picks, by key: a key the batch holds more than once is a
    /// duplicate after its first row, and so is a key this import already wrote.
    private func judge(where condition: String, importID: Int64) async throws -> [(ord: Int32, outcome: UpsertOutcome)] {
        let differs = dataColumns.map { "t.\(quoted($0)) IS DISTINCT FROM s.\(quoted($0))" }.joined(separator: " OR ")
        let keyList = columns.key.map { "s.\(quoted($0))" }.joined(separator: ", ")
        let query = PostgresQuery(
            unsafeSQL: """
                SELECT s.ord, t.seen_import, (\(differs.isEmpty ? "false" : differs)),
                       row_number() OVER (PARTITION BY \(keyList) ORDER BY s.ord)
                FROM \(stage) s LEFT JOIN \(quoted(columns.table)) t ON \(keyMatch)
                WHERE \(condition)
                """)
        var judged: [(ord: Int32, outcome: UpsertOutcome)] = []
        for try await (ord, seen, changed, position) in try await connection.query(query, logger: logger).decode((Int32, Int64?, Bool?, Int64).self) {
            let outcome: UpsertOutcome =
                if position > 1 || seen == importID { .duplicateInFile } else if seen == nil { .inserted } else if changed == true { .updated } else {
                    .unchanged
                }
            judged.append((ord, outcome))
        }
        return judged.sorted { $0.ord < $1.ord }
    }

    private func prepareStage() async throws {
        guard !staged else { return }
        // The table's own column types, none of its constraints: the constraints are checked on the way in.
        try await execute(
            """
            CREATE TEMP TABLE \(stage) ON COMMIT DROP AS
            SELECT 0::integer AS ord, \(columns.columns.map(quoted).joined(separator: ", ")) FROM \(quoted(columns.table)) WITH NO DATA
            """)
        try await execute("CREATE INDEX ON \(stage) (ord)")
        staged = true
    }

    /// Applies the judged batch in three statements under a savepoint; if the schema refuses any row, rolls
    /// them back and goes row by row.
    private func apply(_ judged: [(ord: Int32, outcome: UpsertOutcome)], importID: Int64, outcomes: inout [Result<UpsertOutcome, RowProblem>?])
        async throws
    {
        func ords(_ outcome: UpsertOutcome) -> [Int32] { judged.filter { $0.outcome == outcome }.map(\.ord) }
        try await execute("SAVEPOINT pw_batch")
        do {
            try await write(inserts: ords(.inserted), updates: ords(.updated), touches: ords(.unchanged), importID: importID)
            try await execute("RELEASE SAVEPOINT pw_batch")
            return
        } catch  where Self.isRowProblem(error) {
            try await execute("ROLLBACK TO SAVEPOINT pw_batch")
            try await execute("RELEASE SAVEPOINT pw_batch")
        }
        try await rowByRow(judged.map(\.ord), importID: importID, outcomes: &outcomes)
    }

    /// The batch again, one row at a time in its order, each judged only once the rows before it are
    /// written: a row the schema refuses then leaves its key free for a later row with it, as in SQLite,
    /// where the later row is stored, not a duplicate.
    private func rowByRow(_ ords: [Int32], importID: Int64, outcomes: inout [Result<UpsertOutcome, RowProblem>?]) async throws {
        for ord in ords {
            try await execute("SAVEPOINT pw_row")
            do {
                let outcome = try await judge(where: "s.ord = \(ord)", importID: importID)[0].outcome
                try await write(
                    inserts: outcome == .inserted ? [ord] : [], updates: outcome == .updated ? [ord] : [],
                    touches: outcome == .unchanged ? [ord] : [],
                    importID: importID)
                try await execute("RELEASE SAVEPOINT pw_row")
                outcomes[Int(ord) - firstOrd] = .success(outcome)
            } catch  where Self.isRowProblem(error) {
                try await execute("ROLLBACK TO SAVEPOINT pw_row")
                try await execute("RELEASE SAVEPOINT pw_row")
                let message = (error as? PSQLError)?.serverInfo?[.message] ?? "\(error)"
                outcomes[Int(ord) - firstOrd] = .failure(RowProblem(field: nil, "the store refused it: \(message)"))
            }
        }
    }

    private func write(inserts: [Int32], updates: [Int32], touches: [Int32], importID: Int64) async throws {
        let all = columns.columns.map(quoted)
        if !inserts.isEmpty {
            // In the batch's order, so that ids follow the file as SQLite's rowids do.
            try await execute(
                """
                INSERT INTO \(quoted(columns.table)) (\(all.joined(separator: ", ")), created_import, changed_import, seen_import)
                SELECT \(all.joined(separator: ", ")), $1, $1, $1 FROM \(stage) WHERE ord = ANY($2) ORDER BY ord
                """, importID, inserts)
        }
        if !updates.isEmpty {
            let assignments = dataColumns.map { "\(quoted($0)) = s.\(quoted($0))" } + ["changed_import = $1", "seen_import = $1"]
            try await execute(
                """
                UPDATE \(quoted(columns.table)) t SET \(assignments.joined(separator: ", "))
                FROM \(stage) s WHERE s.ord = ANY($2) AND \(keyMatch)
                """, importID, updates)
        }
        if !touches.isEmpty {
            try await execute(
                "UPDATE \(quoted(columns.table)) t SET seen_import = $1 FROM \(stage) s WHERE s.ord = ANY($2) AND \(keyMatch)", importID, touches)
        }
    }

    /// Errors that belong to one row's values (class 22, data exception; class 23, integrity constraint),
    /// not to the store.
    static func isRowProblem(_ error: any Error) -> Bool {
        guard let state = PostgresFailure.sqlState(error) else { return false }
        return state.hasPrefix("22") || state.hasPrefix("23")
    }

    private func execute(_ sql: String) async throws {
        try await PostgresStore.execute(PostgresQuery(unsafeSQL: sql), on: connection, logger: logger)
    }

    private func execute(_ sql: String, _ importID: Int64, _ ords: [Int32]) async throws {
        var binds = PostgresBindings()
        binds.append(importID)
        binds.append(ords)
        try await PostgresStore.execute(PostgresQuery(unsafeSQL: sql, binds: binds), on: connection, logger: logger)
    }
}
