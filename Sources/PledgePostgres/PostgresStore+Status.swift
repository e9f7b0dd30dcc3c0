import PledgeCore
import PledgeStore
import PostgresNIO

extension PostgresStore {
    public func status() async throws -> StoreStatus {
        let holdings = try await withConnection("read what the store holds") { connection in
            var holdings: [StoreStatus.Holding] = []
            for kind in RecordKind.allCases { holdings += try await Self.holdings(of: kind, connection, logger: self.logger) }
            return holdings
        }
        return StoreStatus(holdings: holdings.sorted { ($0.force.id, $0.kind) < ($1.force.id, $1.kind) }, location: location.description)
    }

    /// Per force, the count of `kind` and the span of its time field: instants as the force's local dates,
    /// dates and months as written (as SQLiteStore renders them).
    private static func holdings(of kind: RecordKind, _ connection: PostgresConnection, logger: Logger) async throws -> [StoreStatus.Holding] {
        let schema = RecordSchema.of(kind)
        let field = schema.monthField.map { schema.fields[schema.index(of: $0)!] }
        let span: String
        switch field?.type {
        case .instant: span = "min(\"\(field!.column)\")::text, max(\"\(field!.column)\")::text"
        case .date: span = "to_char(min(\"\(field!.column)\"), 'YYYY-MM-DD'), to_char(max(\"\(field!.column)\"), 'YYYY-MM-DD')"
        case .some: span = "min(\"\(field!.column)\"), max(\"\(field!.column)\")"
        case nil: span = "NULL::text, NULL::text"
        }
        let isInstant = field?.type == .instant
        let rows = try await Self.rows(
            PostgresQuery(unsafeSQL: "SELECT force_id, count(*), \(span) FROM \"\(schema.table)\" GROUP BY force_id"), on: connection, logger: logger
        ) { try $0.decode((Int, Int, String?, String?).self) }
        return rows.compactMap { number, count, first, last in
            guard let force = ForceCatalogue.force(number: number) else { return nil }
            let zone = ZoneRulesCache.rules(for: force.timeZone)
            func render(_ text: String?) -> String? {
                guard isInstant else { return text }
                return text.flatMap(Int64.init).flatMap { micros in zone.map { $0.localDate(of: Instant(microseconds: micros)).description } }
            }
            return StoreStatus.Holding(force: force, kind: kind, count: count, first: render(first), last: render(last))
        }
    }
}
