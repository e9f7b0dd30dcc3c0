import Foundation
import Hummingbird
import HummingbirdTesting
import PledgeCore
import PledgeImport
import PledgeSQLite
import PledgeServer
import PledgeStore
import PledgeTestSupport
import Synchronization
import Testing

/// The police.uk-compatible API's error behaviour (reference §1.1–§1.5), on the hand-written fixture: each
/// case's status, body and content type, and `Access-Control-Allow-Origin: *` on every answer.
@Suite("police.uk API errors")
struct PoliceAPIErrorTests {
    /// What an answer's body must be.
    enum Body: Sendable {
        /// `Not Found` as plain text (unknown force or neighbourhood, locate finding nothing).
        case notFoundText
        /// A 404 whose body the reference gives as empty (see `emptyNotFoundBodies`).
        case notFound
        /// Empty, with no content type (400).
        case empty
        /// `[]` as JSON (200).
        case emptyList
    }

    /// One request and what it must get.
    struct Case: Sendable, CustomTestStringConvertible {
        let uri: String
        let body: Body
        /// A POST body, sent as `contentType`.
        let form: String?
        let contentType: String

        init(_ uri: String, _ body: Body, post form: String? = nil, contentType: String = "application/x-www-form-urlencoded") {
            self.uri = uri
            self.body = body
            self.form = form
            self.contentType = contentType
        }

        var status: HTTPResponse.Status {
            switch body {
            case .notFoundText, .notFound: .notFound
            case .empty: .badRequest
            case .emptyList: .ok
            }
        }

        var testDescription: String { "\(form.map { "POST \(uri) \($0)" } ?? "GET \(uri)") → \(status.code)" }

        func send(_ client: any TestClientProtocol) async throws -> TestResponse {
            if let form { return try await PoliceAPI.post(client, uri, form: form, contentType: contentType) }
            return try await PoliceAPI.get(client, uri)
        }
    }

    static let point = "lat=\(PoliceAPIFixture.cityLatitude)&lng=\(PoliceAPIFixture.cityLongitude)"
    static let cell = PoliceAPIFixture.sharedCellID
    /// A map point of the grid at which no crime was ever published.
    static let emptyCell = AnonymousMapPoint(containing: GeoPoint(longitude: -1.2, latitude: 52.7)).id
    static let twoVertices = "52.62,-1.15:52.65,-1.11"

    static let notFoundCases: [Case] = [
        // Unknown forces (btp is not served as a force), §1.4 row 1.
        Case("/api/forces/atlantis", .notFoundText), Case("/api/forces/btp", .notFoundText),
        Case("/api/forces/atlantis/people", .notFoundText), Case("/api/forces/btp/people", .notFoundText),
        Case("/api/atlantis/neighbourhoods", .notFoundText), Case("/api/btp/neighbourhoods", .notFoundText),
        // Unknown and wrong-case neighbourhoods, on every neighbourhood route.
        Case("/api/leicestershire/ZZ99", .notFoundText), Case("/api/leicestershire/nc04", .notFoundText),
        Case("/api/leicestershire/nc04/boundary", .notFoundText), Case("/api/leicestershire/nc04/people", .notFoundText),
        Case("/api/leicestershire/ZZ99/events", .notFoundText), Case("/api/leicestershire/ZZ99/priorities", .notFoundText),
        Case("/api/atlantis/NC04", .notFoundText),
        // locate-neighbourhood outside coverage or with a malformed q.
        Case("/api/locate-neighbourhood?q=51.5074,-0.1278", .notFoundText), Case("/api/locate-neighbourhood?q=north,west", .notFoundText),
        Case("/api/locate-neighbourhood?q=52.63", .notFoundText), Case("/api/locate-neighbourhood?q=", .notFoundText),
        Case("/api/locate-neighbourhood", .notFoundText),
        // Unknown or upper-cased persistent ids.
        Case("/api/outcomes-for-crime/\(String(repeating: "ab", count: 32))", .notFound),
        Case("/api/outcomes-for-crime/\(PoliceAPIFixture.crimeA.uppercased())", .notFound),
        Case("/api/outcomes-for-crime/abc", .notFound),
        // Unknown location ids on the crime and outcome routes.
        Case("/api/crimes-at-location?location_id=\(emptyCell)&date=2009-01", .notFound),
        Case("/api/crimes-at-location?location_id=1&date=2009-01", .notFound),
        Case("/api/crimes-at-location?location_id=abc", .notFound),
        Case("/api/outcomes-at-location?location_id=\(emptyCell)&date=2009-01", .notFound),
        Case("/api/outcomes-at-location?location_id=abc", .notFound),
        // Unknown forces on the force-wide crime and stop routes (our rule: 404, not 502 or []).
        Case("/api/crimes-no-location?category=all-crime&force=atlantis", .notFound),
        Case("/api/stops-force?force=atlantis", .notFound), Case("/api/stops-no-location?force=atlantis", .notFound),
        // Malformed dates, and a date before the first month, on every route that takes one.
        Case("/api/crimes-street/all-crime?\(point)&date=2026-13", .notFound),
        Case("/api/crimes-street/all-crime?\(point)&date=July2026", .notFound),
        Case("/api/crimes-street/all-crime?\(point)&date=2026-07-15", .notFound),
        Case("/api/crimes-street/all-crime?\(point)&date=2008-12", .notFound),
        Case("/api/crimes-street/all-crime", .notFound, post: "poly=\(PoliceAPIFixture.cityPoly)&date=2026-13"),
        Case("/api/crimes-at-location?location_id=\(cell)&date=July2026", .notFound),
        Case("/api/crimes-no-location?category=all-crime&force=leicestershire&date=2026-07-15", .notFound),
        Case("/api/outcomes-at-location?location_id=\(cell)&date=2008-12", .notFound),
        Case("/api/stops-street?\(point)&date=2026-13", .notFound),
        Case("/api/stops-force?force=leicestershire&date=July2026", .notFound),
        Case("/api/crime-categories?date=2026-13", .notFound),
    ]

    static let emptyListCases: [Case] = [
        // stops-at-location answers an unknown location with an empty list.
        Case("/api/stops-at-location?location_id=999", .emptyList), Case("/api/stops-at-location?location_id=\(emptyCell)", .emptyList),
        // btp is accepted on the force-wide routes; Pledgewatch holds nothing of it.
        Case("/api/crimes-no-location?category=all-crime&force=btp", .emptyList), Case("/api/stops-force?force=btp", .emptyList),
        Case("/api/stops-no-location?force=btp", .emptyList),
        // A month after the latest.
        Case("/api/crimes-street/all-crime?\(point)&date=2009-04", .emptyList),
        Case("/api/crimes-street/all-crime", .emptyList, post: "poly=\(PoliceAPIFixture.cityPoly)&date=2026-07"),
        Case("/api/crimes-at-location?location_id=\(cell)&date=2009-04", .emptyList),
        Case("/api/crimes-no-location?category=all-crime&force=leicestershire&date=2009-04", .emptyList),
        Case("/api/outcomes-at-location?location_id=\(cell)&date=2009-04", .emptyList),
        // A point whose map point has no crimes is no error for crimes-at-location (only an unknown location_id is).
        Case("/api/crimes-at-location?lat=52.7&lng=-1.2&date=2009-01", .emptyList),
        // A point outside coverage (Edinburgh) is an empty list.
        Case("/api/crimes-street/all-crime?lat=55.9533&lng=-3.1883&date=2009-01", .emptyList),
    ]

    static let badRequestCases: [Case] = [
        // Non-numeric lat, half a pair, no location at all.
        Case("/api/crimes-street/all-crime?lat=north&lng=-1.13", .empty), Case("/api/crimes-street/all-crime?lat=52.63", .empty),
        Case("/api/crimes-street/all-crime?lng=-1.13", .empty), Case("/api/crimes-street/all-crime", .empty),
        Case("/api/crimes-street/all-crime?date=2009-01", .empty),
        Case("/api/crimes-street/all-crime?lat=95&lng=0", .empty),
        Case("/api/crimes-at-location", .empty), Case("/api/crimes-at-location?lat=abc&lng=-1.13", .empty),
        Case("/api/outcomes-at-location", .empty), Case("/api/outcomes-at-location?lat=52.63", .empty),
        Case("/api/stops-street", .empty), Case("/api/stops-street?lat=x&lng=y", .empty), Case("/api/stops-at-location", .empty),
        // Malformed and two-vertex polygons, GET and POST (the reference's rule: 400 for both).
        Case("/api/crimes-street/all-crime?poly=52.6,-1.1:abc&date=2009-01", .empty),
        Case("/api/crimes-street/all-crime?poly=52.6;-1.1;52.7;-1.2;52.6;-1.2", .empty),
        Case("/api/crimes-street/all-crime?poly=\(twoVertices)", .empty),
        Case("/api/crimes-street/all-crime?poly=52.62&poly=-1.15&poly=52.65", .empty),
        Case("/api/outcomes-at-location?poly=\(twoVertices)", .empty), Case("/api/outcomes-at-location?poly=52.6,-1.1,52.7:52.6", .empty),
        Case("/api/stops-street?poly=\(twoVertices)", .empty),
        Case("/api/crimes-street/all-crime", .empty, post: "poly=52.6,-1.1:abc"),
        Case("/api/crimes-street/all-crime", .empty, post: "poly=\(twoVertices)"),
        Case("/api/outcomes-at-location", .empty, post: "poly=\(twoVertices)"),
        Case("/api/stops-street", .empty, post: "poly=nonsense"),
        // A JSON POST body.
        Case("/api/crimes-street/all-crime", .empty, post: #"{"poly": "\#(PoliceAPIFixture.cityPoly)"}"#, contentType: "application/json"),
        Case("/api/outcomes-at-location", .empty, post: #"{"poly": "\#(PoliceAPIFixture.cityPoly)"}"#, contentType: "application/json"),
        Case("/api/stops-street", .empty, post: #"{"lat": 52.63, "lng": -1.13}"#, contentType: "application/json"),
    ]

    @Test(
        "each error case answers with its status, body and content type, and allows any origin",
        arguments: notFoundCases + emptyListCases + badRequestCases)
    func errorCase(_ errorCase: Case) async throws {
        try await PoliceAPIFixture.withServer { client in
            let response = try await errorCase.send(client)
            #expect(response.status == errorCase.status)
            #expect(response.headers[.accessControlAllowOrigin] == "*")
            let text = PoliceAPI.text(response)
            switch errorCase.body {
            case .notFoundText:
                #expect(text == "Not Found")
                #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
            case .notFound:
                break  // the body is checked by emptyNotFoundBodies
            case .empty:
                #expect(text.isEmpty)
                #expect(response.headers[.contentType] == nil)
            case .emptyList:
                #expect(text == "[]")
                #expect(response.headers[.contentType] == "application/json")
            }
        }
    }

    /// §1.4 gives an empty body for these 404s: only an unknown force or neighbourhood, and locate finding
    /// nothing, answer `Not Found` as text.
    @Test("404s for unknown crimes, locations, date and the force-wide routes have an empty body (§1.4)")
    func emptyNotFoundBodies() async throws {
        try await PoliceAPIFixture.withServer { client in
            var withBody: [String] = []
            for errorCase in Self.notFoundCases where errorCase.body == .notFound {
                let response = try await errorCase.send(client)
                #expect(response.status == .notFound, "\(errorCase.testDescription)")
                if !PoliceAPI.text(response).isEmpty { withBody.append("\(errorCase.testDescription): \(PoliceAPI.text(response).debugDescription)") }
            }
            #expect(withBody.isEmpty, "\(withBody.count) of these 404s have a body:\n\(withBody.joined(separator: "\n"))")
        }
    }

    @Test("an unknown category slug gives every crime, as all-crime does")
    func unknownCategory() async throws {
        try await PoliceAPIFixture.withServer { client in
            let all = try await PoliceAPI.get(client, "/api/crimes-street/all-crime?\(Self.point)&date=2009-01")
            let unknown = try await PoliceAPI.get(client, "/api/crimes-street/no-such-category?\(Self.point)&date=2009-01")
            #expect(unknown.status == .ok && PoliceAPI.bytes(unknown) == PoliceAPI.bytes(all))
            #expect(try PoliceAPI.objects(all).count == 4)
            let base = "/api/crimes-no-location?force=leicestershire&date=2009-01&category="
            let allNowhere = try await PoliceAPI.get(client, base + "all-crime")
            let unknownNowhere = try await PoliceAPI.get(client, base + "nonsense")
            #expect(unknownNowhere.status == .ok && PoliceAPI.bytes(unknownNowhere) == PoliceAPI.bytes(allNowhere))
            // A known category with no crimes that month is an empty list, not every crime.
            let none = try await PoliceAPI.get(client, "/api/crimes-street/robbery?\(Self.point)&date=2009-01")
            #expect(none.status == .ok && PoliceAPI.text(none) == "[]")
        }
    }

    @Test("repeated numeric poly values (pyrozza) are paired as lat,lng")
    func repeatedPoly() async throws {
        try await PoliceAPIFixture.withServer { client in
            let string = try await PoliceAPI.get(client, "/api/outcomes-at-location?poly=\(PoliceAPIFixture.smallPoly)&date=2009-01")
            let repeated = try await PoliceAPI.get(client, "/api/outcomes-at-location?\(PoliceAPIFixture.smallPolyRepeated)&date=2009-01")
            #expect(repeated.status == .ok && PoliceAPI.bytes(repeated) == PoliceAPI.bytes(string))
            #expect(try PoliceAPI.objects(repeated).count == 2)
        }
    }

    @Test(
        "a trailing slash is accepted",
        arguments: [
            "/api/forces", "/api/forces/leicestershire", "/api/leicestershire/neighbourhoods", "/api/leicestershire/NC04",
            "/api/leicestershire/NC04/boundary", "/api/crime-categories", "/api/crimes-street/all-crime?\(point)&date=2009-01",
        ])
    func trailingSlash(_ uri: String) async throws {
        let parts = uri.split(separator: "?", maxSplits: 1)
        let slashed = parts[0] + "/" + (parts.count > 1 ? "?" + parts[1] : "")
        try await PoliceAPIFixture.withServer { client in
            let plain = try await PoliceAPI.get(client, uri)
            let withSlash = try await PoliceAPI.get(client, String(slashed))
            #expect(plain.status == .ok && withSlash.status == .ok)
            #expect(PoliceAPI.bytes(withSlash) == PoliceAPI.bytes(plain))
        }
    }

    @Test("path segments are percent-decoded (§1.5)")
    func percentDecodedPath() async throws {
        try await PoliceAPIFixture.withServer { client in
            let plain = try await PoliceAPI.get(client, "/api/leicestershire/NC04")
            let encoded = try await PoliceAPI.get(client, "/api/leicestershire/%4EC04")
            #expect(encoded.status == .ok)
            #expect(PoliceAPI.text(encoded) == PoliceAPI.text(plain))
        }
    }

    @Test("locate-neighbourhood tolerates a space after the comma")
    func locateWithSpace() async throws {
        try await PoliceAPIFixture.withServer { client in
            for q in ["52.6300,%20-1.1320", "52.6300,+-1.1320"] {
                let response = try await PoliceAPI.get(client, "/api/locate-neighbourhood?q=\(q)")
                #expect(response.status == .ok && PoliceAPI.text(response) == #"{"force":"leicestershire","neighbourhood":"NC04"}"#, "\(q)")
            }
        }
    }

    @Test("HTTP Basic credentials and unknown parameters are ignored")
    func ignored() async throws {
        try await PoliceAPIFixture.withServer { client in
            let plain = try await PoliceAPI.get(client, "/api/crimes-street/all-crime?\(Self.point)&date=2009-01")
            let extra = try await client.executeRequest(
                uri: "/api/crimes-street/all-crime?\(Self.point)&date=2009-01&key=abc&format=json", method: .get,
                headers: [.authorization: "Basic dXNlcjpwYXNz"], body: nil)
            #expect(extra.status == .ok && PoliceAPI.bytes(extra) == PoliceAPI.bytes(plain))
            // A misspelt date key is no date: the latest month.
            let misspelt = try await PoliceAPI.get(client, "/api/crimes-street/all-crime?\(Self.point)&data=2009-01")
            let latest = try await PoliceAPI.get(client, "/api/crimes-street/all-crime?\(Self.point)&date=2009-03")
            #expect(PoliceAPI.bytes(misspelt) == PoliceAPI.bytes(latest))
        }
    }
}

/// A store with nothing imported: every route still answers in the API's manner, never with a server error.
@Suite("police.uk API on an empty store")
struct PoliceAPIEmptyStoreTests {
    @Test("every route answers below 500, lists as JSON lists")
    func emptyStore() async throws {
        let harness = try ImportHarness(now: PoliceAPIFixture.now)
        let point = "lat=52.63&lng=-1.13"
        let lists = [
            "/api/forces", "/api/forces/leicestershire/people", "/api/leicestershire/neighbourhoods", "/api/crime-categories",
            "/api/crimes-street-dates", "/api/crimes-street/all-crime?\(point)", "/api/crimes-street/all-crime?\(point)&date=2009-01",
            "/api/crimes-no-location?category=all-crime&force=leicestershire", "/api/outcomes-at-location?\(point)",
            "/api/stops-street?\(point)", "/api/stops-force?force=leicestershire",
        ]
        let others = [
            "/api/forces/leicestershire", "/api/crime-last-updated", "/api/leicestershire/NC04", "/api/locate-neighbourhood?q=52.63,-1.13",
            "/api/crimes-at-location?location_id=\(PoliceAPIFixture.sharedCellID)", "/api/outcomes-for-crime/\(PoliceAPIFixture.crimeA)",
        ]
        try await PoliceAPIFixture.serve(harness.store) { client in
            for uri in lists {
                let response = try await PoliceAPI.get(client, uri)
                #expect(response.status == .ok && PoliceAPI.text(response).hasPrefix("["), "\(uri): \(response.status)")
            }
            for uri in others {
                let response = try await PoliceAPI.get(client, uri)
                #expect(response.status.code < 500, "\(uri): \(response.status)")
            }
        }
    }
}

/// The per-client rate limit (§1.3), through a live server.
@Suite("police.uk API rate limit")
struct PoliceAPIRateLimitTests {
    @Test("beyond the burst a client gets 429 with an empty body and Retry-After: 1; other pages are not limited")
    func limited() async throws {
        let fixture = try await PoliceAPIFixture.shared.value
        // The bucket drains one request in 1,000 s, so however slowly the machine runs these four requests
        // (once 1 s apart, on a loaded CI machine) the fourth still finds it full.
        try await fixture.withServer(rateLimit: RateLimit(rate: 0.001, burst: 3)) { client in
            for _ in 0..<3 {
                let response = try await PoliceAPI.get(client, "/api/forces")
                #expect(response.status == .ok)
            }
            let refused = try await PoliceAPI.get(client, "/api/forces")
            #expect(refused.status == .tooManyRequests)
            #expect(PoliceAPI.text(refused).isEmpty)
            #expect(refused.headers[.retryAfter] == "1")
            #expect(refused.headers[.accessControlAllowOrigin] == "*")
            #expect(try await PoliceAPI.get(client, "/health").status == .ok)
        }
    }

    @Test("with no limit, a quick run of requests is never refused")
    func unlimited() async throws {
        let fixture = try await PoliceAPIFixture.shared.value
        try await fixture.withServer(rateLimit: nil) { client in
            for _ in 0..<60 {
                let response = try await PoliceAPI.get(client, "/api/forces")
                #expect(response.status == .ok)
            }
        }
    }
}

/// The published id of a crime whose Crime ID is a force's own reference (`LE/2009/00123`): an HMAC with the
/// store's secret, so never in a golden file.
@Suite("police.uk API: persistent ids of local crime references")
struct PoliceAPILocalCrimeIDTests {
    /// The published id of the fixture's local crime reference, read from the street route.
    static func localPersistentID(_ client: any TestClientProtocol) async throws -> String {
        let crimes = try await PoliceAPI.list(client, "/api/crimes-street/all-crime?poly=\(PoliceAPIFixture.countyPoly)&date=2009-02")
        let crime = try #require(crimes.first { $0["category"] as? String == "shoplifting" })
        return try #require(crime["persistent_id"] as? String)
    }

    @Test("it is 64 lowercase hex, not the reference, stable across re-imports and reopening, and finds the crime")
    func localReference() async throws {
        let fixture = try PoliceAPIFixture()
        let published = LockedList()
        try await fixture.withServer { client in
            let id = try await Self.localPersistentID(client)
            #expect(PersistentCrimeID.isPublished(id), "\(id)")
            #expect(id != PoliceAPIFixture.localCrimeID && !id.contains("00123"))
            let found = try await PoliceAPI.get(client, "/api/outcomes-for-crime/\(id)")
            #expect(found.status == .ok)
            let body = try PoliceAPI.object(found)
            let crime = try #require(body["crime"] as? [String: Any])
            #expect(crime["persistent_id"] as? String == id && crime["category"] as? String == "shoplifting")
            let outcomes = try #require(body["outcomes"] as? [[String: Any]])
            #expect((outcomes.first?["category"] as? [String: Any])?["code"] as? String == "cautioned")
            #expect(!PoliceAPI.text(found).contains(PoliceAPIFixture.localCrimeID.replacingOccurrences(of: "/", with: "\\/")))
            #expect(!PoliceAPI.text(found).contains(PoliceAPIFixture.localCrimeID))
            #expect(try await PoliceAPI.get(client, "/api/outcomes-for-crime/\(id.uppercased())").status == .notFound)
            // The raw reference finds nothing: it is not a published id.
            let raw = PoliceAPIFixture.localCrimeID.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            #expect(try await PoliceAPI.get(client, "/api/outcomes-for-crime/\(raw)").status == .notFound)
            published.append(id)
        }
        let again = try fixture.harness.importText(PoliceAPIFixture.crimesCSV, name: "2009-leicestershire-street.csv")
        #expect(again.isClean && again.counts.unchanged == PoliceAPIFixture.crimeRows.count)
        let reopened = try SQLiteStore(path: fixture.harness.databasePath)
        let expected = try #require(published.values.first)
        try await PoliceAPIFixture.serve(reopened) { client in
            let id = try await Self.localPersistentID(client)
            let found = try await PoliceAPI.get(client, "/api/outcomes-for-crime/\(expected)")
            #expect(id == expected && found.status == .ok)
        }
    }

    @Test("another store, with its own secret, publishes another id for the same reference")
    func secretMatters() async throws {
        let ids = LockedList()
        for _ in 0..<2 {
            try await PoliceAPIFixture().withServer { client in ids.append(try await Self.localPersistentID(client)) }
        }
        let both = ids.values
        #expect(both.count == 2 && both[0] != both[1])
    }
}

/// A list that concurrent code can append to.
final class LockedList: Sendable {
    private let items = Mutex<[String]>([])

    func append(_ item: String) { items.withLock { $0.append(item) } }
    var values: [String] { items.withLock { $0 } }
}

/// The 10,000-result limit (§1.2) on a throwaway store: 10,000 crimes with outcomes in four map points of
/// the city centre, and one more about 900 m north.
@Suite("police.uk API result limit")
struct PoliceAPIResultLimitTests {
    static let store = SharedFixture { try LimitStore() }

    /// The store, built once.
    struct LimitStore: Sendable {
        let harness: ImportHarness

        init() throws {
            harness = try ImportHarness(now: PoliceAPIFixture.now)
            var text = PoliceAPIFixture.crimesHeader + "\n"
            text.reserveCapacity(10_001 * 160)
            for index in 0...10_000 {
                let id = String(repeating: "0", count: 56) + String(format: "%08x", index)
                let (latitude, longitude) =
                    index == 10_000 ? (52.6408, -1.13) : (52.63 + Double(index % 2) * 0.0014, -1.13 + Double(index / 2 % 2) * 0.0023)
                text += "\(id),2009-01,Leicestershire Police,Leicestershire Police,\(longitude),\(latitude),"
                text += "On or near Somewhere,,,Burglary,Under investigation,\n"
            }
            let report = try harness.importText(text, name: "many-street.csv")
            guard report.isClean, report.counts.inserted == 10_001 else { throw FixtureError(description: "the big import failed: \(report)") }
        }
    }

    /// A polygon round the four busy map points only, and one round them and the crime to the north.
    static let busyPoly = "52.628,-1.133:52.628,-1.125:52.634,-1.125:52.634,-1.133"
    static let widePoly = "52.62,-1.14:52.62,-1.12:52.645,-1.12:52.645,-1.14"

    @Test("more than 10,000 crimes or outcomes in an area is a 503 with an empty body and no Retry-After; 10,000 is served")
    func limit() async throws {
        let store = try await Self.store.value
        try await PoliceAPIFixture.serve(store.harness.store) { client in
            let refused: [(String, String?)] = [
                ("/api/crimes-street/all-crime?lat=52.63&lng=-1.13&date=2009-01", nil),
                ("/api/crimes-street/all-crime?poly=\(Self.widePoly)&date=2009-01", nil),
                ("/api/crimes-street/all-crime", "poly=\(Self.widePoly)&date=2009-01"),
                ("/api/outcomes-at-location?lat=52.63&lng=-1.13&date=2009-01", nil),
                ("/api/outcomes-at-location?poly=\(Self.widePoly)&date=2009-01", nil),
                ("/api/outcomes-at-location", "poly=\(Self.widePoly)"),
            ]
            for (uri, form) in refused {
                let response = if let form { try await PoliceAPI.post(client, uri, form: form) } else { try await PoliceAPI.get(client, uri) }
                #expect(response.status == .serviceUnavailable, "\(uri) \(form ?? "")")
                #expect(PoliceAPI.text(response).isEmpty && response.headers[.retryAfter] == nil, "\(uri)")
                #expect(response.headers[.accessControlAllowOrigin] == "*")
            }
            for route in ["crimes-street/all-crime", "outcomes-at-location"] {
                let served = try await PoliceAPI.get(client, "/api/\(route)?poly=\(Self.busyPoly)&date=2009-01")
                #expect(served.status == .ok, "\(route)")
                #expect(try PoliceAPI.objects(served).count == 10_000, "\(route)")
            }
        }
    }
}
