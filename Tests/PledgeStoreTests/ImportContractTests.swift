import Foundation
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// What every store promises about the forces it knows and about imports: each file in one transaction,
/// rows inserted, updated, unchanged or rejected, nothing kept from a file that fails or is rolled back,
/// and a data version that moves on with every committed import.
@Suite("Store contract: forces and imports")
struct ImportContractTests {
    /// May 2009, which `Fixtures.callsCSV` fills from 1 May 08:00 UTC.
    static let may = (from: "2009-05-01T00:00:00Z", to: "2009-06-01T00:00:00Z")

    /// A harness whose store knows Leicestershire's NC04, which the fixture calls name.
    static func seeded(_ store: StoreUnderTest) async throws -> ContractHarness {
        let harness = try await ContractHarness.open(store)
        try await harness.importClean(Fixtures.neighbourhoodsCSV(ids: ["NC04"]), name: "neighbourhoods.csv")
        return harness
    }

    /// The calls of May by their received instant (unique in these fixtures).
    static func mayCalls(_ harness: ContractHarness) async throws -> [Instant: CallFact] {
        let calls = try await harness.facts(from: may.from, to: may.to).calls
        return Dictionary(calls.map { ($0.received, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The received instant of `Fixtures.callsCSV`'s call number `number` (1-based): one a minute from 08:00.
    static func fixtureCall(_ number: Int) -> Instant { Contract.at("2009-05-01T08:00:00Z").adding(seconds: Int64(number - 1) * 60) }

    @Test("forces(): the 43 of the catalogue, by id, numbered 1 to 43; a new store holds nothing", arguments: StoreUnderTest.available)
    func forces(store: StoreUnderTest) async throws {
        let harness = try await ContractHarness.open(store)
        let forces = try await harness.store.forces()
        #expect(forces.count == 43)
        #expect(forces == ForceCatalogue.all, "the catalogue's forces: same ids, names, numbers and zones, in the same order")
        #expect(forces.map(\.id) == forces.map(\.id).sorted())
        #expect(forces.map(\.number) == Array(1...43))
        #expect(try await harness.store.status().holdings.isEmpty)
    }

    @Test(
        "a first import inserts every row; the same file again is recognised by its bytes and changes nothing, not even the data version",
        arguments: StoreUnderTest.available)
    func insertedThenUnchanged(store: StoreUnderTest) async throws {
        let harness = try await ContractHarness.open(store)
        let empty = try await harness.store.dataVersion()
        try await harness.importClean(Fixtures.neighbourhoodsCSV(ids: ["NC04"]), name: "neighbourhoods.csv")
        let seeded = try await harness.store.dataVersion()
        #expect(seeded > empty)

        let path = try harness.write(Fixtures.callsCSV(count: 6), name: "calls.csv")
        let first = try await harness.importFile(path)
        #expect(first.kind == .calls && first.kept && first.isClean && first.unchangedSince == nil)
        #expect(first.counts == ImportCounts(inserted: 6))
        let afterFirst = try await harness.store.dataVersion()
        #expect(afterFirst > seeded)

        // The same bytes: not read again, nothing written.
        let second = try await harness.importFile(path)
        #expect(second.kept && second.isClean)
        #expect(second.counts == ImportCounts(unchanged: 6))
        #expect(second.unchangedSince?.rows == 6 && second.unchangedSince?.kind == .calls)
        #expect(try await harness.store.dataVersion() == afterFirst)

        // The same records in other bytes (the rows in the other order): read, every row found unchanged, and
        // the import not kept, so the version stays.
        let lines = Fixtures.callsCSV(count: 6).split(separator: "\n")
        let reordered = ([lines[0]] + lines.dropFirst().reversed()).joined(separator: "\n") + "\n"
        let sameRecords = try harness.write(reordered, name: "calls-again.csv")
        let third = try await harness.importFile(sameRecords)
        #expect(third.unchangedSince == nil && third.counts == ImportCounts(unchanged: 6) && third.kept)
        #expect(try await harness.store.dataVersion() == afterFirst)

        let calls = try await Self.mayCalls(harness)
        #expect(Set(calls.keys) == Set((1...6).map(Self.fixtureCall)))
        for (received, call) in calls {
            #expect(call.answered == received.adding(seconds: 7))
            #expect(!call.is999 && call.neighbourhood == "NC04" && call.vulnerable == false && call.response == .advice)
        }
        #expect(try await harness.store.status().holdings.first { $0.kind == .calls }?.count == 6)
    }

    @Test(
        "a file whose rows another import has since seen or changed is read again: it changes them back, and is then recognised",
        arguments: StoreUnderTest.available)
    func recognisedOnlyWhileCurrent(store: StoreUnderTest) async throws {
        let harness = try await Self.seeded(store)
        let original = try harness.write(Fixtures.callsCSV(count: 4), name: "calls.csv")
        #expect(try await harness.importFile(original).counts == ImportCounts(inserted: 4))
        // Another file changes one of its calls (C000002 now a 999 call).
        let changed = Fixtures.callsCSV(count: 4).replacingOccurrences(of: "C000002,leicestershire,101,", with: "C000002,leicestershire,999,")
        #expect(changed != Fixtures.callsCSV(count: 4))
        #expect(try await harness.importFile(try harness.write(changed, name: "calls-fixed.csv")).counts == ImportCounts(updated: 1, unchanged: 3))
        let afterChange = try await harness.store.dataVersion()

        let again = try await harness.importFile(original)
        #expect(again.unchangedSince == nil && again.counts == ImportCounts(updated: 1, unchanged: 3))
        #expect(try await harness.store.dataVersion() > afterChange)
        let restored = try await harness.store.dataVersion()
        #expect(try await Self.mayCalls(harness)[Self.fixtureCall(2)]?.is999 == false)

        let thenSame = try await harness.importFile(original)
        #expect(thenSame.unchangedSince != nil && thenSame.counts == ImportCounts(unchanged: 4))
        #expect(try await harness.store.dataVersion() == restored)
    }

    @Test("a changed row is updated and the rest unchanged; a row is replaced whole, not merged", arguments: StoreUnderTest.available)
    func changedRowUpdated(store: StoreUnderTest) async throws {
        let harness = try await Self.seeded(store)
        let original = Fixtures.callsCSV(count: 6)
        try await harness.importClean(original, name: "calls.csv")

        // C000003 (line 4): answered 59 seconds after it came in, not 7, and now a vulnerable caller.
        var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[3] = lines[3].replacingOccurrences(of: ",false,", with: ",true,").replacingOccurrences(of: ":07Z,NC04", with: ":59Z,NC04")
        try #require(lines[3].hasPrefix("C000003,") && lines[3].contains(",true,") && lines[3].contains(":59Z"))
        let changed = try await harness.importText(lines.joined(separator: "\n"), name: "calls.csv")
        #expect(changed.kept && changed.isClean)
        #expect(changed.counts == ImportCounts(updated: 1, unchanged: 5))
        var calls = try await Self.mayCalls(harness)
        let third = Self.fixtureCall(3)
        #expect(calls[third]?.answered == third.adding(seconds: 59))
        #expect(calls[third]?.vulnerable == true)
        #expect(calls[Self.fixtureCall(2)]?.answered == Self.fixtureCall(2).adding(seconds: 7))
        #expect(calls[Self.fixtureCall(2)]?.vulnerable == false)

        // The same call with only the required columns: every other value is gone, not kept from before.
        let bare = try await harness.importText(
            "call_id,force,line,received_at\nC000003,leicestershire,101,2009-05-01T08:02:00Z\n", name: "bare-calls.csv")
        #expect(bare.counts == ImportCounts(updated: 1))
        calls = try await Self.mayCalls(harness)
        let call = try #require(calls[third])
        #expect(call.answered == nil && call.neighbourhood == nil && call.vulnerable == nil && call.response == nil)
        #expect(calls.count == 6)
    }

    @Test("a key repeated within a file is rejected with its line, and the first row with it is kept", arguments: StoreUnderTest.available)
    func keyRepeatedInFile(store: StoreUnderTest) async throws {
        let harness = try await Self.seeded(store)
        let text = Contract.csv(
            "call_id,force,line,received_at,answered_at",
            [
                "D1,leicestershire,101,2009-05-02T10:00:00Z,2009-05-02T10:00:05Z",
                "D2,leicestershire,999,2009-05-02T10:30:00Z,",
                "D1,leicestershire,101,2009-05-02T11:00:00Z,",
            ])
        let path = try harness.write(text, name: "calls.csv")
        let report = try await harness.importFile(path)
        #expect(report.kept && report.error == nil)
        #expect(report.counts == ImportCounts(inserted: 2, rejected: 1))
        #expect(report.sampleRejections.count == 1)
        #expect(report.sampleRejections.first?.hasPrefix("line 4: ") == true, "\(report.sampleRejections)")
        #expect(report.sampleRejections.first?.contains("duplicate key") == true, "\(report.sampleRejections)")
        let calls = try await Self.mayCalls(harness)
        #expect(Set(calls.keys) == [Contract.at("2009-05-02T10:00:00Z"), Contract.at("2009-05-02T10:30:00Z")])
        #expect(calls[Contract.at("2009-05-02T10:00:00Z")]?.answered == Contract.at("2009-05-02T10:00:05Z"))

        // Again: the first two rows are found unchanged, and the repeat is still a repeat within this file.
        let again = try await harness.importFile(path)
        #expect(again.counts == ImportCounts(unchanged: 2, rejected: 1))
        #expect(again.sampleRejections.first?.hasPrefix("line 4: ") == true, "\(again.sampleRejections)")
        #expect(try await Self.mayCalls(harness).count == 2)
    }

    @Test(
        "--strict with one bad row keeps nothing and leaves status and data version as they were; without it the good rows go in",
        arguments: StoreUnderTest.available)
    func strictKeepsNothing(store: StoreUnderTest) async throws {
        let harness = try await Self.seeded(store)
        try await harness.importClean(Fixtures.callsCSV(count: 2), name: "earlier-calls.csv")
        let before = try await harness.snapshot()
        let text = Contract.csv(
            Fixtures.callsHeader,
            [
                "S1,leicestershire,101,2009-05-03T09:00:00Z,,NC04,,,,,,,,",
                "S2,leicestershire,101,2009-05-03T09:01:00Z,,ZZ99,,,,,,,,",
                "S3,leicestershire,999,2009-05-03T09:02:00Z,,,,,,,,,,",
            ])
        let path = try harness.write(text, name: "strict-calls.csv")

        let strict = try await harness.importFile(path, strict: true)
        #expect(!strict.kept)
        #expect(strict.counts.rejected == 1)
        #expect(strict.sampleRejections.first?.hasPrefix("line 3: neighbourhood_id") == true, "\(strict.sampleRejections)")
        #expect(try await harness.snapshot() == before)
        #expect(try await Self.mayCalls(harness).count == 2)

        let lenient = try await harness.importFile(path)
        #expect(lenient.kept)
        #expect(lenient.counts == ImportCounts(inserted: 2, rejected: 1))
        #expect(try await harness.store.dataVersion() > before.dataVersion)
        let calls = try await Self.mayCalls(harness)
        #expect(calls.count == 4)
        #expect(calls[Contract.at("2009-05-03T09:01:00Z")] == nil)
    }

    @Test(
        "a file that fails part-way (truncated gzip) keeps nothing: status, data version and facts as they were", arguments: StoreUnderTest.available)
    func failedImportKeepsNothing(store: StoreUnderTest) async throws {
        let harness = try await Self.seeded(store)
        try await harness.importClean(Fixtures.callsCSV(count: 3), name: "earlier-calls.csv")
        let before = try await harness.snapshot()
        // 20,000 calls, cut short: the importer has written rows when it finds the end missing.
        let whole = try Gzip.compress(Array(Fixtures.callsCSV(count: 20_000, offset: 100).utf8), scratchPath: harness.files.path("whole.gz"))
        let path = try FixtureFile.write(bytes: Array(whole.prefix(whole.count * 95 / 100)), to: harness.files.path("calls.csv.gz"))
        let report = try await harness.importFile(path, kind: .calls)
        #expect(report.error != nil)
        #expect(!report.kept)
        #expect(try await harness.snapshot() == before)
        #expect(try await Self.mayCalls(harness).count == 3)
    }

    // MARK: - status()

    @Test(
        "status(): per force and kind, the count and the first and last local date or month of the kind's time field",
        arguments: StoreUnderTest.available)
    func status(store: StoreUnderTest) async throws {
        let harness = try await ContractHarness.open(store)
        try await harness.importClean(Fixtures.neighbourhoodsCSV(ids: ["NC04"]), name: "neighbourhoods.csv")
        try await harness.importClean(Fixtures.neighbourhoodsCSV(force: "metropolitan", ids: ["M1", "M2", "M3"]), name: "met.csv")
        try await harness.importClean(Fixtures.boundariesGeoJSON([("NC04", -1.16, 52.61, -1.11, 52.65)]), name: "boundaries.geojson", rows: 1)
        try await harness.importClean(
            Contract.csv(
                "call_id,force,line,received_at",
                [
                    "C1,leicestershire,999,2008-11-04 08:52:00", "C2,leicestershire,101,2009-03-31T23:30:00Z",
                    "C3,leicestershire,101,2009-01-11 21:08:00",
                ]), name: "calls.csv")
        try await harness.importClean(
            Contract.csv(
                "update_id,force,neighbourhood_id,month,published_on",
                ["U1,leicestershire,NC04,2008-06,2008-07-01", "U2,leicestershire,NC04,2008-04,2008-05-01"]), name: "updates.csv")
        try await harness.importClean(
            Contract.csv(
                "force,neighbourhood_id,officer_id,name,rank,started_on",
                ["leicestershire,NC04,PC1,A Smith,PC,2007-09-03", "leicestershire,NC04,PC2,B Jones,PCSO,2006-02-28"]), name: "team.csv")
        try await harness.importClean(
            Contract.csv(
                PublishedCrimesContractTests.header,
                [
                    ",2009-05,Leicestershire Police,Leicestershire Police,,,No location,,,Anti-social behaviour,,",
                    "X1,2009-03,Leicestershire Police,Leicestershire Police,,,No location,,,Burglary,,",
                ]), name: "street.csv")

        let status = try await harness.store.status()
        #expect(!status.location.isEmpty)
        let leicestershire = Contract.leicestershire
        #expect(
            status.holdings == [
                .init(force: leicestershire, kind: .neighbourhoods, count: 1, first: nil, last: nil),
                .init(force: leicestershire, kind: .boundaries, count: 1, first: nil, last: nil),
                .init(force: leicestershire, kind: .team, count: 2, first: "2006-02-28", last: "2007-09-03"),
                // The last call is 23:30 UTC on 31 March: 1 April in London.
                .init(force: leicestershire, kind: .calls, count: 3, first: "2008-11-04", last: "2009-04-01"),
                .init(force: leicestershire, kind: .updates, count: 2, first: "2008-04", last: "2008-06"),
                .init(force: leicestershire, kind: .crimes, count: 2, first: "2009-03", last: "2009-05"),
                .init(force: Contract.metropolitan, kind: .neighbourhoods, count: 3, first: nil, last: nil),
            ])
    }

    // MARK: - importFile itself

    /// The error the bodies below throw.
    struct BodyFailure: Error {}

    /// Two calls of 4 May, as the importer's validator makes them.
    static func twoCalls() throws -> [ValidatedRecord] {
        try [
            Contract.record(.calls, ["call_id": "T1", "force": "leicestershire", "line": "999", "received_at": "2009-05-04T10:00:00Z"]),
            Contract.record(.calls, ["call_id": "T2", "force": "leicestershire", "line": "101", "received_at": "2009-05-04T11:00:00Z"]),
        ]
    }

    static func info(_ source: String) -> ImportFileInfo { ImportFileInfo(kind: .calls, source: source, startedAt: FixedClock.now) }

    /// Writes `twoCalls()` in one `importFile` of a store knowing NC04, then lets `finish` end the body
    /// (with the upsert outcomes); returns what `importFile` gave, and the store's snapshot from before.
    static func writeTwoCalls<R: Sendable>(
        _ store: StoreUnderTest, finish: @escaping @Sendable ([Result<UpsertOutcome, RowProblem>]) throws -> (R, ImportDecision)
    ) async throws -> (harness: ContractHarness, before: ContractHarness.Snapshot, result: Result<R, any Error>) {
        let harness = try await Self.seeded(store)
        let before = try await harness.snapshot()
        let records = try Self.twoCalls()
        let writer = harness.store
        let result = try await blocking {
            Result { try writer.importFile(Self.info("two-calls.csv")) { transaction in try finish(try transaction.upsert(records)) } }
        }
        return (harness, before, result)
    }

    @Test("importFile: a body that throws after writing leaves the store as it was, and its error comes out", arguments: StoreUnderTest.available)
    func importFileBodyThrows(store: StoreUnderTest) async throws {
        let (harness, before, result) = try await Self.writeTwoCalls(store) { outcomes -> (Int, ImportDecision) in
            guard outcomes.count == 2 else { throw ContractError("upsert gave \(outcomes.count) outcomes for 2 records") }
            throw BodyFailure()
        }
        #expect(throws: BodyFailure.self) { try result.get() }
        #expect(try await harness.snapshot() == before)
        #expect(try await Self.mayCalls(harness).isEmpty)
    }

    @Test("importFile: a body that returns .rollBack keeps nothing and its result comes back", arguments: StoreUnderTest.available)
    func importFileRollBack(store: StoreUnderTest) async throws {
        let (harness, before, result) = try await Self.writeTwoCalls(store) { outcomes in
            (outcomes.count == 2 ? "written, then rolled back" : "wrong count", ImportDecision.rollBack)
        }
        #expect(try result.get() == "written, then rolled back")
        #expect(try await harness.snapshot() == before)
        #expect(try await Self.mayCalls(harness).isEmpty)
    }

    @Test(
        "importFile: upsert says inserted, updated, unchanged and duplicate-in-file; a commit keeps the records and moves the version on",
        arguments: StoreUnderTest.available)
    func importFileCommit(store: StoreUnderTest) async throws {
        let harness = try await Self.seeded(store)
        let before = try await harness.store.dataVersion()
        let records = try Self.twoCalls()
        let writer = harness.store
        let first = try await blocking {
            try writer.importFile(Self.info("first.csv")) { transaction -> ([[UpsertOutcome]], ImportDecision) in
                let outcomes = [try transaction.upsert(records).map { try $0.get() }, try transaction.upsert([records[0]]).map { try $0.get() }]
                return (outcomes, .commit(ImportCounts(inserted: 2, rejected: 1)))
            }
        }
        #expect(first == [[.inserted, .inserted], [.duplicateInFile]])
        let afterFirst = try await harness.store.dataVersion()
        #expect(afterFirst > before)
        #expect(Set(try await Self.mayCalls(harness).keys) == [Contract.at("2009-05-04T10:00:00Z"), Contract.at("2009-05-04T11:00:00Z")])

        // Derived data brought up to date, then a later transaction, with no refresh after it: T1 as it was,
        // T2 now answered. Readers must not trust derived data an import has made stale.
        try await blocking { try writer.refreshDerivedData() }
        let answered = try Contract.record(
            .calls,
            ["call_id": "T2", "force": "leicestershire", "line": "101", "received_at": "2009-05-04T11:00:00Z", "answered_at": "2009-05-04T11:00:04Z"])
        let second = try await blocking {
            try writer.importFile(Self.info("second.csv")) { transaction -> ([UpsertOutcome], ImportDecision) in
                (try transaction.upsert([records[0], answered]).map { try $0.get() }, .commit(ImportCounts(updated: 1, unchanged: 1)))
            }
        }
        #expect(second == [.unchanged, .updated])
        #expect(try await harness.store.dataVersion() > afterFirst)
        let calls = try await Self.mayCalls(harness)
        #expect(calls[Contract.at("2009-05-04T11:00:00Z")]?.answered == Contract.at("2009-05-04T11:00:04Z"))
        #expect(calls[Contract.at("2009-05-04T10:00:00Z")]?.is999 == true)
        #expect(try await harness.store.status().holdings.first { $0.kind == .calls }?.count == 2)
        try await blocking { try writer.refreshDerivedData() }
        #expect(try await Self.mayCalls(harness) == calls)
    }

    @Test("importFile: the transaction knows the stored neighbourhoods and victims of each force", arguments: StoreUnderTest.available)
    func transactionLookups(store: StoreUnderTest) async throws {
        // `RecordLookup` also promises records written earlier in the same transaction. The importer never
        // looks up a kind it is writing in the same file, and SQLite keeps a force's neighbourhoods from the
        // first lookup of a transaction, so that half is not yet part of the contract.
        let harness = try await Self.seeded(store)
        try await harness.importClean(
            Contract.csv("crime_ref,victim_ref,force,reported_at", ["CR1,V1,leicestershire,2009-05-01T10:00:00Z"]), name: "victims.csv")
        let writer = harness.store
        let leicestershire = Contract.leicestershire
        let northamptonshire = Contract.northamptonshire
        let answers = try await blocking {
            try writer.importFile(ImportFileInfo(kind: .neighbourhoods, source: "lookups.csv", startedAt: FixedClock.now)) {
                transaction -> ([Bool], ImportDecision) in
                let answers = [
                    try transaction.neighbourhoodExists(force: leicestershire, id: "NC04"),
                    try transaction.neighbourhoodExists(force: leicestershire, id: "NC05"),
                    try transaction.neighbourhoodExists(force: northamptonshire, id: "NC04"),
                    try transaction.victimExists(force: leicestershire, crimeRef: "CR1", victimRef: "V1"),
                    try transaction.victimExists(force: leicestershire, crimeRef: "CR1", victimRef: "V2"),
                    try transaction.victimExists(force: northamptonshire, crimeRef: "CR1", victimRef: "V1"),
                ]
                return (answers, .rollBack)
            }
        }
        #expect(answers == [true, false, false, true, false, false])
    }
}
