import Foundation
import PledgeCore
import PledgeStore
import PledgeTestSupport
import Testing

/// Records the validator would have stopped, handed to the store directly: each store's own rules (keys,
/// references between kinds, checks on values) must refuse the same rows as the reference store, go on
/// with the rest of the transaction, and keep the same records.
@Suite("Store contract: the rows a store's own rules refuse")
struct SchemaRefusalContractTests {
    static let leicestershire = Contract.leicestershire
    static let at = Instant(secondsSinceEpoch: 1_235_000_000)

    /// What became of a row, as every store must say it: its outcome, or that it was refused (the reason's
    /// words are the store's own).
    static func shape(_ result: Result<UpsertOutcome, RowProblem>) -> String {
        switch result {
        case .success(let outcome): "\(outcome)"
        case .failure: "refused"
        }
    }

    /// Runs `body` in one committed `importFile` of `kind`, off the cooperative pool.
    static func write<T: Sendable>(_ harness: ContractHarness, _ kind: RecordKind, _ body: @escaping @Sendable (any ImportTransaction) throws -> T)
        async throws -> T
    {
        let store = harness.store
        return try await blocking {
            try store.importFile(ImportFileInfo(kind: kind, source: "refusals.csv", startedAt: FixedClock.now)) { transaction in
                (try body(transaction), .commit(ImportCounts()))
            }
        }
    }

    /// The whole sequence on one store: what each step said, in order.
    static func script(_ harness: ContractHarness) async throws -> [[String]] {
        var said: [[String]] = []
        // In one batch: a key repeated, a key too long, a name missing, an unknown area type, a latitude off the globe.
        let neighbourhoods: [ValidatedRecord] = [
            record(.neighbourhoods, ["neighbourhood_id": .text("NC04"), "name": .text("City"), "area_type": .text("urban")]),
            record(.neighbourhoods, ["neighbourhood_id": .text("NC04"), "name": .text("City again"), "area_type": .text("urban")]),
            record(
                .neighbourhoods, ["neighbourhood_id": .text(String(repeating: "N", count: 65)), "name": .text("Long"), "area_type": .text("urban")]),
            record(.neighbourhoods, ["neighbourhood_id": .text("RU01"), "name": .null, "area_type": .text("rural")]),
            record(.neighbourhoods, ["neighbourhood_id": .text("RU02"), "name": .text("Hills"), "area_type": .text("hilly")]),
            record(
                .neighbourhoods, ["neighbourhood_id": .text("RU03"), "name": .text("Vale"), "area_type": .text("rural"), "latitude": .number(95)]),
        ]
        said.append(try await write(harness, .neighbourhoods) { try $0.upsert(neighbourhoods).map(shape) })

        // A posting to an unknown neighbourhood, one ending before it starts, and a good one.
        let started = LocalDate(year: 2009, month: 1, day: 1)!
        let team: [ValidatedRecord] = [
            record(
                .team,
                [
                    "neighbourhood_id": .text("NOWHERE"), "officer_id": .text("O1"), "name": .text("A"), "rank": .text("PC"),
                    "started_on": .date(started),
                ]),
            record(
                .team,
                [
                    "neighbourhood_id": .text("NC04"), "officer_id": .text("O1"), "name": .text("A"), "rank": .text("PC"),
                    "started_on": .date(started),
                    "ended_on": .date(LocalDate(year: 2008, month: 1, day: 1)!),
                ]),
            record(
                .team,
                ["neighbourhood_id": .text("NC04"), "officer_id": .text("O1"), "name": .text("A"), "rank": .text("PC"), "started_on": .date(started)]),
        ]
        said.append(try await write(harness, .team) { try $0.upsert(team).map(shape) })

        // Row by row, several kinds in one transaction: answered before received, no line, an unknown line,
        // an unknown neighbourhood, a good call; a duty day in the year 999 and one abstracted beyond its
        // hours; an update of a victim never recorded; a police.uk crime with no id.
        let mixed: [ValidatedRecord] = [
            record(
                .calls, ["call_id": .text("C1"), "line": .text("999"), "received_at": .instant(at), "answered_at": .instant(at.adding(seconds: -1))]),
            record(.calls, ["call_id": .text("C2"), "line": .null, "received_at": .instant(at)]),
            record(.calls, ["call_id": .text("C3"), "line": .text("112"), "received_at": .instant(at)]),
            record(.calls, ["call_id": .text("C4"), "line": .text("101"), "received_at": .instant(at), "neighbourhood_id": .text("NOWHERE")]),
            record(
                .calls,
                [
                    "call_id": .text("C5"), "line": .text("101"), "received_at": .instant(at), "neighbourhood_id": .text("NC04"),
                    "vulnerable": .bool(true),
                ]),
            record(
                .duty,
                [
                    "officer_id": .text("O1"), "neighbourhood_id": .text("NC04"), "date": .date(LocalDate(year: 999, month: 5, day: 1)!),
                    "hours_on_duty": .number(8),
                    "hours_visible": .number(4), "hours_abstracted": .number(1),
                ]),
            record(
                .duty,
                [
                    "officer_id": .text("O1"), "neighbourhood_id": .text("NC04"), "date": .date(LocalDate(year: 2009, month: 2, day: 2)!),
                    "hours_on_duty": .number(8),
                    "hours_visible": .number(6), "hours_abstracted": .number(3),
                ]),
            record(.victimUpdates, ["update_id": .text("U1"), "crime_ref": .text("CR1"), "victim_ref": .text("V1"), "updated_at": .instant(at)]),
            record(.crimes, ["Month": .month(YearMonth(year: 2009, month: 3)!), "Crime type": .text("Drugs")]),
        ]
        said.append(try await write(harness, .calls) { transaction in try mixed.map { shape(try transaction.upsert([$0])[0]) } })

        // Updated; an update the neighbourhood reference refuses; unchanged; then the same key again.
        let later: [ValidatedRecord] = [
            record(.neighbourhoods, ["neighbourhood_id": .text("NC04"), "name": .text("City Centre"), "area_type": .text("urban")]),
            record(.calls, ["call_id": .text("C5"), "line": .text("101"), "received_at": .instant(at), "neighbourhood_id": .text("NOWHERE")]),
            record(
                .calls,
                [
                    "call_id": .text("C5"), "line": .text("101"), "received_at": .instant(at), "neighbourhood_id": .text("NC04"),
                    "vulnerable": .bool(true),
                ]),
            record(.calls, ["call_id": .text("C5"), "line": .text("999"), "received_at": .instant(at), "neighbourhood_id": .text("NC04")]),
        ]
        said.append(try await write(harness, .calls) { transaction in try later.map { shape(try transaction.upsert([$0])[0]) } })

        // Boundaries: one for a neighbourhood the force does not have, then one it has, twice.
        let box = try Boundary(
            force: leicestershire, neighbourhoodID: "NC04",
            geometryJSON: #"{"type":"Polygon","coordinates":[[[-1.2,52.6],[-1.0,52.6],[-1.0,52.7],[-1.2,52.6]]]}"#)
        let stray = try Boundary(force: leicestershire, neighbourhoodID: "ZZ99", geometryJSON: box.geometryJSON)
        said.append(
            try await write(harness, .boundaries) { transaction in
                [stray, box, box].map { boundary in (try? transaction.upsert(boundary)).map { "\($0)" } ?? "refused" }
            })

        // What a transaction knows of neighbourhoods and victims, before and after writing one.
        said.append(
            try await write(harness, .neighbourhoods) { transaction in
                let before = try transaction.neighbourhoodExists(force: leicestershire, id: "NE12")
                _ = try transaction.upsert([
                    record(.neighbourhoods, ["neighbourhood_id": .text("NE12"), "name": .text("Belgrave"), "area_type": .text("urban")])
                ])
                return [
                    before, try transaction.neighbourhoodExists(force: leicestershire, id: "NE12"),
                    try transaction.neighbourhoodExists(force: leicestershire, id: "NC04"),
                    try transaction.victimExists(force: leicestershire, crimeRef: "CR1", victimRef: "V1"),
                ].map { "\($0)" }
            })
        return said
    }

    @Test("refused alike, row for row, and the rest kept alike: keys, references, checks on values", arguments: StoreUnderTest.available)
    func refusedAlike(store: StoreUnderTest) async throws {
        let harness = try await ContractHarness.open(store)
        let reference = try await ContractHarness.open(.reference)
        let ours = try await Self.script(harness)
        let theirs = try await Self.script(reference)
        #expect(ours == theirs)
        // The reference refuses what it should: the sequence tests something.
        #expect(theirs[0] == ["inserted", "duplicateInFile", "refused", "refused", "refused", "refused"])
        #expect(theirs[1].last == "inserted" && theirs[1].dropLast().allSatisfy { $0 == "refused" })
        #expect(theirs[2].filter { $0 == "inserted" }.count == 1 && theirs[2][4] == "inserted")

        #expect(try await harness.snapshot().holdings == (try await reference.snapshot().holdings))
        #expect(try await harness.store.neighbourhoodProfiles(force: nil) == (try await reference.store.neighbourhoodProfiles(force: nil)))
        #expect(try await harness.store.boundaries(force: nil) == (try await reference.store.boundaries(force: nil)))
        let window = Contract.window("2009-Q1")
        let mine = try await harness.store.indicatorFacts(force: Self.leicestershire, from: window.start, to: window.end)
        let theirFacts = try await reference.store.indicatorFacts(force: Self.leicestershire, from: window.start, to: window.end)
        #expect(Fingerprint.lines(mine.calls) == Fingerprint.lines(theirFacts.calls))
        #expect(Fingerprint.lines(mine.duty) == Fingerprint.lines(theirFacts.duty))
    }

    /// A validated record of `kind` for `force` (Leicestershire), with `fields` by name and the rest null: what
    /// the importer would hand a store, without the validator's checks.
    static func record(_ kind: RecordKind, _ fields: [String: FieldValue], force: Force = Contract.leicestershire, derivedKey: String? = nil)
        -> ValidatedRecord
    {
        let schema = RecordSchema.of(kind)
        var values = [FieldValue](repeating: .null, count: schema.fields.count)
        for (name, value) in fields { values[schema.index(of: name)!] = value }
        values[schema.fields.firstIndex { $0.type == .force || $0.type == .forceName }!] = .text(force.id)
        let zone = ZoneRulesCache.rules(for: force.timeZone)!
        let month: Int? = schema.monthField.flatMap { name in
            switch values[schema.index(of: name)!] {
            case .instant(let instant): zone.localDate(of: instant).yearMonth.compact
            case .date(let date): date.yearMonth.compact
            case .month(let month): month.compact
            default: nil
            }
        }
        return ValidatedRecord(kind: kind, force: force, values: values, localMonth: month, derivedKey: derivedKey)
    }
}
