import Foundation
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// Crimes as police.uk's street-level routes publish them: by map area and month, without a location,
/// by persistent id; the months with crimes and the crime types of a month, of every force.
@Suite("Store contract: published crimes")
struct PublishedCrimesContractTests {
    static let header =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context"

    /// Persistent ids in police.uk's own form (64 lowercase hex characters), kept as they are.
    static let burglaryID = String(repeating: "3f", count: 32)
    static let shopliftingID = String(repeating: "a1", count: 32)
    static let unknownID = String(repeating: "0b", count: 32)

    static let crimes = Contract.csv(
        header,
        [
            "\(burglaryID),2009-01,Leicestershire Police,Leicestershire Police,-1.13,52.63,On or near Gallowtree Gate,,,Burglary,Under investigation,",
            ",2009-01,Leicestershire Police,Leicestershire Police,-1.14,52.62,On or near Park,,,Anti-social behaviour,,",
            "LEI/2009/0001,2009-01,Leicestershire Police,Leicestershire Police,-0.95,52.75,On or near Main Street,,,Vehicle crime,,",
            "LEI/2009/0002,2009-01,Leicestershire Police,Leicestershire Police,,,No location,,,Other theft,,",
            "MET-1,2009-01,metropolitan,metropolitan,,,No location,,,Robbery,,",
            // A Met crime with a point in Leicester: the map area finds crimes of any force.
            "MET-2,2009-01,metropolitan,metropolitan,-1.12,52.64,On or near Granby Street,,,Drugs,,",
            "\(shopliftingID),2009-02,Leicestershire Police,Leicestershire Police,-1.13,52.63,On or near Gallowtree Gate,,,Shoplifting,,",
            "MET-3,2008-12,metropolitan,metropolitan,-0.13,51.51,On or near Oxford Street,,,Robbery,,",
        ])

    /// Central Leicester: holds the burglary, the anti-social behaviour and the Met's drugs crime, not the
    /// Melton vehicle crime.
    static let leicester = GeoBounds(minLatitude: 52.60, maxLatitude: 52.66, minLongitude: -1.16, maxLongitude: -1.10)
    static let january = YearMonth("2009-01")!

    static func harness(_ store: StoreUnderTest) async throws -> ContractHarness {
        let harness = try await ContractHarness.open(store)
        try await harness.importClean(crimes, name: "street.csv")
        return harness
    }

    static func line(_ crime: StreetCrime) -> String {
        "\(crime.forceID ?? "-") \(crime.month) \(crime.category) \(crime.location ?? "-") \(crime.outcome ?? "-") \(crime.point.map { "\($0.longitude),\($0.latitude)" } ?? "-")"
    }

    @Test(
        "within bounds: the month's crimes of any force whose point lies inside, with their force and persistent id",
        arguments: StoreUnderTest.available)
    func within(store: StoreUnderTest) async throws {
        let harness = try await Self.harness(store)
        let found = try await harness.store.publishedCrimes(.within(Self.leicester, month: Self.january))
        #expect(
            found.map(Self.line).sorted() == [
                "leicestershire 2009-01 Anti-social behaviour On or near Park - -1.14,52.62",
                "leicestershire 2009-01 Burglary On or near Gallowtree Gate Under investigation -1.13,52.63",
                "metropolitan 2009-01 Drugs On or near Granby Street - -1.12,52.64",
            ])
        #expect(Set(found.map(\.number)).count == 3, "each crime its own number")
        #expect(found.first { $0.category == "Burglary" }?.persistentID == Self.burglaryID, "a police.uk id is kept")
        #expect(found.first { $0.category == "Anti-social behaviour" }?.persistentID == "", "anti-social behaviour has no id")
        let drugs = try #require(found.first { $0.category == "Drugs" })
        #expect(PersistentCrimeID.isPublished(drugs.persistentID) && drugs.persistentID != "MET-2", "a force's own reference is never published")

        #expect(try await harness.store.publishedCrimes(.within(Self.leicester, month: YearMonth("2009-03")!)).isEmpty)
        let february = try await harness.store.publishedCrimes(.within(Self.leicester, month: YearMonth("2009-02")!))
        #expect(february.map(\.category) == ["Shoplifting"] && february.first?.persistentID == Self.shopliftingID)
    }

    @Test("without location: only the force's crimes of the month that have no point", arguments: StoreUnderTest.available)
    func withoutLocation(store: StoreUnderTest) async throws {
        let harness = try await Self.harness(store)
        let ours = try await harness.store.publishedCrimes(.withoutLocation(Contract.leicestershire, month: Self.january))
        #expect(ours.map(Self.line) == ["leicestershire 2009-01 Other theft No location - -"])
        #expect(PersistentCrimeID.isPublished(ours.first?.persistentID ?? ""))
        let theirs = try await harness.store.publishedCrimes(.withoutLocation(Contract.metropolitan, month: Self.january))
        #expect(theirs.map(Self.line) == ["metropolitan 2009-01 Robbery No location - -"])
        #expect(try await harness.store.publishedCrimes(.withoutLocation(Contract.leicestershire, month: YearMonth("2009-02")!)).isEmpty)
        #expect(try await harness.store.publishedCrimes(.withoutLocation(Contract.northamptonshire, month: Self.january)).isEmpty)
    }

    @Test(
        "by persistent id: police.uk's ids and the store's own are found, the same crime as in the map; unknown ids and references are not",
        arguments: StoreUnderTest.available)
    func persistentID(store: StoreUnderTest) async throws {
        let harness = try await Self.harness(store)
        let store = harness.store
        let map = try await store.publishedCrimes(.within(Self.leicester, month: Self.january))
        let unplaced = try await store.publishedCrimes(.withoutLocation(Contract.leicestershire, month: Self.january))

        let burglary = try await store.publishedCrimes(.persistentID(Self.burglaryID))
        #expect(burglary.count == 1)
        #expect(burglary.first == map.first { $0.category == "Burglary" })
        let drugs = try #require(map.first { $0.category == "Drugs" })
        #expect(try await store.publishedCrimes(.persistentID(drugs.persistentID)) == [drugs])
        let theft = try #require(unplaced.first)
        #expect(try await store.publishedCrimes(.persistentID(theft.persistentID)) == [theft])
        #expect(try await store.publishedCrimes(.persistentID(Self.shopliftingID)).map(\.month) == [YearMonth("2009-02")!])

        #expect(try await store.publishedCrimes(.persistentID(Self.unknownID)).isEmpty)
        #expect(try await store.publishedCrimes(.persistentID("LEI/2009/0002")).isEmpty, "a force's own reference finds nothing")
        #expect(try await store.publishedCrimes(.persistentID("MET-2")).isEmpty)
        #expect(try await store.publishedCrimes(.persistentID("")).isEmpty, "anti-social behaviour has no id to be found by")

        // The ids are the same after the file is imported again.
        let again = try await harness.importText(Self.crimes, name: "street.csv")
        #expect(again.counts == ImportCounts(unchanged: 8))
        let mapAgain = try await store.publishedCrimes(.within(Self.leicester, month: Self.january))
        #expect(Set(mapAgain.map(\.persistentID)) == Set(map.map(\.persistentID)))
        #expect(try await store.publishedCrimes(.persistentID(theft.persistentID)).map(Self.line) == [Self.line(theft)])
    }

    @Test("the months with crimes of any force, latest first; the crime types of one month", arguments: StoreUnderTest.available)
    func monthsAndTypes(store: StoreUnderTest) async throws {
        let empty = try await ContractHarness.open(store)
        #expect(try await empty.store.publishedCrimeMonths().isEmpty)

        let harness = try await Self.harness(store)
        #expect(try await harness.store.publishedCrimeMonths() == ["2009-02", "2009-01", "2008-12"].map { YearMonth($0)! })
        let types = try await harness.store.crimeTypes(month: Self.january)
        #expect(types.count == 6, "each type once: \(types)")
        #expect(Set(types) == ["Burglary", "Anti-social behaviour", "Vehicle crime", "Other theft", "Robbery", "Drugs"])
        #expect(try await harness.store.crimeTypes(month: YearMonth("2009-02")!) == ["Shoplifting"])
        #expect(try await harness.store.crimeTypes(month: YearMonth("2009-06")!).isEmpty)
    }
}
