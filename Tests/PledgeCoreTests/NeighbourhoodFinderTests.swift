import PledgeCore
import Testing

@Suite("finding a neighbourhood")
struct NeighbourhoodFinderTests {
    @Test(
        "postcodes are read as people type them: full, sector or district, any case, with or without the space",
        arguments: [
            ("le19nd", "LE1 9ND", "LE1 9", "LE1"), ("LE1 9ND", "LE1 9ND", "LE1 9", "LE1"), (" ec1a 1bb ", "EC1A 1BB", "EC1A 1", "EC1A"),
            ("B1 1AA", "B1 1AA", "B1 1", "B1"), ("LE1 9", "LE1 9", "LE1 9", "LE1"), ("le65", "LE65", nil, "LE65"),
        ] as [(String, String, String?, String)])
    func postcodes(text: String, written: String, sector: String?, district: String) throws {
        let postcode = try #require(Postcode(text))
        #expect(postcode.description == written && postcode.sector == sector && postcode.district == district)
    }

    @Test("words that are not postcodes are not read as one", arguments: ["Oadby", "Melton Mowbray", "12345", "LE1 9N", "", "L", "LE1-9ND"])
    func notPostcodes(text: String) {
        #expect(Postcode(text) == nil)
    }

    static let boundary = try! Boundary(
        force: ForceCatalogue.force(id: "leicestershire")!, neighbourhoodID: "N2",
        geometry: ["type": "Polygon", "coordinates": [[[-1.2, 52.6], [-1.1, 52.6], [-1.1, 52.7], [-1.2, 52.7], [-1.2, 52.6]]]])

    static let finder = NeighbourhoodFinder(
        profiles: [
            NeighbourhoodProfile(
                forceID: "leicestershire", id: "N1", name: "Oadby North", unit: "Oadby and Wigston", urban: true, postcode: "LE2 5AA"),
            NeighbourhoodProfile(
                forceID: "leicestershire", id: "N2", name: "City Centre", unit: "Leicester", urban: true, base: "Mansfield House", postcode: "LE1 3GG"
            ),
            NeighbourhoodProfile(
                forceID: "leicestershire", id: "N3", name: "Oadby South", unit: "Oadby and Wigston", urban: true, postcode: "LE2 4ZZ"),
        ], boundaries: [boundary])

    @Test("an exact postcode first, then its sector, then its district; nothing when none match")
    func byPostcode() {
        #expect(Self.finder.search("le13gg").match == .postcode && Self.finder.search("le13gg").neighbourhoods.map(\.id) == ["N2"])
        #expect(Self.finder.search("LE2 5XY").match == .sector && Self.finder.search("LE2 5XY").neighbourhoods.map(\.id) == ["N1"])
        #expect(Self.finder.search("LE2 9XY").match == .district && Self.finder.search("LE2 9XY").neighbourhoods.map(\.id) == ["N1", "N3"])
        #expect(Self.finder.search("NG1 1AA").match == nil && Self.finder.search("NG1 1AA").neighbourhoods.isEmpty)
    }

    @Test("names: an exact name first, then names starting with the words, then units and bases")
    func byName() {
        #expect(Self.finder.search("city centre").neighbourhoods.map(\.id) == ["N2"])
        #expect(Self.finder.search("Oadby").neighbourhoods.map(\.id) == ["N1", "N3"])
        #expect(Self.finder.search("oadby south").neighbourhoods.map(\.id) == ["N3"])
        #expect(Self.finder.search("Mansfield House").neighbourhoods.map(\.id) == ["N2"])
        #expect(Self.finder.search("Wigston").match == .name && Self.finder.search("Wigston").neighbourhoods.count == 2)
        #expect(Self.finder.search("Hinckley").neighbourhoods.isEmpty)
    }

    @Test("a point finds the neighbourhood whose boundary holds it")
    func byPoint() {
        #expect(Self.finder.byPoint(GeoPoint(longitude: -1.15, latitude: 52.65)).neighbourhoods.map(\.id) == ["N2"])
        #expect(Self.finder.byPoint(GeoPoint(longitude: -1.25, latitude: 52.65)).neighbourhoods.isEmpty)
    }

    @Test("crimes are counted by kind and snapped to places about 150 metres apart")
    func crimeSummary() {
        let month = YearMonth(year: 2009, month: 3)!
        let crimes = [
            StreetCrime(
                month: month, category: "Burglary", location: "On or near High Street", point: GeoPoint(longitude: -1.13001, latitude: 52.63001)),
            StreetCrime(
                month: month, category: "Burglary", location: "On or near High Street", point: GeoPoint(longitude: -1.13003, latitude: 52.63002)),
            StreetCrime(
                month: month, category: "Anti-social behaviour", location: "On or near Park", point: GeoPoint(longitude: -1.10, latitude: 52.60)),
            StreetCrime(month: month, category: "Anti-social behaviour", location: nil, point: nil),
        ]
        let summary = CrimeSummary(month: month, crimes: crimes)
        #expect(summary.total == 4)
        #expect(summary.categories.map(\.category) == ["Anti-social behaviour", "Burglary"] && summary.categories.map(\.count) == [2, 2])
        #expect(summary.points.count == 2 && summary.points[0].location == "On or near High Street" && summary.points[0].total == 2)
        // The snapped point is not the imported one.
        #expect(summary.points[0].point != crimes[0].point! && abs(summary.points[0].point.latitude - 52.63) < AnonymousMapPoint.latitudeStep)
    }
}
