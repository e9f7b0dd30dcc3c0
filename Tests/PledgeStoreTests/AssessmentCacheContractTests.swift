import Foundation
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// Assessors' entries (kept as history, read back in order) and rendered reports kept per data version.
@Suite("Store contract: assessments and the report cache")
struct AssessmentCacheContractTests {
    static let force = Contract.leicestershire

    static let findings = [
        Finding(kind: .strength, text: "Officers were visible 80% of the time.", origin: .edited, indicator: "P3.visible_time"),
        Finding(kind: .weakness, text: "But abstractions to court rose, \"sharply\".", origin: .added),
    ]

    static let first: [AssessmentEntry] = [
        AssessmentEntry(.area(1, .good, evidence: "Community meetings well attended"), assessor: "J Bloggs", at: Contract.at("2009-04-20T10:00:00Z")),
        AssessmentEntry(
            .override(promise: 5, .fair, reason: "Answer times fell in March"), assessor: "J Bloggs", at: Contract.at("2009-04-20T10:05:00Z")),
        AssessmentEntry(.findings(promise: 3, findings), assessor: "A N Other", at: Contract.at("2009-04-21T09:00:00Z")),
    ]

    static let second: [AssessmentEntry] = [
        AssessmentEntry(
            .override(promise: 5, nil, reason: "Withdrawn: the March figures were corrected"), assessor: "J Bloggs",
            at: Contract.at("2009-05-02T14:00:00Z")),
        AssessmentEntry(
            .area(1, .excellent, evidence: "Every meeting minuted and published"), assessor: "A N Other", at: Contract.at("2009-05-02T14:30:00Z")),
    ]

    @Test(
        "entries read back as recorded, oldest first, earlier ones kept as history; each force and period its own",
        arguments: StoreUnderTest.available)
    func assessments(store: StoreUnderTest) async throws {
        let harness = try await ContractHarness.open(store)
        let store = harness.store
        #expect(try await store.assessmentEntries(force: Self.force, period: "2008/09").isEmpty)

        try await store.recordAssessment(force: Self.force, period: "2008/09", entries: Self.first)
        #expect(try await store.assessmentEntries(force: Self.force, period: "2008/09") == Self.first)
        try await store.recordAssessment(force: Self.force, period: "2008/09", entries: Self.second)
        let entries = try await store.assessmentEntries(force: Self.force, period: "2008/09")
        #expect(entries == Self.first + Self.second)
        try await store.recordAssessment(force: Self.force, period: "2008/09", entries: [])
        #expect(try await store.assessmentEntries(force: Self.force, period: "2008/09") == entries, "recording nothing changes nothing")

        // The assessment they leave: the latest entry for each subject.
        let assessment = Assessment(entries: entries)
        #expect(assessment.improvementAreas[1]?.grade == .excellent && assessment.improvementAreas[1]?.assessor == "A N Other")
        #expect(assessment.overrides[5] == nil)
        #expect(assessment.findings[3] == Self.findings)

        #expect(try await store.assessmentEntries(force: Self.force, period: "2009/10").isEmpty)
        #expect(try await store.assessmentEntries(force: Contract.northamptonshire, period: "2008/09").isEmpty)
        let theirs = [AssessmentEntry(.area(2, .poor, evidence: "No actions"), assessor: "K Smith", at: Contract.at("2009-04-22T10:00:00Z"))]
        try await store.recordAssessment(force: Contract.northamptonshire, period: "2008/09", entries: theirs)
        #expect(try await store.assessmentEntries(force: Contract.northamptonshire, period: "2008/09") == theirs)
        #expect(try await store.assessmentEntries(force: Self.force, period: "2008/09") == entries)

        // The report card of the period is graded with them.
        let card = try await Measurements(store).reportCard(force: Self.force, window: Contract.window("2008/09"))
        #expect(card.improvementAreas.first { $0.area == 1 }?.assessed?.grade == .excellent)
        #expect(card.promises.first { $0.promise == 3 }?.findings == Self.findings)
        #expect(card.promises.first { $0.promise == 5 }?.grading.override == nil)
    }

    @Test(
        "a kept report is found for its force, request and data version only; an import moves the version on and it is missed",
        arguments: StoreUnderTest.available)
    func reportCache(store: StoreUnderTest) async throws {
        let harness = try await ContractHarness.open(store)
        let store = harness.store
        let force = Self.force
        let version = try await store.dataVersion()
        #expect(try await store.cachedReport(force: force, request: "card 2008/09 html", dataVersion: version) == nil)

        // Any bytes: every value of a byte, NUL included.
        let card = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        let panel = Array("{\"panel\": \"2009-Q1\"}".utf8)
        try await store.keepReport(force: force, request: "card 2008/09 html", dataVersion: version, body: card)
        try await store.keepReport(force: force, request: "panel 2009-Q1 json", dataVersion: version, body: panel)
        #expect(try await store.cachedReport(force: force, request: "card 2008/09 html", dataVersion: version) == card)
        #expect(try await store.cachedReport(force: force, request: "panel 2009-Q1 json", dataVersion: version) == panel)
        #expect(try await store.cachedReport(force: force, request: "card 2009/10 html", dataVersion: version) == nil)
        #expect(try await store.cachedReport(force: Contract.northamptonshire, request: "card 2008/09 html", dataVersion: version) == nil)
        #expect(try await store.cachedReport(force: force, request: "card 2008/09 html", dataVersion: version + 1) == nil)

        // Kept again for the same request: the new body.
        let redrawn = Array("<p>redrawn</p>".utf8)
        try await store.keepReport(force: force, request: "card 2008/09 html", dataVersion: version, body: redrawn)
        #expect(try await store.cachedReport(force: force, request: "card 2008/09 html", dataVersion: version) == redrawn)

        // An import: the version moves on, and what was kept for the old one is not given for the new.
        try await harness.importClean(Fixtures.neighbourhoodsCSV(ids: ["NC04"]), name: "neighbourhoods.csv")
        let next = try await store.dataVersion()
        #expect(next != version)
        #expect(try await store.cachedReport(force: force, request: "card 2008/09 html", dataVersion: next) == nil)
        #expect(try await store.cachedReport(force: force, request: "panel 2009-Q1 json", dataVersion: next) == nil)
        try await store.keepReport(force: force, request: "card 2008/09 html", dataVersion: next, body: card)
        #expect(try await store.cachedReport(force: force, request: "card 2008/09 html", dataVersion: next) == card)
    }
}
