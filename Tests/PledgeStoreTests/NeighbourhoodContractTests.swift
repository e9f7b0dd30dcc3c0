import Foundation
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// The public's view of neighbourhoods: profiles, boundaries, one neighbourhood in detail, and the
/// police.uk crimes placed in neighbourhoods by their boundaries.
@Suite("Store contract: neighbourhoods and the crimes placed in them")
struct NeighbourhoodContractTests {
    static let neighbourhoods = Contract.csv(
        "force,neighbourhood_id,name,lpu,area_type,base,address,postcode,phone,email,url,latitude,longitude,population,description",
        [
            "metropolitan,M1,Soho,Westminster,urban,,,,,,,,,,",
            "leicestershire,RU01,Melton Rural,Melton LPU,rural,,,,,,,,,,",
            "leicestershire,NC04,City Centre,City LPU,urban,Mansfield House,74 Belgrave Gate,LE1 3GG,0116 222 2222,nc04@leics.police.uk,https://example.org/nc04,52.6369,-1.1398,12450,\"The city centre, its shops and its night-time economy\"",
        ])

    static let cityCentre = NeighbourhoodProfile(
        forceID: "leicestershire", id: "NC04", name: "City Centre", unit: "City LPU", urban: true, base: "Mansfield House",
        address: "74 Belgrave Gate",
        postcode: "LE1 3GG", phone: "0116 222 2222", email: "nc04@leics.police.uk", url: "https://example.org/nc04", latitude: 52.6369,
        longitude: -1.1398,
        population: 12450, description: "The city centre, its shops and its night-time economy")
    static let meltonRural = NeighbourhoodProfile(forceID: "leicestershire", id: "RU01", name: "Melton Rural", unit: "Melton LPU", urban: false)
    static let soho = NeighbourhoodProfile(forceID: "metropolitan", id: "M1", name: "Soho", unit: "Westminster", urban: true)

    /// A neighbourhood's boundary as a rectangle, in degrees.
    typealias Box = (force: String, id: String, west: Double, south: Double, east: Double, north: Double)

    /// NC04 holds the city-centre points, RU01 the Melton ones, M1 a square in London.
    static let boxes: [Box] = [
        ("leicestershire", "NC04", -1.16, 52.61, -1.11, 52.65), ("leicestershire", "RU01", -1.0, 52.7, -0.9, 52.8),
        ("metropolitan", "M1", -0.14, 51.51, -0.13, 51.52),
    ]

    static func boundaries(_ boxes: [Box]) -> String {
        // One FeatureCollection may hold several forces: join the features of each force's fixture.
        let features = boxes.map { box in
            Fixtures.boundariesGeoJSON(force: box.force, [(box.id, box.west, box.south, box.east, box.north)])
                .split(separator: "\n").dropFirst().dropLast().joined(separator: "\n")
        }
        return "{\"type\": \"FeatureCollection\", \"features\": [\n" + features.joined(separator: ",\n") + "\n]}\n"
    }

    /// The boundary of a box as the importer reads it.
    static func boundary(_ box: Box) throws -> Boundary {
        let ring = [[box.west, box.south], [box.east, box.south], [box.east, box.north], [box.west, box.north], [box.west, box.south]]
        return try Boundary(
            force: ForceCatalogue.force(id: box.force)!, neighbourhoodID: box.id,
            geometryJSON: "{\"type\": \"Polygon\", \"coordinates\": [[\(ring.map { "[\($0[0]), \($0[1])]" }.joined(separator: ", "))]]}")
    }

    @Test("profiles: every field as imported, by force and id, for every force or one", arguments: StoreUnderTest.available)
    func profiles(store: StoreUnderTest) async throws {
        let harness = try await ContractHarness.open(store)
        try await harness.importClean(Self.neighbourhoods, name: "neighbourhoods.csv")
        #expect(try await harness.store.neighbourhoodProfiles(force: nil) == [Self.cityCentre, Self.meltonRural, Self.soho])
        #expect(try await harness.store.neighbourhoodProfiles(force: Contract.leicestershire) == [Self.cityCentre, Self.meltonRural])
        #expect(try await harness.store.neighbourhoodProfiles(force: Contract.metropolitan) == [Self.soho])
        #expect(try await harness.store.neighbourhoodProfiles(force: Contract.northamptonshire).isEmpty)
    }

    @Test("boundaries: the polygons and extents as imported, by force and id, for every force or one", arguments: StoreUnderTest.available)
    func boundaries(store: StoreUnderTest) async throws {
        let harness = try await ContractHarness.open(store)
        try await harness.importClean(Self.neighbourhoods, name: "neighbourhoods.csv")
        #expect(try await harness.store.boundaries(force: nil).isEmpty)
        // Written in another order than the one they are read in.
        try await harness.importClean(Self.boundaries(Self.boxes.reversed()), name: "boundaries.geojson", rows: 3)

        let all = try await harness.store.boundaries(force: nil)
        let expected = try Self.boxes.map(Self.boundary)
        #expect(all == expected)
        #expect(
            all.map { [$0.minLongitude, $0.minLatitude, $0.maxLongitude, $0.maxLatitude] }
                == Self.boxes.map { [$0.west, $0.south, $0.east, $0.north] })
        #expect(try await harness.store.boundaries(force: Contract.leicestershire) == Array(expected.prefix(2)))
        #expect(try await harness.store.boundaries(force: Contract.northamptonshire).isEmpty)
    }

    @Test(
        "detail: the profile, the boundary, and every posting, engagement, priority and update in order; nil for an unknown id",
        arguments: StoreUnderTest.available)
    func detail(store: StoreUnderTest) async throws {
        let harness = try await ContractHarness.open(store)
        try await harness.importClean(Self.neighbourhoods, name: "neighbourhoods.csv")
        try await harness.importClean(Self.boundaries([Self.boxes[0]]), name: "boundaries.geojson", rows: 1)
        // Each file lists its rows out of order; RU01's rows must not appear under NC04.
        try await harness.importClean(
            Contract.csv(
                "force,neighbourhood_id,officer_id,name,rank,bio,email,phone,started_on,ended_on",
                [
                    "leicestershire,NC04,PC2,B Jones,PC,,,,2008-01-01,",
                    "leicestershire,NC04,PS1,C Patel,Sergeant,Leads the team,c.patel@leics.police.uk,0116 222 0001,2006-05-02,2009-02-27",
                    "leicestershire,RU01,PC9,D Brown,PC,,,,2007-01-01,",
                    "leicestershire,NC04,PC1,A Smith,PCSO,,,,2007-09-03,",
                ]), name: "team.csv")
        try await harness.importClean(
            Contract.csv(
                "engagement_id,force,neighbourhood_id,kind,starts_at,ends_at,title,address",
                [
                    "E3,leicestershire,NC04,surgery,2009-03-05T18:00:00Z,,,",
                    "E1,leicestershire,NC04,public-meeting,2009-01-08T19:00:00Z,2009-01-08T20:30:00Z,PACT meeting,Town Hall",
                    "E9,leicestershire,RU01,surgery,2009-01-09T10:00:00Z,,,",
                    "E2,leicestershire,NC04,street-briefing,2009-02-11T11:00:00Z,,,",
                ]), name: "engagements.csv")
        try await harness.importClean(
            Contract.csv(
                "force,neighbourhood_id,priority_id,issue,agreed_on,engagement_id,action,action_on",
                [
                    "leicestershire,NC04,PR2,Parking,2009-02-11,E2,Tickets issued,2009-02-20",
                    "leicestershire,NC04,PR1,Street drinking,2009-01-08,E1,,",
                    "leicestershire,RU01,PR9,Speeding,2009-01-09,,,",
                ]), name: "priorities.csv")
        try await harness.importClean(
            Contract.csv(
                "update_id,force,neighbourhood_id,month,published_on,channel,has_crime_map,has_justice_outcomes,has_partner_action,has_force_performance",
                [
                    "U2,leicestershire,NC04,2009-02,2009-03-04,web,true,false,true,true",
                    "U1,leicestershire,NC04,2009-01,2009-02-03,newsletter,,,,",
                    "U9,leicestershire,RU01,2009-01,2009-02-05,web,,,,",
                ]), name: "updates.csv")

        let detail = try #require(try await harness.store.neighbourhoodDetail(force: Contract.leicestershire, id: "NC04"))
        #expect(detail.profile == Self.cityCentre)
        #expect(detail.boundary == (try Self.boundary(Self.boxes[0])))
        #expect(
            detail.postings == [
                TeamPosting(
                    officerID: "PS1", name: "C Patel", rank: "Sergeant", bio: "Leads the team", email: "c.patel@leics.police.uk",
                    phone: "0116 222 0001",
                    startedOn: LocalDate("2006-05-02")!, endedOn: LocalDate("2009-02-27")),
                TeamPosting(officerID: "PC1", name: "A Smith", rank: "PCSO", startedOn: LocalDate("2007-09-03")!),
                TeamPosting(officerID: "PC2", name: "B Jones", rank: "PC", startedOn: LocalDate("2008-01-01")!),
            ])
        #expect(
            detail.engagements == [
                Engagement(
                    id: "E1", kind: "public-meeting", startsAt: Contract.at("2009-01-08T19:00:00Z"), endsAt: Contract.at("2009-01-08T20:30:00Z"),
                    title: "PACT meeting", address: "Town Hall"),
                Engagement(id: "E2", kind: "street-briefing", startsAt: Contract.at("2009-02-11T11:00:00Z")),
                Engagement(id: "E3", kind: "surgery", startsAt: Contract.at("2009-03-05T18:00:00Z")),
            ])
        #expect(
            detail.priorities == [
                NeighbourhoodPriority(id: "PR1", issue: "Street drinking", agreedOn: LocalDate("2009-01-08"), engagementID: "E1"),
                NeighbourhoodPriority(
                    id: "PR2", issue: "Parking", agreedOn: LocalDate("2009-02-11"), engagementID: "E2", action: "Tickets issued",
                    actionOn: LocalDate("2009-02-20")),
            ])
        #expect(
            detail.updates == [
                NeighbourhoodUpdate(id: "U1", month: YearMonth("2009-01")!, publishedOn: LocalDate("2009-02-03")!, channel: "newsletter"),
                NeighbourhoodUpdate(
                    id: "U2", month: YearMonth("2009-02")!, publishedOn: LocalDate("2009-03-04")!, channel: "web", hasCrimeMap: true,
                    hasJusticeOutcomes: false,
                    hasPartnerAction: true, hasForcePerformance: true),
            ])

        // RU01 has no boundary; its own rows only.
        let rural = try #require(try await harness.store.neighbourhoodDetail(force: Contract.leicestershire, id: "RU01"))
        #expect(rural.profile == Self.meltonRural && rural.boundary == nil)
        #expect(rural.postings.map(\.officerID) == ["PC9"] && rural.engagements.map(\.id) == ["E9"])
        #expect(rural.priorities.map(\.id) == ["PR9"] && rural.updates.map(\.id) == ["U9"])

        #expect(try await harness.store.neighbourhoodDetail(force: Contract.leicestershire, id: "ZZ99") == nil)
        #expect(try await harness.store.neighbourhoodDetail(force: Contract.leicestershire, id: "M1") == nil, "M1 is the Met's")
        #expect(try await harness.store.neighbourhoodDetail(force: Contract.metropolitan, id: "NC04") == nil)
    }

    // MARK: - Crimes placed by boundaries

    /// Leicestershire's street crimes: two identical anti-social behaviour rows and two more crimes in NC04's
    /// box, a burglary in RU01's, one with no location; then February and November crimes in NC04's box.
    static let crimes = Contract.csv(
        PublishedCrimesContractTests.header,
        [
            ",2009-01,Leicestershire Police,Leicestershire Police,-1.129792,52.632805,On or near Shopping Area,E01013649,Leicester 036A,Anti-social behaviour,,",
            ",2009-01,Leicestershire Police,Leicestershire Police,-1.129792,52.632805,On or near Shopping Area,E01013649,Leicester 036A,Anti-social behaviour,,",
            "B1,2009-01,Leicestershire Police,Leicestershire Police,-0.95,52.75,On or near Main Street,E01000001,Melton 001A,Burglary,Under investigation,",
            "N1,2009-01,Leicestershire Police,Leicestershire Police,,,No location,,,Other crime,,",
            "F1,2009-02,Leicestershire Police,Leicestershire Police,-1.14,52.62,On or near High Street,,,Vehicle crime,Unable to prosecute suspect,",
            "V1,2008-11,Leicestershire Police,Leicestershire Police,-1.12,52.64,On or near Granby Street,,,Violence and sexual offences,,",
        ])

    static func months(_ texts: [String]) -> [YearMonth] { texts.map { YearMonth($0)! } }

    @Test(
        "crimes are placed by the boundaries, also those imported before them; months latest first; a month's crimes as published",
        arguments: StoreUnderTest.available)
    func crimesPlaced(store: StoreUnderTest) async throws {
        let harness = try await ContractHarness.open(store)
        let store = harness.store
        let force = Contract.leicestershire
        try await harness.importClean(Self.neighbourhoods, name: "neighbourhoods.csv")
        try await harness.importClean(Self.crimes, name: "street.csv")
        #expect(try await store.crimeMonths(force: force, neighbourhood: "NC04").isEmpty, "no boundaries yet: placed nowhere")

        // The boundaries arrive: the five crimes with a point inside them are placed.
        let placed = try await harness.importClean(Self.boundaries(Array(Self.boxes.prefix(2))), name: "boundaries.geojson", rows: 2)
        #expect(placed.crimesPlaced == 5)
        #expect(try await store.crimeMonths(force: force, neighbourhood: "NC04") == Self.months(["2009-02", "2009-01", "2008-11"]))
        #expect(try await store.crimeMonths(force: force, neighbourhood: "RU01") == Self.months(["2009-01"]))
        #expect(try await store.crimeMonths(force: Contract.metropolitan, neighbourhood: "NC04").isEmpty)

        let january = YearMonth("2009-01")!
        let asb = StreetCrime(
            month: january, category: "Anti-social behaviour", location: "On or near Shopping Area",
            point: GeoPoint(longitude: -1.129792, latitude: 52.632805))
        #expect(
            Self.published(try await store.streetCrimes(force: force, neighbourhood: "NC04", month: january)) == [
                Self.published(asb), Self.published(asb),
            ])
        #expect(
            Self.published(try await store.streetCrimes(force: force, neighbourhood: "RU01", month: january)) == [
                Self.published(
                    StreetCrime(
                        month: january, category: "Burglary", location: "On or near Main Street", outcome: "Under investigation",
                        point: GeoPoint(longitude: -0.95, latitude: 52.75)))
            ])
        #expect(try await store.streetCrimes(force: force, neighbourhood: "RU01", month: YearMonth("2009-02")!).isEmpty)

        // Crimes imported after the boundaries are placed as they arrive.
        let march = Contract.csv(
            PublishedCrimesContractTests.header,
            ["M3,2009-03,Leicestershire Police,Leicestershire Police,-0.91,52.71,On or near Station Road,,,Shoplifting,,"])
        try await harness.importClean(march, name: "street-march.csv")
        #expect(try await store.crimeMonths(force: force, neighbourhood: "RU01") == Self.months(["2009-03", "2009-01"]))

        // The same boundaries again (the same bytes, recognised) move nothing.
        let again = try await harness.importText(Self.boundaries(Array(Self.boxes.prefix(2))), name: "boundaries.geojson")
        #expect(again.counts == ImportCounts(unchanged: 2) && (again.crimesPlaced ?? 0) == 0 && again.unchangedSince != nil)

        // RU01 grows over the city centre and NC04 moves away: NC04's four crimes move to RU01.
        let moved = Self.boundaries([("leicestershire", "NC04", -2.6, 50.5, -2.5, 50.6), ("leicestershire", "RU01", -1.2, 52.6, -0.9, 52.8)])
        let report = try await harness.importText(moved, name: "boundaries-moved.geojson")
        #expect(report.isClean && report.counts == ImportCounts(updated: 2))
        #expect(report.crimesPlaced == 4)
        #expect(try await store.crimeMonths(force: force, neighbourhood: "NC04").isEmpty)
        #expect(try await store.crimeMonths(force: force, neighbourhood: "RU01") == Self.months(["2009-03", "2009-02", "2009-01", "2008-11"]))
        #expect(try await store.streetCrimes(force: force, neighbourhood: "RU01", month: january).count == 3)
    }

    /// What a street crime shows the public (not the store's own number or ids), for comparing as a multiset.
    static func published(_ crimes: [StreetCrime]) -> [String] { crimes.map(published).sorted() }

    static func published(_ crime: StreetCrime) -> String {
        "\(crime.month) \(crime.category) \(crime.location ?? "-") \(crime.outcome ?? "-") \(crime.point.map { "\($0.longitude),\($0.latitude)" } ?? "-")"
    }
}
