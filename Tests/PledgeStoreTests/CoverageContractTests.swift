import Foundation
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// Months an import declares covered (`import --covers`): kept by the store for the force and kind, handed
/// to the engine with the facts, kept or dropped with the file's transaction, and counted in the figures.
@Suite("Store contract: months declared covered")
struct CoverageContractTests {
    static let neighbourhoods = "force,neighbourhood_id,name,area_type\nleicestershire,N1,One,urban\n"
    static let engagementsHeader = "engagement_id,force,neighbourhood_id,kind,starts_at"

    @Test(
        "a header-only file with --covers and --force declares its months; the facts carry them; P7 then counts them",
        arguments: StoreUnderTest.available)
    func declared(store: StoreUnderTest) async throws {
        let harness = try await ContractHarness.open(store)
        try await harness.importClean(Self.neighbourhoods, name: "neighbourhoods.csv")
        try await harness.importClean(
            Self.engagementsHeader + "\nE1,leicestershire,N1,public-meeting,2009-01-12T19:00:00Z\n", name: "engagements.csv")
        let window = Contract.window("2009-Q1")
        let before = try await Measurements(harness.store).reportFigures(force: Contract.leicestershire, window: window)
        let meeting = try #require(before.results.first { $0.indicator.id == "P7.monthly_meeting" && $0.area == .force })
        #expect((meeting.numerator, meeting.denominator) == (1, 1))
        #expect(meeting.coverage?.monthsLeftOut.map(\.description) == ["2009-02", "2009-03"])

        // A file with only its header, declaring February and March genuinely empty.
        let version = try await harness.store.dataVersion()
        let empty = try harness.write(Self.engagementsHeader + "\n", name: "empty-engagements.csv")
        let covers = CoverageDeclaration(months: Period.months(named: "2009-02..2009-03")!, force: Contract.leicestershire)
        let reports = try await harness.importFiles([empty], options: ImportOptions(covers: covers))
        #expect(reports.map(\.error) == [nil] && reports.map(\.kept) == [true])
        #expect(try await harness.store.dataVersion() > version, "a declaration is an import: kept reports are recomputed")
        let facts = try await harness.facts(from: "2009-01-01T00:00:00Z", to: "2009-04-01T00:00:00Z")
        #expect(facts.declaredCoverage[.engagements] == Set(["2009-02", "2009-03"].map { YearMonth($0)! }))
        let after = try await Measurements(harness.store).reportFigures(force: Contract.leicestershire, window: window)
        let counted = try #require(after.results.first { $0.indicator.id == "P7.monthly_meeting" && $0.area == .force })
        #expect((counted.numerator, counted.denominator) == (1, 3))
        #expect(counted.coverage?.monthsLeftOut == [])

        // Without a force to declare them for, nothing is kept and the error says what to give.
        let refused = try await harness.importFiles(
            [empty], options: ImportOptions(covers: CoverageDeclaration(months: [YearMonth("2009-04")!], force: nil)))
        #expect(refused.first?.error?.contains("--covers needs --force") == true)
        #expect(
            try await harness.facts(from: "2009-01-01T00:00:00Z", to: "2009-05-01T00:00:00Z").declaredCoverage[.engagements]?.contains(
                YearMonth("2009-04")!) == false)
    }
}
