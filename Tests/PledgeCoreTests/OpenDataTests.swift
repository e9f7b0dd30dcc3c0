import Foundation
import PledgeCore
import Testing

/// The open-data building blocks of the police.uk-compatible API: anonymous map points, search areas,
/// crime and outcome categories, and persistent crime ids.
@Suite("Open data: map points, search areas, categories, persistent ids")
struct OpenDataTests {
    /// Points across the globe and on every side of 0°, 0°.
    static let points = [
        GeoPoint(longitude: -1.1325, latitude: 52.6298), GeoPoint(longitude: 0.0001, latitude: 51.4779),
        GeoPoint(longitude: -0.0001, latitude: -0.0001),
        GeoPoint(longitude: 179.999, latitude: -89.999), GeoPoint(longitude: -179.999, latitude: 89.999),
        GeoPoint(longitude: 151.2093, latitude: -33.8688),
        GeoPoint(longitude: -6.2603, latitude: 53.3498),
    ]

    // MARK: AnonymousMapPoint

    @Test("a map point's id is positive and gives back the same cell, anywhere on Earth")
    func mapPointIDRoundTrip() {
        for point in Self.points {
            let cell = AnonymousMapPoint(containing: point)
            #expect(cell.id > 0, "\(point)")
            #expect(AnonymousMapPoint(id: cell.id) == cell, "\(point)")
        }
        #expect(AnonymousMapPoint(id: -1) == nil)
        #expect(AnonymousMapPoint(id: 1) == nil, "row -70,000 is beyond the pole")
        #expect(AnonymousMapPoint(id: Int64.max) == nil)
    }

    @Test("a map point's id is fixed by the grid: worked out by hand for a Leicester point")
    func mapPointKnownID() {
        // Row round(52.6298 / 0.00135) = 38985, column round(-1.1325 / 0.0022) = -515.
        let cell = AnonymousMapPoint(containing: GeoPoint(longitude: -1.1325, latitude: 52.6298))
        #expect(cell.row == 38985 && cell.column == -515)
        #expect(cell.id == 21_797_089_485)
        #expect(String(format: "%.6f,%.6f", cell.centre.latitude, cell.centre.longitude) == "52.629750,-1.133000")
    }

    @Test("the published centre is within half a grid step of the point, and the cell's bounds hold the point")
    func mapPointCentre() {
        for point in Self.points {
            let cell = AnonymousMapPoint(containing: point)
            #expect(abs(cell.centre.latitude - point.latitude) <= AnonymousMapPoint.latitudeStep / 2 + 1e-12, "\(point)")
            #expect(abs(cell.centre.longitude - point.longitude) <= AnonymousMapPoint.longitudeStep / 2 + 1e-12, "\(point)")
            #expect(cell.bounds.contains(point), "\(point)")
            #expect(AnonymousMapPoint(containing: cell.centre) == cell, "a centre lies in its own cell")
        }
    }

    @Test("points a step apart fall in different cells; points close together in the middle of a cell share it")
    func mapPointNeighbours() {
        let centre = AnonymousMapPoint(containing: GeoPoint(longitude: -1.1325, latitude: 52.6298)).centre
        let here = AnonymousMapPoint(containing: centre)
        let steps = [(1.0, 0.0), (-1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (1.0, 1.0)]
        var ids: Set = [here.id]
        for (north, east) in steps {
            let neighbour = AnonymousMapPoint(
                containing: GeoPoint(
                    longitude: centre.longitude + east * AnonymousMapPoint.longitudeStep,
                    latitude: centre.latitude + north * AnonymousMapPoint.latitudeStep))
            #expect(neighbour != here)
            ids.insert(neighbour.id)
        }
        #expect(ids.count == steps.count + 1, "every neighbour has its own id")
        let nearby = GeoPoint(longitude: centre.longitude + 0.0004, latitude: centre.latitude - 0.0003)
        #expect(AnonymousMapPoint(containing: nearby) == here)
    }

    // MARK: SearchArea

    /// Metres per degree of latitude on the mean sphere: along a meridian, the haversine distance is exactly this.
    static let metresPerDegree = 6_371_008.8 * Double.pi / 180

    @Test("a one-mile circle holds points up to 1,609.344 m away and no further")
    func mileCircle() {
        let centre = GeoPoint(longitude: -1.132, latitude: 52.63)
        let circle = SearchArea.circle(centre: centre, radius: SearchArea.mileRadius)
        #expect(SearchArea.mileRadius == 1609.344)
        func north(_ metres: Double) -> GeoPoint { GeoPoint(longitude: centre.longitude, latitude: centre.latitude + metres / Self.metresPerDegree) }
        #expect(circle.contains(centre))
        #expect(circle.contains(north(1600)))
        #expect(!circle.contains(north(1620)))
        #expect(abs(SearchArea.distance(centre, north(1000)) - 1000) < 0.01)
        // East–west at 52.63°N a degree of longitude is cos(52.63°) as long.
        let east = GeoPoint(longitude: centre.longitude + 1600 / (Self.metresPerDegree * cos(52.63 * .pi / 180)), latitude: centre.latitude)
        #expect(abs(SearchArea.distance(centre, east) - 1600) < 1)
        #expect(circle.contains(east))
        #expect(circle.bounds.contains(north(1600)) && circle.bounds.contains(east))
    }

    @Test("a polygon holds the points inside its ring, which closes itself")
    func polygonArea() {
        // A triangle, given open (its first vertex not repeated), as police.uk's poly is.
        let triangle = SearchArea.polygon([
            GeoPoint(longitude: -1.15, latitude: 52.62), GeoPoint(longitude: -1.11, latitude: 52.62), GeoPoint(longitude: -1.13, latitude: 52.65),
        ])
        #expect(triangle.contains(GeoPoint(longitude: -1.13, latitude: 52.63)))
        #expect(!triangle.contains(GeoPoint(longitude: -1.145, latitude: 52.645)), "inside the bounds, outside the ring")
        #expect(!triangle.contains(GeoPoint(longitude: -1.0, latitude: 52.63)))
        let bounds = triangle.bounds
        #expect(bounds.minLatitude == 52.62 && bounds.maxLatitude == 52.65 && bounds.minLongitude == -1.15 && bounds.maxLongitude == -1.11)
    }

    // MARK: CrimeCategory and OutcomeCategory

    @Test(
        "the street CSV's crime types give police.uk's slugs, current and historic, in any case",
        arguments: [
            ("Anti-social behaviour", "anti-social-behaviour"), ("Burglary", "burglary"), ("BURGLARY", "burglary"),
            ("Criminal damage and arson", "criminal-damage-arson"), ("Violence and sexual offences", "violent-crime"),
            ("Violent crime", "violent-crime"), ("Public disorder and weapons", "public-disorder-weapons"),
            ("Theft from the person", "theft-from-the-person"), ("Other crime", "other-crime"), ("Fraud and forgery", "fraud-and-forgery"),
        ])
    func crimeTypes(name: String, slug: String) {
        #expect(CrimeCategory(crimeType: name).slug == slug)
    }

    @Test("a crime type police.uk never used keeps its own name; every current name gives its own category back")
    func crimeCategoryNames() {
        let fraud = CrimeCategory(crimeType: "Fraud and forgery")
        #expect(fraud == CrimeCategory(slug: "fraud-and-forgery", name: "Fraud and forgery"))
        #expect(!CrimeCategory.isKnown("fraud-and-forgery") && CrimeCategory.isKnown("public-disorder-weapons") && CrimeCategory.isKnown("all-crime"))
        #expect(CrimeCategory.current.count == 15 && CrimeCategory.current.first == .allCrime)
        for category in CrimeCategory.current.dropFirst() { #expect(CrimeCategory(crimeType: category.name) == category) }
    }

    @Test("a month's category list is police.uk's, all-crime first, plus each other category used once, by slug")
    func categoriesIncluding() {
        #expect(CrimeCategory.categories(including: []) == CrimeCategory.current)
        let used = ["Burglary", "Public disorder and weapons", "Fraud and forgery", "Fraud and forgery", "Anti-social behaviour"]
            .map(CrimeCategory.init(crimeType:))
        let listed = CrimeCategory.categories(including: used)
        #expect(listed.first == .allCrime)
        #expect(Array(listed.prefix(15)) == CrimeCategory.current)
        #expect(listed.dropFirst(15).map(\.slug) == ["fraud-and-forgery", "public-disorder-weapons"])
    }

    @Test("outcome names give police.uk's codes; the CSV's 'Offender given penalty notice' is the penalty notice")
    func outcomes() {
        let penalty = OutcomeCategory(code: "penalty-notice-issued", name: "Offender given a penalty notice")
        #expect(OutcomeCategory(name: "Offender given penalty notice") == penalty)
        #expect(OutcomeCategory(name: "Offender given a penalty notice") == penalty)
        #expect(OutcomeCategory(name: "UNDER INVESTIGATION").code == "under-investigation")
        #expect(OutcomeCategory(name: "Investigation complete; no suspect identified").code == "no-further-action")
        #expect(OutcomeCategory(name: "Something new") == OutcomeCategory(code: "something-new", name: "Something new"))
        #expect(OutcomeCategory.known.count == 28 && Set(OutcomeCategory.known.map(\.code)).count == 28)
    }

    @Test("slugs are lower-case words joined by single hyphens")
    func slugs() {
        #expect(Slug.of("Fraud and forgery") == "fraud-and-forgery")
        #expect(Slug.of("  Devon & Cornwall Police ") == "devon-cornwall-police")
        #expect(Slug.of("--") == "other-crime")
    }

    // MARK: PersistentCrimeID

    static let secret = Array("pledgewatch-test-secret".utf8)
    static let hexID = "320b682511c8a948fd4f2b83c22217b09590065c2c537d0665629280cc6bb589"

    @Test("a police.uk id (64 lowercase hex) is published as it is; none is empty")
    func keptIDs() {
        #expect(PersistentCrimeID.of(crimeID: Self.hexID, force: "leicestershire", secret: Self.secret) == Self.hexID)
        #expect(PersistentCrimeID.of(crimeID: nil, force: "leicestershire", secret: Self.secret) == "")
        #expect(PersistentCrimeID.of(crimeID: "", force: "leicestershire", secret: Self.secret) == "")
        #expect(PersistentCrimeID.isPublished(Self.hexID))
        #expect(!PersistentCrimeID.isPublished(Self.hexID.uppercased()) && !PersistentCrimeID.isPublished(String(Self.hexID.dropLast())))
    }

    @Test("any other id is an HMAC-SHA-256 of force/id with the secret: 64 lowercase hex, keyed by the secret")
    func hashedIDs() {
        let id = PersistentCrimeID.of(crimeID: "LE/2009/00123", force: "leicestershire", secret: Self.secret)
        // Python: hmac.new(b"pledgewatch-test-secret", b"leicestershire/LE/2009/00123", hashlib.sha256).hexdigest()
        #expect(id == "175bbbf5131727829bb6faa199e57eab3bd8f676ba92e5441e3d2d7fa663ff5e")
        #expect(PersistentCrimeID.isPublished(id))
        #expect(PersistentCrimeID.of(crimeID: "LE/2009/00123", force: "leicestershire", secret: Self.secret) == id, "the same every time")
        #expect(PersistentCrimeID.of(crimeID: "LE/2009/00123", force: "leicestershire", secret: Array("another secret".utf8)) != id)
        #expect(PersistentCrimeID.of(crimeID: "LE/2009/00123", force: "rutland", secret: Self.secret) != id)
        // An upper-case police.uk id is not in the published form, so it is hashed too.
        let upper = PersistentCrimeID.of(crimeID: Self.hexID.uppercased(), force: "leicestershire", secret: Self.secret)
        #expect(upper != Self.hexID.uppercased() && PersistentCrimeID.isPublished(upper))
    }
}
