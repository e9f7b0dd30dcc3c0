import PledgeCore
import PledgeStore
import PostgresNIO

extension PostgresStore {
    public func importFile<Result>(
        _ file: ImportFileInfo, _ body: (any ImportTransaction) throws -> (Result, ImportDecision)
    ) throws -> Result {
        let lease: LeasedConnection
        do {
            lease = try LeasedConnection.lease(from: client)
        } catch {
            throw PostgresFailure.storeError(error, doing: "connect", at: location)
        }
        defer { lease.release() }
        let (connection, logger) = (lease.connection, logger)
        func run(_ query: PostgresQuery) throws {
            try Blocking.run { try await Self.execute(query, on: connection, logger: logger) }
        }
        do {
            let importID = try Blocking.run {
                try await Self.execute("BEGIN", on: connection, logger: logger)
                // One import of a kind at a time (as SQLite has one writer): two files of the same kind
                // would otherwise race to insert the same keys. Imports of other kinds go on at once.
                try await Self.execute(
                    "SELECT pg_advisory_xact_lock(\(Self.importLockClass), \(Int32(file.kind.lockNumber)))", on: connection, logger: logger)
                // Every statement of an import looks a batch of a few hundred staged rows up in a table by
                // its unique key: index lookups are always right. The planner's statistics are those of
                // before the import (an empty table, on a first load), so it would otherwise pick merge or
                // hash joins, sequential or bitmap scans, or materialise a whole force's rows (with no
                // statistics, `force_id = N` is guessed to match 0.5% of a partition that is all force N)
                // and read them for every batch: quadratic. A disabled plan node costs 10^10, far above
                // jit_above_cost, so JIT goes off too: it compiled each small statement (120 ms for the
                // one-row data_version update, against 1 ms). These settings end with the transaction; one
                // set_config per setting (is_local), in one round trip.
                let settings = ["enable_mergejoin", "enable_hashjoin", "enable_seqscan", "enable_material", "enable_bitmapscan", "jit"]
                let off = settings.map { "set_config('\($0)', 'off', true)" }.joined(separator: ", ")
                try await Self.execute(PostgresQuery(unsafeSQL: "SELECT \(off)"), on: connection, logger: logger)
                return try await Self.rows(
                    """
                    INSERT INTO imports (kind, source, started_at, content_sha256)
                    VALUES (\(file.kind.name), \(file.source), \(file.startedAt.microseconds), \(file.digest)) RETURNING id
                    """,
                    on: connection, logger: logger
                ) { try $0.decode(Int64.self) }[0]
            }
            let transaction = PostgresImportTransaction(connection: connection, importID: importID, logger: logger)
            let (result, decision): (Result, ImportDecision)
            do {
                (result, decision) = try body(transaction)
            } catch {
                try? run("ROLLBACK")
                throw error
            }
            guard case .commit(let counts) = decision else {
                try run("ROLLBACK")
                return result
            }
            try run(
                """
                UPDATE imports SET inserted = \(counts.inserted), updated = \(counts.updated), unchanged = \(counts.unchanged),
                rejected = \(counts.rejected) WHERE id = \(importID)
                """)
            // Last, so that the row lock that orders versions is held only while committing.
            try run("UPDATE data_version SET version = version + 1")
            try run("COMMIT")
            return result
        } catch let error as PSQLError {
            try? run("ROLLBACK")
            throw StoreError(
                .writeFailed, "could not write to \(location): \(PostgresFailure.reason(error, location)); nothing from this file was kept")
        }
    }

    /// The first key of the advisory locks imports take (the second is the kind).
    static let importLockClass: Int32 = 0x5057_494D  // "PWIM"

    public func dataVersion() async throws -> Int64 {
        try await rows("SELECT version FROM data_version", doing: "read the data version") { try $0.decode(Int64.self) }.first ?? 0
    }

    public func refreshDerivedData() throws {
        // Nothing is derived: reports read the rows through the force-and-time indexes.
    }
}

extension RecordKind {
    /// A small number per kind, for the import's advisory lock.
    var lockNumber: Int { RecordKind.allCases.firstIndex(of: self)! }
}
