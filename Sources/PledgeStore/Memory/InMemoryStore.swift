import Foundation
import PledgeCore
import Synchronization

/// A store that keeps everything in memory, for tests and demonstrations: it behaves as the SQLite store
/// does, record for record and in the same orders (the store contract suite runs both), and forgets
/// everything when released.
///
/// It is a class guarding its state with locks rather than an actor, because the protocol's `importFile`
/// and `refreshDerivedData` are synchronous (an import runs on a thread of its own, writing row batches as
/// they are read): an actor could only be called from them by blocking on a task. Reads take a snapshot
/// of the state under a `Mutex` (copy-on-write: cheap) and work on it outside the lock. Writers are
/// serialised by `writer`, as SQLite serialises them: an import works on a copy of the records and
/// publishes it only when it commits, so that an error or a roll-back leaves the store exactly as it was
/// and readers never see half an import. What no import touches (the report cache, assessments, plans,
/// dip samples) is kept apart and changed in one step under its own lock.
public final class InMemoryStore: PledgeStore {
    /// Where the store is, for humans (`StoreStatus.location`, error messages).
    public let location = "memory"
    /// The key of published crime ids that must not reveal a force's own references (`PersistentCrimeID`).
    let crimeIDSecret: [UInt8]
    let records = Mutex(RecordState())
    let side = Mutex(SideState())
    /// Held by every writer of `records` for the whole of its write.
    let writer = NSLock()

    /// An empty store. `crimeIDSecret` keys published crime ids; by default, like the SQLite store's own
    /// (migration 0008), 64 random lower-case hexadecimal characters, whose bytes are the key.
    public init(crimeIDSecret: [UInt8] = InMemoryStore.randomCrimeIDSecret()) {
        self.crimeIDSecret = crimeIDSecret
    }

    /// 256 random bits as 64 lower-case hexadecimal characters, as bytes: `lower(hex(randomblob(32)))`.
    public static func randomCrimeIDSecret() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef".utf8)
        return (0..<64).map { _ in digits[Int(generator.next() % 16)] }
    }

    /// The records as they are now.
    func snapshot() -> RecordState { records.withLock { $0 } }

    /// Runs `body` as the one writer of the records (imports, refreshes).
    func asWriter<T>(_ body: () throws -> T) rethrows -> T {
        writer.lock()
        defer { writer.unlock() }
        return try body()
    }

    /// Makes `state` the records every reader sees (a writer's last step).
    func publish(_ state: RecordState) { records.withLock { $0 = state } }

    /// The side tables as they are now.
    func sideTables() -> SideState { side.withLock { $0 } }

    /// Changes the side tables in one step: a thrown error changes nothing.
    func changeSide<T: Sendable>(_ body: (inout SideState) throws -> T) throws -> T {
        try side.withLock { state in
            var copy = state
            let result = try body(&copy)
            state = copy
            return result
        }
    }

    public func forces() async throws -> [Force] {
        ForceCatalogue.all.sorted { bytesPrecede($0.id, $1.id) }
    }

    public func status() async throws -> StoreStatus {
        let state = snapshot()
        var holdings = state.boundaries.rows.map(\.key.force).countedByForce.compactMap { force, count in
            ForceCatalogue.force(number: force).map { StoreStatus.Holding(force: $0, kind: .boundaries, count: count, first: nil, last: nil) }
        }
        for kind in RecordKind.allCases where kind != .boundaries {
            holdings += Self.holdings(of: kind, state[kind])
        }
        return StoreStatus(holdings: holdings.sorted { ($0.force.id, $0.kind) < ($1.force.id, $1.kind) }, location: location)
    }

    /// Per force: how many records, and the least and greatest value of the kind's time field (`min` and
    /// `max`, which ignore NULLs), an instant rendered as the force-local date, text as it is.
    private static func holdings(of kind: RecordKind, _ table: MemoryTable) -> [StoreStatus.Holding] {
        let schema = RecordSchema.of(kind)
        let timeField = schema.monthField.flatMap(schema.index(of:))
        var spans: [Int: (count: Int, first: StoredValue, last: StoredValue)] = [:]
        for row in table.rows {
            let value = timeField.map { StoredValue(row.record.values[$0]) } ?? .null
            var span = spans[row.key.force] ?? (0, .null, .null)
            span.count += 1
            if !value.isNull {
                if span.first.isNull || StoredValue.compare(value, span.first) < 0 { span.first = value }
                if span.last.isNull || StoredValue.compare(value, span.last) > 0 { span.last = value }
            }
            spans[row.key.force] = span
        }
        return spans.compactMap { number, span in
            guard let force = ForceCatalogue.force(number: number) else { return nil }
            let zone = ZoneRulesCache.rules(for: force.timeZone)
            func render(_ value: StoredValue) -> String? {
                switch value {
                case .integer(let micros): zone.map { $0.localDate(of: Instant(microseconds: micros)).description }
                case .text(let text): text.string
                default: nil
                }
            }
            return StoreStatus.Holding(force: force, kind: kind, count: span.count, first: render(span.first), last: render(span.last))
        }
    }

    public func dataVersion() async throws -> Int64 { records.withLock { $0.lastImportID } }

    /// The SQLite store repacks its stale call months here; this store has no packed calls, but keeps
    /// SQLite's bookkeeping of them, which decides the order calls are read in (`CallPacking`).
    public func refreshDerivedData() throws {
        asWriter {
            var state = snapshot()
            var months: Set<CallPacking.Month> = []
            var leads: [Int: Int64] = [:]
            for row in state[.calls].rows {
                months.insert(CallPacking.Month(force: row.key.force, month: row.record.localMonth ?? 0))
                if let call = CallFact(row.record), let appointment = call.appointment {
                    leads[row.key.force] = max(leads[row.key.force] ?? 0, appointment.microseconds &- call.received.microseconds)
                }
            }
            state.packing.repackStaleMonths(withCalls: months, leads: leads)
            publish(state)
        }
    }
}

extension Sequence where Element == Int {
    /// How many times each force number occurs.
    fileprivate var countedByForce: [Int: Int] { reduce(into: [:]) { $0[$1, default: 0] += 1 } }
}
