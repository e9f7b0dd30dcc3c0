import PledgeCore
import PledgeStore
import PostgresNIO

extension PostgresStore {
    public func currentImport(digest: String) throws -> PriorImport? {
        try Blocking.run { [self] in
            // The latest committed import of these bytes that rejected nothing (an import that changed nothing
            // is rolled back, so the one that stored the rows is the latest).
            let found = try await rows(
                """
                SELECT id, kind, started_at, inserted + updated + unchanged FROM imports
                WHERE content_sha256 = \(digest) AND rejected = 0 ORDER BY id DESC LIMIT 1
                """, doing: "look up an earlier import of the file"
            ) { try $0.decode((Int64, String, Int64, Int64).self) }
            guard let (id, name, startedAt, stored) = found.first, let kind = RecordKind(name: name) else { return nil }
            // Still as it left them: every one of its rows last seen by it.
            let held =
                try await rows(
                    PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(kind.name) WHERE seen_import = \(id)"), doing: "count an import's rows"
                ) { try $0.decode(Int64.self) }.first ?? 0
            guard held == stored else { return nil }
            return PriorImport(id: id, kind: kind, startedAt: Instant(microseconds: startedAt), rows: Int(stored))
        }
    }
}
