import Foundation
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// A police.uk street-level file is the complete list of its force-months' crimes: importing a
/// republished file replaces those force-months' crimes, in the file's one transaction, and leaves every
/// other force-month alone.
@Suite("Store contract: a crimes file replaces its force-months")
struct CrimeSnapshotContractTests {
    static let header = PublishedCrimesContractTests.header
    static let burglaryID = String(repeating: "3f", count: 32)
    static let withdrawnID = String(repeating: "7c", count: 32)

    /// Two anti-social behaviour rows and a burglary in January; the Met's January and Leicestershire's
    /// February are in other files.
    static let january = [
        ",2009-01,Leicestershire Police,Leicestershire Police,-1.14,52.62,On or near Park,,,Anti-social behaviour,,",
        ",2009-01,Leicestershire Police,Leicestershire Police,-1.13,52.63,On or near Gallowtree Gate,,,Anti-social behaviour,,",
        "\(burglaryID),2009-01,Leicestershire Police,Leicestershire Police,-1.13,52.63,On or near Gallowtree Gate,,,Burglary,Under investigation,",
    ]
    static let withdrawn = "\(withdrawnID),2009-01,Leicestershire Police,Leicestershire Police,-1.12,52.64,On or near Granby Street,,,Drugs,,"
    static let others = Contract.csv(
        header,
        [
            "MET-1,2009-01,metropolitan,metropolitan,-0.13,51.51,On or near Oxford Street,,,Robbery,,",
            "LEI-2,2009-02,Leicestershire Police,Leicestershire Police,-1.13,52.63,On or near Gallowtree Gate,,,Shoplifting,,",
        ])
    /// NC04 holds every Leicestershire point above.
    static let boundaries = Fixtures.boundariesGeoJSON([("NC04", -1.16, 52.61, -1.11, 52.65)])
    static let leicester = GeoBounds(minLatitude: 52.60, maxLatitude: 52.66, minLongitude: -1.16, maxLongitude: -1.10)
    static let month = YearMonth("2009-01")!

    static func harness(_ store: StoreUnderTest) async throws -> ContractHarness {
        let harness = try await ContractHarness.open(store)
        try await harness.importClean(Fixtures.neighbourhoodsCSV(ids: ["NC04"]), name: "neighbourhoods.csv")
        try #require(try await harness.importText(boundaries, name: "boundaries.geojson").isClean)
        try await harness.importClean(Contract.csv(header, january + [withdrawn]), name: "2009-01-street.csv")
        try await harness.importClean(others, name: "others.csv")
        return harness
    }

    static func leicestershireCrimes(_ store: any PledgeStore) async throws -> Int? {
        try await store.status().holdings.first { $0.kind == .crimes && $0.force == Contract.leicestershire }?.count
    }

    static func janLeicester(_ store: any PledgeStore) async throws -> [String] {
        try await store.publishedCrimes(.within(leicester, month: month)).map { "\($0.category) \($0.location ?? "-")" }.sorted()
    }

    @Test(
        "a republished month with one anti-social behaviour row corrected and one crime withdrawn holds what the file holds",
        arguments: StoreUnderTest.available)
    func republished(store: StoreUnderTest) async throws {
        let harness = try await Self.harness(store)
        #expect(try await Self.leicestershireCrimes(harness.store) == 5)

        var corrected = Self.january
        corrected[0] = corrected[0].replacingOccurrences(of: "On or near Park", with: "On or near Victoria Park")
        let report = try await harness.importText(Contract.csv(Self.header, corrected), name: "2009-01-street.csv")
        #expect(report.isClean && report.kept)
        #expect(report.counts == ImportCounts(inserted: 1, unchanged: 2, removed: 2), "\(report.counts)")

        #expect(
            try await Self.janLeicester(harness.store) == [
                "Anti-social behaviour On or near Gallowtree Gate", "Anti-social behaviour On or near Victoria Park",
                "Burglary On or near Gallowtree Gate",
            ])
        #expect(try await harness.store.publishedCrimes(.persistentID(Self.withdrawnID)).isEmpty, "a withdrawn crime is gone by its id too")
        #expect(try await harness.store.publishedCrimes(.persistentID(Self.burglaryID)).count == 1)
        // The crimes placed in the neighbourhood are the same three.
        let placed = try await harness.store.streetCrimes(force: Contract.leicestershire, neighbourhood: "NC04", month: Self.month)
        #expect(placed.map(\.category).sorted() == ["Anti-social behaviour", "Anti-social behaviour", "Burglary"])
        // Other force-months are left alone.
        #expect(
            try await harness.store.crimeMonths(force: Contract.leicestershire, neighbourhood: "NC04")
                == ["2009-02", "2009-01"].map { YearMonth($0)! })
        #expect(try await harness.store.publishedCrimes(.withoutLocation(Contract.metropolitan, month: Self.month)).isEmpty)
        let met = try await harness.store.publishedCrimes(
            .within(GeoBounds(minLatitude: 51.5, maxLatitude: 51.52, minLongitude: -0.14, maxLongitude: -0.12), month: Self.month))
        #expect(met.map(\.category) == ["Robbery"])
        #expect(try await Self.leicestershireCrimes(harness.store) == 4)

        // The same file again changes nothing.
        let again = try await harness.importText(Contract.csv(Self.header, corrected), name: "2009-01-street.csv")
        #expect(again.counts == ImportCounts(unchanged: 3))
    }

    @Test("under --strict a republished file with a rejected row removes nothing", arguments: StoreUnderTest.available)
    func strictRollsBack(store: StoreUnderTest) async throws {
        let harness = try await Self.harness(store)
        let before = try await Self.janLeicester(harness.store)
        let bad = ",2009-13,Leicestershire Police,Leicestershire Police,,,No location,,,Burglary,,"
        let report = try await harness.importText(Contract.csv(Self.header, [Self.january[2], bad]), name: "2009-01-street.csv", strict: true)
        #expect(!report.kept && report.counts.rejected == 1)
        #expect(try await Self.janLeicester(harness.store) == before)
        #expect(before.count == 4)
    }
}
