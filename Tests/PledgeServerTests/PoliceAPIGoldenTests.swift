import Foundation
import Hummingbird
import HummingbirdTesting
import PledgeCore
import Testing

/// Every route of the police.uk-compatible API (reference §2, rows 1–22) on the hand-written fixture,
/// each answer compared byte for byte with a reviewed file in `PoliceAPIGolden/`. After an intended change,
/// record them again with PLEDGEWATCH_RECORD_SNAPSHOTS=1 and review the diff against the reference's §3.
@Suite("police.uk API golden files")
struct PoliceAPIGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("PoliceAPIGolden")

    /// One request and the golden file its answer must equal: a GET, or a form POST when `form` is given.
    struct Exchange: Sendable, CustomTestStringConvertible {
        let name: String
        let uri: String
        let form: String?

        init(_ name: String, _ uri: String, post form: String? = nil) {
            self.name = name
            self.uri = uri
            self.form = form
        }

        var testDescription: String { "\(form == nil ? "GET" : "POST") \(uri) → \(name).json" }

        func send(_ client: any TestClientProtocol) async throws -> TestResponse {
            if let form { return try await PoliceAPI.post(client, uri, form: form) }
            return try await PoliceAPI.get(client, uri)
        }
    }

    static let point = "lat=\(PoliceAPIFixture.cityLatitude)&lng=\(PoliceAPIFixture.cityLongitude)"
    static let cell = PoliceAPIFixture.sharedCellID
    /// `cityPoly` form-encoded as requests encodes it (`:` and `,` escaped).
    static let cityPolyForm = PoliceAPIFixture.cityPoly.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")

    static let exchanges: [Exchange] = [
        // 1–4: forces and neighbourhood lists.
        Exchange("forces", "/api/forces"),
        Exchange("force", "/api/forces/leicestershire"),
        Exchange("force-people", "/api/forces/leicestershire/people"),
        Exchange("neighbourhoods", "/api/leicestershire/neighbourhoods"),
        // 5–9: one neighbourhood, full and minimal.
        Exchange("neighbourhood-NC04", "/api/leicestershire/NC04"),
        Exchange("neighbourhood-RU01", "/api/leicestershire/RU01"),
        Exchange("boundary-NC04-polygon", "/api/leicestershire/NC04/boundary"),
        Exchange("boundary-RU01-multipolygon", "/api/leicestershire/RU01/boundary"),
        Exchange("people-NC04", "/api/leicestershire/NC04/people"),
        Exchange("people-RU01", "/api/leicestershire/RU01/people"),
        Exchange("events-NC04", "/api/leicestershire/NC04/events"),
        Exchange("events-RU01", "/api/leicestershire/RU01/events"),
        Exchange("priorities-NC04", "/api/leicestershire/NC04/priorities"),
        Exchange("priorities-RU01", "/api/leicestershire/RU01/priorities"),
        // 10: locate, in a Polygon and in the small part of a MultiPolygon.
        Exchange("locate-NC04", "/api/locate-neighbourhood?q=\(PoliceAPIFixture.cityLatitude),\(PoliceAPIFixture.cityLongitude)"),
        Exchange("locate-RU01-second-polygon", "/api/locate-neighbourhood?q=52.705,-1.04"),
        // 11–13: categories, last update, availability.
        Exchange("crime-categories", "/api/crime-categories"),
        Exchange("crime-categories-2009-01", "/api/crime-categories?date=2009-01"),
        Exchange("crime-categories-2009-02", "/api/crime-categories?date=2009-02"),
        Exchange("crime-last-updated", "/api/crime-last-updated"),
        Exchange("crimes-street-dates", "/api/crimes-street-dates"),
        // 14: street crimes by point (date omitted and given), category, polygon (GET and POST), location id.
        Exchange("crimes-street-point-latest", "/api/crimes-street/all-crime?\(point)"),
        Exchange("crimes-street-point-2009-01", "/api/crimes-street/all-crime?\(point)&date=2009-01"),
        Exchange("crimes-street-burglary-2009-01", "/api/crimes-street/burglary?\(point)&date=2009-01"),
        Exchange("crimes-street-violent-crime-2009-03", "/api/crimes-street/violent-crime?\(point)&date=2009-03"),
        Exchange("crimes-street-poly-2009-01", "/api/crimes-street/all-crime?poly=\(PoliceAPIFixture.smallPoly)&date=2009-01"),
        Exchange("crimes-street-poly-post-2009-02", "/api/crimes-street/all-crime", post: "poly=\(cityPolyForm)&date=2009-02"),
        Exchange("crimes-street-location-2009-01", "/api/crimes-street/all-crime?location_id=\(cell)&date=2009-01"),
        // 15–16: crimes at a map point (by id and by a point it holds) and without a location.
        Exchange("crimes-at-location-id-2009-01", "/api/crimes-at-location?location_id=\(cell)&date=2009-01"),
        Exchange("crimes-at-location-point-2009-03", "/api/crimes-at-location?\(point)&date=2009-03"),
        Exchange("crimes-no-location-2009-01", "/api/crimes-no-location?category=all-crime&force=leicestershire&date=2009-01"),
        Exchange("crimes-no-location-vehicle-crime-2009-01", "/api/crimes-no-location?category=vehicle-crime&force=leicestershire&date=2009-01"),
        Exchange("crimes-no-location-latest", "/api/crimes-no-location?category=all-crime&force=leicestershire"),
        // 17–18: outcomes.
        Exchange("outcomes-at-location-id-2009-01", "/api/outcomes-at-location?location_id=\(cell)&date=2009-01"),
        Exchange("outcomes-at-location-point-2009-02", "/api/outcomes-at-location?\(point)&date=2009-02"),
        Exchange("outcomes-at-location-poly-latest", "/api/outcomes-at-location?poly=\(PoliceAPIFixture.cityPoly)"),
        Exchange("outcomes-at-location-poly-post-2009-01", "/api/outcomes-at-location", post: "poly=\(cityPolyForm)&date=2009-01"),
        Exchange("outcomes-for-crime-A", "/api/outcomes-for-crime/\(PoliceAPIFixture.crimeA)"),
        Exchange("outcomes-for-crime-G-no-outcome", "/api/outcomes-for-crime/\(PoliceAPIFixture.crimeG)"),
        Exchange("outcomes-for-crime-C-no-location", "/api/outcomes-for-crime/\(PoliceAPIFixture.crimeC)"),
        // 19–22: stop and search (none imported: empty lists).
        Exchange("stops-street-point", "/api/stops-street?\(point)&date=2009-01"),
        Exchange("stops-street-poly-post", "/api/stops-street", post: "poly=\(cityPolyForm)"),
        Exchange("stops-at-location", "/api/stops-at-location?location_id=\(cell)&date=2009-01"),
        Exchange("stops-no-location", "/api/stops-no-location?force=leicestershire&date=2009-01"),
        Exchange("stops-force", "/api/stops-force?force=leicestershire&date=2009-01"),
    ]

    @Test("every route's JSON is as reviewed", arguments: exchanges)
    func golden(_ exchange: Exchange) async throws {
        let record = ProcessInfo.processInfo.environment["PLEDGEWATCH_RECORD_SNAPSHOTS"] == "1"
        try await PoliceAPIFixture.withServer { client in
            let response = try await exchange.send(client)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            #expect(response.headers[.accessControlAllowOrigin] == "*")
            let bytes = PoliceAPI.bytes(response)
            #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil, "not JSON: \(PoliceAPI.text(response))")
            let file = Self.folder.appendingPathComponent("\(exchange.name).json")
            if record {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try Data(bytes).write(to: file)
            }
            let recorded = try [UInt8](Data(contentsOf: file))
            let same = bytes == recorded
            #expect(
                same,
                """
                \(exchange.uri) differs from PoliceAPIGolden/\(exchange.name).json
                served:   \(PoliceAPI.text(response))
                recorded: \(String(decoding: recorded, as: UTF8.self))
                """)
        }
    }

    @Test(
        "every golden file belongs to a route checked here", .disabled(if: ProcessInfo.processInfo.environment["PLEDGEWATCH_RECORD_SNAPSHOTS"] == "1")
    )
    func noStrayGoldens() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }
        #expect(Set(files) == Set(Self.exchanges.map { "\($0.name).json" }))
    }
}

/// What the golden files must show, checked against the fixture itself, so that a wrong golden cannot be
/// recorded unnoticed.
@Suite("police.uk API answers on the fixture")
struct PoliceAPIFixtureTests {
    static let months = ["2009-01", "2009-02", "2009-03"]

    /// Every crime with a point in `month`, from a polygon round the whole fixture.
    static func placedCrimes(_ client: any TestClientProtocol, _ month: String) async throws -> [[String: Any]] {
        try await PoliceAPI.list(client, "/api/crimes-street/all-crime?poly=\(PoliceAPIFixture.countyPoly)&date=\(month)")
    }

    @Test("crimes are published at map-point centres as 6-decimal strings, never at their imported coordinates")
    func anonymousPoints() async throws {
        try await PoliceAPIFixture.withServer { client in
            var published = 0
            for month in Self.months {
                for crime in try await Self.placedCrimes(client, month) {
                    published += 1
                    let location = try #require(crime["location"] as? [String: Any])
                    let latitudeText = try #require(location["latitude"] as? String), longitudeText = try #require(location["longitude"] as? String)
                    #expect(latitudeText.split(separator: ".").last?.count == 6 && longitudeText.split(separator: ".").last?.count == 6)
                    let point = GeoPoint(longitude: try #require(Double(longitudeText)), latitude: try #require(Double(latitudeText)))
                    #expect(!PoliceAPIFixture.importedPoints.contains(point), "\(crime) is published where it was recorded")
                    // …yet near it: within half a grid step of an imported point of that month.
                    let near = PoliceAPIFixture.importedPoints.contains {
                        abs($0.latitude - point.latitude) <= AnonymousMapPoint.latitudeStep / 2 + 1e-9
                            && abs($0.longitude - point.longitude) <= AnonymousMapPoint.longitudeStep / 2 + 1e-9
                    }
                    #expect(near, "\(crime)")
                    let street = try #require(location["street"] as? [String: Any])
                    #expect(street["id"] is Int && (street["name"] as? String)?.hasPrefix("On or near ") == true, "\(street)")
                    #expect(crime["id"] is Int && crime["location_type"] as? String == "Force" && crime["context"] as? String == "")
                }
            }
            #expect(published == PoliceAPIFixture.importedPoints.count)
        }
    }

    @Test("two crimes in one map point share its street id and one name, and the id finds them again")
    func sharedMapPoint() async throws {
        try await PoliceAPIFixture.withServer { client in
            let crimes = try await PoliceAPI.list(client, "/api/crimes-street/all-crime?poly=\(PoliceAPIFixture.smallPoly)&date=2009-01")
            let pair = crimes.filter { [PoliceAPIFixture.crimeA, PoliceAPIFixture.crimeB].contains($0["persistent_id"] as? String) }
            try #require(pair.count == 2)
            let streets = try pair.map { try #require(($0["location"] as? [String: Any])?["street"] as? [String: Any]) }
            #expect(streets[0]["id"] as? Int == streets[1]["id"] as? Int)
            #expect(streets[0]["id"] as? Int == Int(PoliceAPIFixture.sharedCellID))
            #expect(streets[0]["name"] as? String == streets[1]["name"] as? String)
            // The tie between the two location texts goes to the first by name.
            #expect(streets[0]["name"] as? String == "On or near Market Place")
            let again = try await PoliceAPI.list(client, "/api/crimes-at-location?location_id=\(PoliceAPIFixture.sharedCellID)&date=2009-01")
            #expect(Set(again.compactMap { $0["persistent_id"] as? String }) == [PoliceAPIFixture.crimeA, PoliceAPIFixture.crimeB])
            // The small polygon holds the first anti-social behaviour's map point but not the second's.
            #expect(crimes.count == 3 && crimes.filter { $0["category"] as? String == "anti-social-behaviour" }.count == 1)
        }
    }

    @Test("a map point has the same name on every route for the same month")
    func oneNamePerMapPoint() async throws {
        try await PoliceAPIFixture.withServer { client in
            func street(_ crime: [String: Any]?) -> [String: Any]? { (crime?["location"] as? [String: Any])?["street"] as? [String: Any] }
            let listed = try await PoliceAPI.list(client, "/api/crimes-street/all-crime?poly=\(PoliceAPIFixture.smallPoly)&date=2009-01")
            let inList = try #require(street(listed.first { $0["persistent_id"] as? String == PoliceAPIFixture.crimeA }))
            let alone = try PoliceAPI.object(try await PoliceAPI.get(client, "/api/outcomes-for-crime/\(PoliceAPIFixture.crimeA)"))
            let inOutcomes = try #require(street(alone["crime"] as? [String: Any]))
            #expect(inOutcomes["id"] as? Int == inList["id"] as? Int)
            // outcomes-for-crime must not name the map point by this one crime's own location text.
            #expect(inOutcomes["name"] as? String == inList["name"] as? String)
        }
    }

    @Test("persistent ids are police.uk's 64 hex characters (empty for anti-social behaviour), outcomes null for it")
    func persistentIDs() async throws {
        try await PoliceAPIFixture.withServer { client in
            for month in Self.months {
                for crime in try await Self.placedCrimes(client, month) {
                    let id = try #require(crime["persistent_id"] as? String)
                    if crime["category"] as? String == "anti-social-behaviour" {
                        #expect(id == "" && crime["outcome_status"] is NSNull)
                    } else {
                        #expect(PersistentCrimeID.isPublished(id), "\(crime)")
                    }
                }
            }
        }
    }

    @Test("every category a month's crimes use is in that month's category list, all-crime first")
    func categoriesCoverCrimes() async throws {
        try await PoliceAPIFixture.withServer { client in
            for month in Self.months {
                let listed = try await PoliceAPI.list(client, "/api/crime-categories?date=\(month)").compactMap { $0["url"] as? String }
                #expect(listed.first == "all-crime")
                var used = Set(try await Self.placedCrimes(client, month).compactMap { $0["category"] as? String })
                let unplaced = try await PoliceAPI.list(client, "/api/crimes-no-location?category=all-crime&force=leicestershire&date=\(month)")
                used.formUnion(unplaced.compactMap { $0["category"] as? String })
                #expect(used.isSubset(of: Set(listed)), "\(month): \(used.subtracting(listed))")
            }
            let march = try await PoliceAPI.list(client, "/api/crime-categories?date=2009-03").compactMap { $0["url"] as? String }
            #expect(march.contains("fraud-and-forgery") && !march.contains("public-disorder-weapons"))
            let february = try await PoliceAPI.list(client, "/api/crime-categories?date=2009-02").compactMap { $0["url"] as? String }
            #expect(february.contains("public-disorder-weapons"))
            let violent = try await PoliceAPI.list(client, "/api/crimes-street/violent-crime?\(PoliceAPIGoldenTests.point)&date=2009-03")
            #expect(violent.compactMap { $0["persistent_id"] as? String } == [PoliceAPIFixture.crimeJ], "the old name Violent crime is violent-crime")
        }
    }

    @Test("a crime keeps the CSV's penalty-notice wording; the outcome routes give police.uk's code and name")
    func penaltyNotice() async throws {
        try await PoliceAPIFixture.withServer { client in
            let crimes = try await Self.placedCrimes(client, "2009-02")
            let crime = try #require(crimes.first { $0["persistent_id"] as? String == PoliceAPIFixture.crimeD })
            let status = try #require(crime["outcome_status"] as? [String: Any])
            #expect(status["category"] as? String == "Offender given penalty notice" && status["date"] as? String == "2009-02")
            let outcomes = try await PoliceAPI.list(client, "/api/outcomes-at-location?poly=\(PoliceAPIFixture.cityPoly)&date=2009-02")
            let outcome = try #require(outcomes.first { ($0["crime"] as? [String: Any])?["persistent_id"] as? String == PoliceAPIFixture.crimeD })
            let category = try #require(outcome["category"] as? [String: Any])
            #expect(category["code"] as? String == "penalty-notice-issued" && category["name"] as? String == "Offender given a penalty notice")
            #expect(outcome["person_id"] is NSNull)
            let inner = try #require(outcome["crime"] as? [String: Any])
            #expect(inner["outcome_status"] == nil && inner["location"] is [String: Any] && inner["location_type"] as? String == "Force")
            let forCrime = try PoliceAPI.object(try await PoliceAPI.get(client, "/api/outcomes-for-crime/\(PoliceAPIFixture.crimeD)"))
            let listed = try #require(forCrime["outcomes"] as? [[String: Any]])
            #expect((listed.first?["category"] as? [String: Any])?["code"] as? String == "penalty-notice-issued")
            let none = try PoliceAPI.object(try await PoliceAPI.get(client, "/api/outcomes-for-crime/\(PoliceAPIFixture.crimeG)"))
            #expect((none["outcomes"] as? [Any])?.isEmpty == true, "no outcome is an empty list, not null")
        }
    }

    @Test("a form POST of a polygon answers as the GET with the same polygon; repeated numeric poly values too")
    func postEqualsGet() async throws {
        try await PoliceAPIFixture.withServer { client in
            for route in ["crimes-street/all-crime", "outcomes-at-location"] {
                let get = try await PoliceAPI.get(client, "/api/\(route)?poly=\(PoliceAPIFixture.cityPoly)&date=2009-01")
                let post = try await PoliceAPI.post(client, "/api/\(route)", form: "poly=\(PoliceAPIGoldenTests.cityPolyForm)&date=2009-01")
                #expect(get.status == .ok && post.status == .ok)
                #expect(PoliceAPI.bytes(get) == PoliceAPI.bytes(post), "\(route)")
                #expect(PoliceAPI.bytes(get).count > 2, "\(route) found nothing")
            }
            // The query string and the form body are read together (the date in one, the polygon in the other).
            let get = try await PoliceAPI.get(client, "/api/crimes-street/all-crime?poly=\(PoliceAPIFixture.cityPoly)&date=2009-01")
            let merged = try await PoliceAPI.post(
                client, "/api/crimes-street/all-crime?date=2009-01", form: "poly=\(PoliceAPIGoldenTests.cityPolyForm)",
                contentType: "application/x-www-form-urlencoded; charset=UTF-8")
            #expect(merged.status == .ok && PoliceAPI.bytes(merged) == PoliceAPI.bytes(get))
            let string = try await PoliceAPI.get(client, "/api/crimes-street/all-crime?poly=\(PoliceAPIFixture.smallPoly)&date=2009-01")
            let repeated = try await PoliceAPI.get(client, "/api/crimes-street/all-crime?\(PoliceAPIFixture.smallPolyRepeated)&date=2009-01")
            #expect(repeated.status == .ok && PoliceAPI.bytes(repeated) == PoliceAPI.bytes(string))
        }
    }

    @Test("a neighbourhood has every key, population and coordinates as strings, no nulls in contacts or locations")
    func neighbourhoodShapes() async throws {
        try await PoliceAPIFixture.withServer { client in
            let keys: Set = ["id", "name", "description", "url_force", "population", "centre", "contact_details", "links", "locations"]
            for id in ["NC04", "RU01"] {
                let neighbourhood = try PoliceAPI.object(try await PoliceAPI.get(client, "/api/leicestershire/\(id)"))
                #expect(Set(neighbourhood.keys) == keys, "\(id)")
                #expect(neighbourhood["population"] is String && neighbourhood["url_force"] is String)
                let centre = try #require(neighbourhood["centre"] as? [String: Any])
                #expect((centre["latitude"] as? String).flatMap(Double.init) != nil && (centre["longitude"] as? String).flatMap(Double.init) != nil)
                let contacts = try #require(neighbourhood["contact_details"] as? [String: Any])
                #expect(contacts.values.allSatisfy { ($0 as? String)?.isEmpty == false })
                for location in neighbourhood["locations"] as? [[String: Any]] ?? [] {
                    #expect(location.values.allSatisfy { $0 is String } && (location["address"] as? String)?.isEmpty == false)
                }
            }
            let full = try PoliceAPI.object(try await PoliceAPI.get(client, "/api/leicestershire/NC04"))
            #expect(full["population"] as? String == "12345")
            #expect(full["description"] as? String == "<p>The City Centre team covers the shops &amp; the \"Clock Tower\".</p>")
            #expect(full["contact_details"] as? [String: String] == ["email": "citycentre@leicestershire.police.uk", "telephone": "0116 222 2222"])
            let minimal = try PoliceAPI.object(try await PoliceAPI.get(client, "/api/leicestershire/RU01"))
            #expect(minimal["population"] as? String == "0" && minimal["description"] is NSNull && minimal["url_force"] as? String == "")
            #expect((minimal["locations"] as? [Any])?.isEmpty == true && (minimal["contact_details"] as? [String: Any])?.isEmpty == true)
        }
    }

    @Test("a boundary is closed, with coordinates as strings; a MultiPolygon gives its largest outline")
    func boundaries() async throws {
        try await PoliceAPIFixture.withServer { client in
            let polygon = try await PoliceAPI.list(client, "/api/leicestershire/NC04/boundary")
            #expect(polygon.count == 6)
            #expect(polygon.first?["latitude"] as? String == "52.6201234567" && polygon.first?["longitude"] as? String == "-1.1502345678")
            let multi = try await PoliceAPI.list(client, "/api/leicestershire/RU01/boundary")
            #expect(multi.count == 6, "the Melton outline, not the small triangle")
            for ring in [polygon, multi] {
                #expect(ring.first?["latitude"] as? String == ring.last?["latitude"] as? String)
                #expect(ring.first?["longitude"] as? String == ring.last?["longitude"] as? String)
                #expect(ring.allSatisfy { $0["latitude"] is String && $0["longitude"] is String })
            }
        }
    }

    @Test("the team in post, sergeant first; no one who has left or not yet started; no officer's own contacts")
    func people() async throws {
        try await PoliceAPIFixture.withServer { client in
            let people = try await PoliceAPI.list(client, "/api/leicestershire/NC04/people")
            #expect(people.compactMap { $0["name"] as? String } == ["Sam Patel", "Chris Lee"])
            #expect(people.compactMap { $0["rank"] as? String } == ["Sergeant", "PCSO"])
            #expect(people[1]["bio"] is NSNull && (people[1]["contact_details"] as? [String: Any])?.isEmpty == true)
            // The team records hold Sam's own e-mail and telephone; officers' own contacts are not published.
            #expect((people[0]["contact_details"] as? [String: Any])?.isEmpty == true)
        }
    }

    @Test("events to come only, soonest first, at local wall time without offset, across the clock change")
    func events() async throws {
        try await PoliceAPIFixture.withServer { client in
            let events = try await PoliceAPI.list(client, "/api/leicestershire/NC04/events")
            #expect(events.compactMap { $0["start_date"] as? String } == ["2009-03-25T18:30:00", "2009-03-29T19:00:00", "2009-04-15T10:00:00"])
            #expect(events.map { $0["end_date"] as? String } == ["2009-03-25T20:00:00", "2009-03-29T20:30:00", nil])
            #expect(events.compactMap { $0["title"] as? String } == ["PACT meeting", "Surgery", "Walkabout on Gallowtree Gate"])
            #expect(events.allSatisfy { $0["contact_details"] is [String: Any] && $0.keys.count == 7 })
        }
    }

    @Test("current priorities only, each with issue-date and action-date keys in police.uk's form")
    func priorities() async throws {
        try await PoliceAPIFixture.withServer { client in
            let priorities = try await PoliceAPI.list(client, "/api/leicestershire/NC04/priorities")
            let issues = Set(priorities.compactMap { $0["issue"] as? String })
            #expect(issues == ["Street drinking around the Clock Tower", "Cycling on pavements", "Graffiti in the Lanes"])
            for priority in priorities {
                #expect(Set(priority.keys) == ["issue", "issue-date", "action", "action-date"])
                let date = try #require(priority["issue-date"] as? String)
                #expect(date.count == 19 && date.hasSuffix("T00:00:00"))
            }
            let cycling = try #require(priorities.first { $0["issue"] as? String == "Cycling on pavements" })
            #expect(cycling["issue-date"] as? String == "2009-02-10T00:00:00", "dated by the meeting that agreed it")
            #expect(cycling["action"] is NSNull && cycling["action-date"] is NSNull)
            let drinking = try #require(priorities.first { $0["issue"] as? String == "Street drinking around the Clock Tower" })
            #expect(drinking["action-date"] as? String == "2009-03-01T00:00:00")
        }
    }

    @Test("an import is seen at once: new neighbourhoods, months and crimes, with nothing stale kept")
    func freshAfterImport() async throws {
        let fixture = try PoliceAPIFixture()
        try await fixture.withServer { client in
            #expect(try await PoliceAPI.list(client, "/api/leicestershire/neighbourhoods").count == 2)
            #expect(try await PoliceAPI.list(client, "/api/crimes-street-dates").first?["date"] as? String == "2009-03")
            #expect(PoliceAPI.text(try await PoliceAPI.get(client, "/api/leicestershire/NC04")).contains("City Centre"))
            try fixture.importClean(
                "force,neighbourhood_id,name,area_type\nleicestershire,NC04,Centre and Station,urban\nleicestershire,NC05,Castle,urban\n",
                name: "more-neighbourhoods.csv")
            try fixture.importClean(
                PoliceAPIFixture.crimesHeader + "\n" + String(repeating: "ab", count: 32)
                    + ",2009-04,Leicestershire Police,Leicestershire Police,-1.1325,52.6298,On or near Marquis Street,,,Robbery,Under investigation,\n",
                name: "2009-04-street.csv")
            #expect(try await PoliceAPI.list(client, "/api/leicestershire/neighbourhoods").count == 3)
            #expect(PoliceAPI.text(try await PoliceAPI.get(client, "/api/leicestershire/NC04")).contains("Centre and Station"))
            #expect(try await PoliceAPI.list(client, "/api/crimes-street-dates").first?["date"] as? String == "2009-04")
            let latest = try await PoliceAPI.list(client, "/api/crimes-street/all-crime?\(PoliceAPIGoldenTests.point)")
            #expect(latest.compactMap { $0["category"] as? String } == ["robbery"])
        }
    }

    @Test("availability lists the fixture's months newest first; the last update is the latest month's first day")
    func availability() async throws {
        try await PoliceAPIFixture.withServer { client in
            let dates = try await PoliceAPI.list(client, "/api/crimes-street-dates")
            #expect(dates.compactMap { $0["date"] as? String } == ["2009-03", "2009-02", "2009-01"])
            #expect(dates.allSatisfy { $0["stop-and-search"] is [Any] })
            let updated = try PoliceAPI.object(try await PoliceAPI.get(client, "/api/crime-last-updated"))
            #expect(updated["date"] as? String == "2009-03-01")
        }
    }
}
