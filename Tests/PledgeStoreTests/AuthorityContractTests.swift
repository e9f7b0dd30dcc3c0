import Foundation
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// What the Police Authority keeps: its monitoring plan (the default until it keeps one), its dip samples
/// with their findings, and the frames samples are drawn from.
@Suite("Store contract: the Police Authority")
struct AuthorityContractTests {
    static let force = Contract.leicestershire
    static let other = Contract.northamptonshire

    static let neighbourhoods = Contract.csv(
        "force,neighbourhood_id,name,lpu,area_type",
        [
            "leicestershire,N1,Castle,City LPU,urban", "leicestershire,N2,Belgrave,City LPU,urban", "leicestershire,N3,Melton Rural,Melton LPU,rural",
            "leicestershire,N5,Rutland,,rural", "northamptonshire,X1,Abington,Northampton LPU,urban",
        ])

    // MARK: - The monitoring plan

    @Test(
        "the default plan until one is kept; a kept plan reads back and replaces the last; nil or no entries go back to the default",
        arguments: StoreUnderTest.available)
    func monitoringPlan(store: StoreUnderTest) async throws {
        let harness = try await ContractHarness.open(store)
        let store = harness.store
        let fresh = try await store.monitoringPlan(force: Self.force)
        #expect(fresh == .leicestershireDefault && fresh.isDefault)

        let plan = AuthorityFixtures.plan
        try await store.keepMonitoringPlan(force: Self.force, plan: plan)
        let kept = try await store.monitoringPlan(force: Self.force)
        #expect(kept == plan && !kept.isDefault)
        #expect(try await store.monitoringPlan(force: Self.other) == .leicestershireDefault, "another force keeps the default")

        let second = MonitoringPlan(entries: [.init(promise: 7, mechanism: .publicMeeting, frequency: .quarterly, note: "Attend one")])
        try await store.keepMonitoringPlan(force: Self.force, plan: second)
        #expect(try await store.monitoringPlan(force: Self.force) == second, "replaced whole, not merged")

        // A plan naming a mechanism twice for one promise is refused, and the kept plan stays.
        await #expect(throws: StoreError.self) { try await store.keepMonitoringPlan(force: Self.force, plan: AuthorityFixtures.mechanismTwice) }
        #expect(try await store.monitoringPlan(force: Self.force) == second)

        try await store.keepMonitoringPlan(force: Self.force, plan: nil)
        #expect(try await store.monitoringPlan(force: Self.force) == .leicestershireDefault)

        // The default's entries kept as the Authority's own: the same entries, no longer the default.
        try await store.keepMonitoringPlan(force: Self.force, plan: .leicestershireDefault)
        let own = try await store.monitoringPlan(force: Self.force)
        #expect(own.entries == MonitoringPlan.leicestershireDefault.entries && !own.isDefault)

        try await store.keepMonitoringPlan(force: Self.force, plan: MonitoringPlan(entries: []))
        let reset = try await store.monitoringPlan(force: Self.force)
        #expect(reset == .leicestershireDefault && reset.isDefault)
    }

    // MARK: - Dip samples

    static func sample(_ name: String, seed: UInt64, period: String = "2009-Q3", size: Int = 12, force: String = "leicestershire") -> DipSample {
        AuthorityFixtures.sample(name, seed: seed, period: period, size: size, force: force)
    }

    /// A new store holding one sample, `Q3`, and the sample.
    static func keeping(_ store: StoreUnderTest, seed: UInt64) async throws -> (ContractHarness, DipSample) {
        let harness = try await ContractHarness.open(store)
        let sample = sample("Q3", seed: seed)
        try await harness.store.keepDipSample(sample)
        return (harness, sample)
    }

    @Test(
        "dip samples read back as kept, oldest first: items, allocations, period, drawing time, findings and seeds beyond Int64",
        arguments: StoreUnderTest.available)
    func dipSamplesKept(store: StoreUnderTest) async throws {
        let harness = try await ContractHarness.open(store)
        let store = harness.store
        #expect(try await store.dipSamples(force: Self.force).isEmpty)
        let big = Self.sample("Q3 complaints", seed: UInt64(Int64.max) + 12_345)
        let ids = big.items.map(\.record.id)
        let reviewed = try big.applying([
            .init(recordID: ids[0], kept: true, notes: "Acknowledged, 'kept'"), .init(recordID: ids[1], kept: false, notes: nil),
            .init(recordID: ids[2], kept: nil, notes: "could not tell"),
        ]).get()
        let dates = Self.sample("Two dates", seed: 7, period: "2009-07-01..2009-08-15", size: 5)
        let everything = Self.sample("Max seed", seed: UInt64.max, size: 40)
        for sample in [reviewed, dates, everything] { try await store.keepDipSample(sample) }

        let stored = try await store.dipSamples(force: Self.force)
        #expect(stored == [reviewed, dates, everything])
        #expect(stored.map(\.seed) == [UInt64(Int64.max) + 12_345, 7, UInt64.max])
        #expect(stored.dropFirst().first?.period.label == "2009-07-01..2009-08-15")
        #expect(stored.last?.items.count == 40)
        #expect(try await store.dipSamples(force: Self.other).isEmpty)
    }

    @Test(
        "a sample name the force has used is refused with a StoreError and the first kept; another force may use it; an unknown force is refused",
        arguments: StoreUnderTest.available)
    func duplicateName(store: StoreUnderTest) async throws {
        let (harness, first) = try await Self.keeping(store, seed: 1)
        let store = harness.store
        await #expect(throws: StoreError.self) { try await store.keepDipSample(Self.sample("Q3", seed: 2, size: 3)) }
        #expect(try await store.dipSamples(force: Self.force) == [first])

        let theirs = Self.sample("Q3", seed: 2, force: "northamptonshire")
        try await store.keepDipSample(theirs)
        #expect(try await store.dipSamples(force: Self.other) == [theirs])
        #expect(try await store.dipSamples(force: Self.force) == [first])
        await #expect(throws: StoreError.self) { try await store.keepDipSample(Self.sample("X", seed: 2, force: "atlantis")) }
    }

    @Test(
        "findings are recorded all or none: an unknown record or sample is refused and nothing changes; a finding can be withdrawn",
        arguments: StoreUnderTest.available)
    func findings(store: StoreUnderTest) async throws {
        let (harness, sample) = try await Self.keeping(store, seed: 99)
        let store = harness.store
        try await store.keepDipSample(Self.sample("Q3", seed: 99, force: "northamptonshire"))
        let ids = sample.items.map(\.record.id)
        let notDrawn = try #require(AuthorityFixtures.frame().map(\.id).first { !ids.contains($0) })

        let findings: [DipSample.Finding] = [.init(recordID: ids[0], kept: true, notes: "ok"), .init(recordID: ids[1], kept: false, notes: nil)]
        try await store.recordFindings(force: Self.force, sample: "Q3", findings: findings)
        let recorded = try sample.applying(findings).get()
        #expect(try await store.dipSamples(force: Self.force) == [recorded])
        #expect(try await store.dipSamples(force: Self.other).first?.results.reviewed == 0, "the other force's sample of the same name is untouched")

        // A good finding, then one for a record not drawn: nothing changes.
        await #expect(throws: StoreError.self) {
            try await store.recordFindings(
                force: Self.force, sample: "Q3",
                findings: [
                    .init(recordID: ids[2], kept: true, notes: "fine"), .init(recordID: notDrawn, kept: true, notes: nil),
                    .init(recordID: ids[0], kept: false, notes: "changed"),
                ])
        }
        #expect(try await store.dipSamples(force: Self.force) == [recorded])
        await #expect(throws: StoreError.self) {
            try await store.recordFindings(force: Self.force, sample: "Q4", findings: [.init(recordID: ids[0], kept: true, notes: nil)])
        }

        try await store.recordFindings(force: Self.force, sample: "Q3", findings: [.init(recordID: ids[0], kept: nil, notes: nil)])
        let withdrawn = try #require(try await store.dipSamples(force: Self.force).first)
        #expect(withdrawn.results.reviewed == 1 && withdrawn.results.kept.numerator == 0)
        #expect(withdrawn == (try recorded.applying([.init(recordID: ids[0], kept: nil, notes: nil)]).get()))
    }

    // MARK: - Sample frames

    @Test(
        "the frame of each kind: the force's records of [from, to) with their promise and the unit of their neighbourhood",
        arguments: StoreUnderTest.available)
    func sampleFrames(store: StoreUnderTest) async throws {
        let harness = try await ContractHarness.open(store)
        try await harness.importClean(Self.neighbourhoods, name: "neighbourhoods.csv")
        try await harness.importClean(
            Contract.csv(
                "complaint_id,force,neighbourhood_id,received_at,category,pledge_point",
                [
                    "PSD-1,leicestershire,N1,2009-07-01T00:00:00+01:00,Incivility,1",
                    "PSD-2,leicestershire,N3,2009-08-10T10:00:00Z,Neglect or failure in duty,",
                    "PSD-3,leicestershire,,2009-08-11T10:00:00Z,Other,4", "PSD-4,leicestershire,N5,2009-09-30T22:59:59Z,Incivility,9",
                    "PSD-5,leicestershire,N2,2009-09-30T23:00:00Z,Incivility,1", "PSD-6,leicestershire,N2,2009-06-30T22:59:59Z,Incivility,1",
                    "PSD-7,northamptonshire,X1,2009-08-01T10:00:00Z,Other,2",
                ]), name: "complaints.csv")
        try await harness.importClean(
            Contract.csv(
                "report_id,force,neighbourhood_id,received_at",
                [
                    "DS-1,leicestershire,N3,2009-07-02T10:00:00Z", "DS-2,leicestershire,,2009-07-03T10:00:00Z",
                    "DS-3,leicestershire,N1,2009-10-03T10:00:00Z",
                ]),
            name: "dissatisfaction.csv")
        try await harness.importClean(
            Contract.csv(
                "crime_ref,victim_ref,force,neighbourhood_id,reported_at",
                [
                    "CR-1,V1,leicestershire,N2,2009-07-04T10:00:00Z", "CR-1,V2,leicestershire,N3,2009-07-04T10:00:00Z",
                    "CR-2,V1,leicestershire,,2009-09-01T10:00:00Z", "CR-3,V1,leicestershire,N1,2009-05-01T10:00:00Z",
                ]), name: "victims.csv")
        let store = harness.store
        // 2009-Q3: 1 July 00:00 BST (30 June 23:00 UTC) to 1 October 00:00 BST (30 September 23:00 UTC).
        let from = Contract.at("2009-06-30T23:00:00Z")
        let to = Contract.at("2009-09-30T23:00:00Z")
        func lines(_ kind: DipSampleKind, _ force: Force = Self.force) async throws -> [String] {
            try await store.sampleFrame(force: force, kind: kind, from: from, to: to)
                .map { "\($0.id) \($0.promise.map(String.init) ?? "-") \($0.unit ?? "-") \($0.at.microseconds)" }.sorted()
        }
        func at(_ text: String) -> Int64 { utcMicroseconds(text) }
        #expect(
            try await lines(.complaints) == [
                "PSD-1 1 City LPU \(at("2009-06-30T23:00:00Z"))", "PSD-2 - Melton LPU \(at("2009-08-10T10:00:00Z"))",
                "PSD-3 4 - \(at("2009-08-11T10:00:00Z"))", "PSD-4 9 - \(at("2009-09-30T22:59:59Z"))",
            ])
        #expect(try await lines(.dissatisfaction) == ["DS-1 10 Melton LPU \(at("2009-07-02T10:00:00Z"))", "DS-2 10 - \(at("2009-07-03T10:00:00Z"))"])
        #expect(
            try await lines(.victims) == [
                "CR-1/V1 9 City LPU \(at("2009-07-04T10:00:00Z"))", "CR-1/V2 9 Melton LPU \(at("2009-07-04T10:00:00Z"))",
                "CR-2/V1 9 - \(at("2009-09-01T10:00:00Z"))",
            ])
        #expect(try await lines(.complaints, Self.other) == ["PSD-7 2 Northampton LPU \(at("2009-08-01T10:00:00Z"))"])
        #expect(try await lines(.victims, Self.other).isEmpty)

        // Drawn through the store: every record of the small frame taken, and the sample kept.
        let drawn = try await Measurements(store).drawDipSample(
            name: "victims Q3", force: Self.force, kind: .victims, window: Contract.window("2009-Q3"), size: 10, seed: 5, drawnAt: FixedClock.now)
        #expect(drawn.items.map(\.record.id).sorted() == ["CR-1/V1", "CR-1/V2", "CR-2/V1"])
        #expect(try await store.dipSamples(force: Self.force) == [drawn])
    }
}
