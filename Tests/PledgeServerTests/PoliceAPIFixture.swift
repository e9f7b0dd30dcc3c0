import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PledgeCore
import PledgeImport
import PledgeSQLite
import PledgeServer
import PledgeTestSupport

/// A small, hand-written Leicestershire store for the police.uk-compatible API, built through the real
/// importer, and a live server in front of it on a fixed clock.
///
/// Two neighbourhoods: NC04 "City Centre" (urban, every profile field, a Polygon boundary, a team, meetings
/// and priorities) and RU01 "Melton Rural" (rural, only the required fields, a MultiPolygon boundary).
/// Street crimes for 2009-01 to 2009-03, at points inside the boundaries. Everything is deterministic except
/// the persistent id of the crime with a force's own reference (`localCrimeID`), an HMAC with the store's
/// random secret: it lies in Melton in 2009-02, where no golden file looks.
struct PoliceAPIFixture: Sendable {
    let harness: ImportHarness

    /// The server's (and the importer's) clock: Friday 20 March 2009 at noon (GMT), nine days before the
    /// clocks go forward, so that meetings lie on both sides of it and of the clock change.
    static let now = Instant(secondsSinceEpoch: 1_237_550_400)
    /// Built once for every test that only reads it.
    static let shared = SharedFixture { try PoliceAPIFixture() }

    // MARK: Crime ids

    /// police.uk-style Crime IDs (64 lowercase hex), published as they are.
    static let crimeA = "320b682511c8a948fd4f2b83c22217b09590065c2c537d0665629280cc6bb589"
    static let crimeB = "0fc6cd23c8dcdd1c9eec3c7f4d0c4e16ac8c0709cae34089a12412f4a49ccb32"
    static let crimeC = "0ece6d01a8cc08bcb237690e69547ecaa1164e535b6f1da20bcd9252e8a78cda"
    static let crimeD = "d2b61addc2fd0b584ecafa4be883bf562dce7e9dbfd258c3f908ed756aa3c5dc"
    static let crimeE = "341aca4d878b6342fd8edfefee29fd3a2fcd478beb82b93418606151ce5a6f24"
    static let crimeF = "bea47293398454b15b364bdd5ffc550339dc79a87fb3aefdf6b6db0ac511e73d"
    static let crimeG = "e2affca4bfdc44360cd837b4ad6cfd2664e3ac861cd1017b5b0b06955799f267"
    static let crimeH = "90300b0e11685df72a4a2fcfb0ad59d1e3b336b281b4ae81e5cd741b0cba1fdb"
    static let crimeI = "887f9f288aa809c722e6288fd74f773a85b138eccb18292d1255f911ea8829ad"
    static let crimeJ = "7e682bbb1bb5451635cd18d223c9f0476d3f3b779caa15df9810db70d6efdf3b"
    /// A force's own reference: never published as it is.
    static let localCrimeID = "LE/2009/00123"

    // MARK: Places

    /// A point in the city centre (in the map point of crimes A, B and G), as `lat` and `lng` texts.
    static let cityLatitude = "52.6300", cityLongitude = "-1.1320"
    /// The map point holding crimes A and B (2009-01) and G (2009-03): `AnonymousMapPoint(containing:)` of
    /// their points, worked out by hand from the grid steps (row 38985, column -515).
    static let sharedCellID: Int64 = 21_797_089_485
    /// A small area round crimes A, B and the first anti-social behaviour (but not the second), as `poly`.
    static let smallPoly = "52.628,-1.135:52.628,-1.128:52.634,-1.128:52.634,-1.135"
    /// `smallPoly` as pyrozza sends a list of pairs: repeated numeric `poly` values.
    static let smallPolyRepeated = "poly=52.628&poly=-1.135&poly=52.628&poly=-1.128&poly=52.634&poly=-1.128&poly=52.634&poly=-1.135"
    /// The whole city centre, as `poly`.
    static let cityPoly = "52.62,-1.15:52.62,-1.11:52.65,-1.11:52.65,-1.15"
    /// All of the fixture's crimes with a point (the city and Melton), as `poly`.
    static let countyPoly = "52.5,-1.3:52.5,-0.7:52.9,-0.7:52.9,-1.3"

    /// Every imported crime point (longitude, latitude): none may be published as it is.
    static let importedPoints: [GeoPoint] = crimeRows.compactMap { row in
        let fields = row.split(separator: ",", omittingEmptySubsequences: false)
        guard let longitude = Double(fields[4]), let latitude = Double(fields[5]) else { return nil }
        return GeoPoint(longitude: longitude, latitude: latitude)
    }

    // MARK: Records

    static let neighbourhoodsCSV = """
        force,neighbourhood_id,name,lpu,area_type,base,address,postcode,phone,email,url,latitude,longitude,population,description
        leicestershire,NC04,City Centre,City LPU,urban,Mansfield House,"74 Belgrave Gate, Leicester",LE1 3GG,0116 222 2222,citycentre@leicestershire.police.uk,https://www.leics.police.uk/local-policing/city-centre,52.6368,-1.1336,12345,"<p>The City Centre team covers the shops &amp; the ""Clock Tower"".</p>"
        leicestershire,RU01,Melton Rural,,rural,,,,,,,,,,

        """

    /// NC04 a Polygon with ten-decimal vertices; RU01 a MultiPolygon: a large outline near Melton (five
    /// vertices) and a small triangle to the west.
    static let boundariesGeoJSON = """
        {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"force": "leicestershire", "neighbourhood_id": "NC04"}, "geometry": {"type": "Polygon", "coordinates": [[[-1.1502345678, 52.6201234567], [-1.1150987654, 52.6199876543], [-1.1098765432, 52.6351234567], [-1.1203456789, 52.6482345678], [-1.1487654321, 52.6453456789], [-1.1502345678, 52.6201234567]]]}},
        {"type": "Feature", "properties": {"force": "leicestershire", "neighbourhood_id": "RU01"}, "geometry": {"type": "MultiPolygon", "coordinates": [[[[-1.05, 52.7], [-1.03, 52.7], [-1.04, 52.715], [-1.05, 52.7]]], [[[-0.95, 52.74], [-0.85, 52.74], [-0.84, 52.77], [-0.87, 52.8], [-0.95, 52.8], [-0.95, 52.74]]]]}}
        ]}

        """

    /// In post (with and without contact details), ended, and not yet started on the fixture's day.
    static let teamCSV = """
        force,neighbourhood_id,officer_id,name,rank,bio,email,phone,started_on,ended_on
        leicestershire,NC04,LE1002,Jo Evans,PC,,jo.evans@leicestershire.police.uk,,2007-01-01,2008-12-31
        leicestershire,NC04,LE1001,Sam Patel,Sergeant,<p>Sam has policed the city centre since 2005.</p>,sam.patel@leicestershire.police.uk,07700 900123,2008-04-01,
        leicestershire,NC04,LE1003,Al Khan,PCSO,,,,2009-06-01,
        leicestershire,NC04,LE1004,Chris Lee,PCSO,,,,2008-09-01,

        """

    /// Past (EN1, and EN0 this morning) and upcoming: EN4 before the clocks go forward, EN2 on the day they
    /// do (given in UTC: 19:00 to 20:30 local), EN3 after (given in local time). Listed out of order.
    static let engagementsCSV = """
        engagement_id,force,neighbourhood_id,kind,starts_at,ends_at,title,address,advertised_on,priorities_agreed,attendees
        EN3,leicestershire,NC04,street-briefing,2009-04-15 10:00:00,,Walkabout on Gallowtree Gate,,2009-03-01,,
        EN1,leicestershire,NC04,public-meeting,2009-02-10 19:00:00,2009-02-10 20:30:00,PACT meeting,"Town Hall, Town Hall Square",2009-01-20,true,24
        EN2,leicestershire,NC04,surgery,2009-03-29T18:00:00Z,2009-03-29T19:30:00Z,,"Central Library, Bishop Street",2009-03-01,,
        EN0,leicestershire,NC04,surgery,2009-03-20 09:00:00,2009-03-20 10:00:00,Morning surgery,Haymarket Centre,2009-03-01,,
        EN4,leicestershire,NC04,public-meeting,2009-03-25 18:30:00,2009-03-25 20:00:00,PACT meeting,"Town Hall, Town Hall Square",2009-03-01,,

        """

    /// With and without action; PR2 dated only by the meeting that agreed it; PR3 not yet agreed on the
    /// fixture's day; PR5 with no date at all (not served: strict clients need `issue-date`).
    static let prioritiesCSV = """
        force,neighbourhood_id,priority_id,issue,agreed_on,engagement_id,action,action_on
        leicestershire,NC04,PR1,Street drinking around the Clock Tower,2009-02-10,EN1,Dispersal order and joint patrols,2009-03-01
        leicestershire,NC04,PR2,Cycling on pavements,,EN1,,
        leicestershire,NC04,PR3,Speeding on London Road,2009-04-01,,,
        leicestershire,NC04,PR4,Graffiti in the Lanes,2009-01-05,,,
        leicestershire,NC04,PR5,Noise from late bars,,,,

        """

    static let crimesHeader =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context"

    /// The street CSV's rows. A and B share a map point with different location texts; C has no point; D has
    /// the CSV's spelling of the penalty notice outcome; E a historic category, I one police.uk never listed,
    /// J the old name of violent crime; the local reference and F are in Melton.
    static let crimeRows = [
        "\(crimeA),2009-01,Leicestershire Police,Leicestershire Police,-1.1325,52.6298,On or near Marquis Street,E01013649,Leicester 036A,Burglary,Investigation complete; no suspect identified,",
        "\(crimeB),2009-01,Leicestershire Police,Leicestershire Police,-1.1321,52.6301,On or near Market Place,E01013649,Leicester 036A,Other theft,Unable to prosecute suspect,",
        ",2009-01,Leicestershire Police,Leicestershire Police,-1.1298,52.6328,On or near Shopping Area,E01013650,Leicester 036B,Anti-social behaviour,,",
        ",2009-01,Leicestershire Police,Leicestershire Police,-1.1402,52.6352,On or near Parking Area,E01013651,Leicester 037A,Anti-social behaviour,,",
        "\(crimeC),2009-01,Leicestershire Police,Leicestershire Police,,,No Location,,,Vehicle crime,Under investigation,",
        "\(crimeD),2009-02,Leicestershire Police,Leicestershire Police,-1.1250,52.6380,On or near London Road,E01013652,Leicester 038A,Violence and sexual offences,Offender given penalty notice,",
        "\(crimeE),2009-02,Leicestershire Police,Leicestershire Police,-1.1410,52.6260,On or near Oxford Street,E01013653,Leicester 039A,Public disorder and weapons,Awaiting court outcome,",
        ",2009-02,Leicestershire Police,Leicestershire Police,-1.1298,52.6328,On or near Shopping Area,E01013650,Leicester 036B,Anti-social behaviour,,",
        "\(localCrimeID),2009-02,Leicestershire Police,Leicestershire Police,-0.9000,52.7600,On or near Sherrard Street,E01025866,Melton 004A,Shoplifting,Offender given a caution,",
        "\(crimeF),2009-03,Leicestershire Police,Leicestershire Police,-0.8900,52.7650,On or near Main Street,E01025867,Melton 004B,Criminal damage and arson,Status update unavailable,",
        "\(crimeG),2009-03,Leicestershire Police,Leicestershire Police,-1.1327,52.6299,On or near Marquis Street,E01013649,Leicester 036A,Bicycle theft,,",
        "\(crimeH),2009-03,Leicestershire Police,Leicestershire Police,-1.1360,52.6330,On or near Gravel Street,E01013654,Leicester 040A,Drugs,Local resolution,",
        "\(crimeI),2009-03,Leicestershire Police,Leicestershire Police,-1.1290,52.6345,On or near Belgrave Gate,E01013655,Leicester 041A,Fraud and forgery,Under investigation,",
        "\(crimeJ),2009-03,Leicestershire Police,Leicestershire Police,-1.1210,52.6410,On or near Humberstone Road,E01013656,Leicester 042A,Violent crime,Suspect charged,",
    ]

    static var crimesCSV: String { ([crimesHeader] + crimeRows).joined(separator: "\n") + "\n" }

    /// A new store holding the fixture; every file must import without a rejected row.
    init() throws {
        harness = try ImportHarness(now: Self.now)
        let files = [
            ("neighbourhoods.csv", Self.neighbourhoodsCSV), ("boundaries.geojson", Self.boundariesGeoJSON), ("team.csv", Self.teamCSV),
            ("engagements.csv", Self.engagementsCSV), ("priorities.csv", Self.prioritiesCSV),
            ("2009-leicestershire-street.csv", Self.crimesCSV),
        ]
        for (name, text) in files { try importClean(text, name: name) }
    }

    /// Imports one file, which must go in whole.
    func importClean(_ text: String, name: String) throws {
        let report = try harness.importText(text, name: name)
        guard report.isClean else { throw FixtureError(description: "\(name) did not import cleanly: \(report)") }
    }

    /// Runs `body` with a client of a live server on a free loopback port, on the fixture's clock.
    func withServer(rateLimit: RateLimit? = nil, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await Self.serve(harness.store, rateLimit: rateLimit, body)
    }

    /// Runs `body` against the shared fixture.
    static func withServer(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await shared.value.withServer(body)
    }

    /// Runs `body` with a client of a live server in front of `store`.
    static func serve(
        _ store: SQLiteStore, rateLimit: RateLimit? = nil, _ body: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let app = PledgeServer.application(store: store, port: 0, now: { now }, rateLimit: rateLimit, logger: Logger(label: "test"))
        try await onOwnThreads { try await app.test(.live, body) }
    }
}

/// A set-up step of the fixture that did not go as planned.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
}

/// A police.uk API request and its answer, for tests.
enum PoliceAPI {
    /// GETs `uri`.
    static func get(_ client: any TestClientProtocol, _ uri: String) async throws -> TestResponse {
        try await client.executeRequest(uri: uri, method: .get, headers: [:], body: nil)
    }

    /// POSTs `form` (already form-encoded) to `uri` as `application/x-www-form-urlencoded`.
    static func post(_ client: any TestClientProtocol, _ uri: String, form: String, contentType: String = "application/x-www-form-urlencoded")
        async throws -> TestResponse
    {
        try await client.executeRequest(uri: uri, method: .post, headers: [.contentType: contentType], body: ByteBuffer(string: form))
    }

    /// The body's bytes.
    static func bytes(_ response: TestResponse) -> [UInt8] { Array(response.body.readableBytesView) }

    /// The body's text.
    static func text(_ response: TestResponse) -> String { String(decoding: bytes(response), as: UTF8.self) }

    /// The body parsed as JSON (arrays, dictionaries, strings, NSNumbers, NSNull).
    static func json(_ response: TestResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(bytes(response)), options: [.fragmentsAllowed])
    }

    /// The body as a JSON array of objects.
    static func objects(_ response: TestResponse) throws -> [[String: Any]] {
        guard let list = try json(response) as? [[String: Any]] else { throw FixtureError(description: "not a list of objects: \(text(response))") }
        return list
    }

    /// The body as one JSON object.
    static func object(_ response: TestResponse) throws -> [String: Any] {
        guard let object = try json(response) as? [String: Any] else { throw FixtureError(description: "not an object: \(text(response))") }
        return object
    }

    /// GETs `uri` and reads its body as a JSON list of objects.
    static func list(_ client: any TestClientProtocol, _ uri: String) async throws -> [[String: Any]] { try objects(try await get(client, uri)) }
}
