import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PledgeCore
import PledgeImport
import PledgeOutput
import PledgeSQLite
import PledgeServer
import PledgeStore
import PledgeTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Every page of the website through a real HTTP server on loopback and a real client, on a real store of
/// generated records: status, content type, key content, size, and that nothing is fetched from elsewhere.
@Suite("website pages")
struct ServerTests {
    /// GETs `uri` and hands back status, content type and body.
    static func get(_ client: any TestClientProtocol, _ uri: String) async throws -> (HTTPResponse.Status, String?, String, HTTPFields) {
        try await client.execute(uri: uri, method: .get) { response in
            (response.status, response.headers[.contentType], String(buffer: response.body), response.headers)
        }
    }

    /// The page is a well-formed XHTML-syntax document of the site, under 200 KB, with one `h1`, every
    /// image (SVG) labelled, every form field labelled, and no reference to anything outside the site.
    static func checkPage(_ html: String, _ uri: String) {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\""), "\(uri)")
        #expect(html.utf8.count < 200_000, "\(uri) is \(html.utf8.count) bytes")
        let parser = XMLParser(data: Data(html.dropFirst("<!DOCTYPE html>\n".count).utf8))
        #expect(parser.parse(), "\(uri) is not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(html.components(separatedBy: "<h1").count == 2, "\(uri) must have exactly one h1")
        #expect(!html.contains("<script"), "\(uri) needs no JavaScript")
        // Nothing is fetched from elsewhere: no source, style sheet or import names another host.
        for fetch in ["src=\"http", "src=\"//", "@import", "url(http", "url(//"] { #expect(!html.contains(fetch), "\(uri) fetches \(fetch)") }
        #expect(
            html.components(separatedBy: "<link ").dropFirst().allSatisfy { $0.hasPrefix("href=\"/") || $0.hasPrefix("rel=\"stylesheet\" href=\"/") },
            "\(uri)")
        #expect(html.contains("<a class=\"skip\" href=\"#main\">Skip to main content</a>"), "\(uri)")
        let svgs = html.components(separatedBy: "<svg ").dropFirst()
        #expect(svgs.allSatisfy { $0.contains("role=\"img\"") && $0.contains("aria-label=\"") }, "\(uri): every chart has a text alternative")
        for id in ids(of: "input", in: html) + ids(of: "select", in: html) {
            #expect(html.contains("<label for=\"\(id)\">"), "\(uri): the field \(id) has no label")
        }
    }

    static func ids(of tag: String, in html: String) -> [String] {
        html.components(separatedBy: "<\(tag) ").dropFirst().compactMap { rest in
            guard let start = rest.range(of: "id=\""), let end = rest[start.upperBound...].firstIndex(of: "\"") else { return nil }
            return String(rest[start.upperBound..<end])
        }
    }

    @Test("every page answers 200 as HTML with its key content, well-formed, accessible in form and under 200 KB")
    func pages() async throws {
        try await DemoSite.withServer { client in
            let pages: [(String, [String])] = [
                ("/", ["<h1>Find your neighbourhood police team</h1>", "<label for=\"q\">", "Leicestershire Police"]),
                ("/pledge", ["<h1>The Policing Pledge</h1>", "Messages answered within 24 hours", "EXCELLENT"]),
                ("/forces", ["<h1>Police forces</h1>", "href=\"/forces/leicestershire\"", "none yet"]),
                ("/forces/leicestershire", ["<h1>Leicestershire Police</h1>", "the report card for 2008/09", "Leicester City Centre 1"]),
                (
                    "/forces/leicestershire/report",
                    [
                        "<h1>Leicestershire Police</h1>", "Printable version", "id=\"period\" name=\"period\"",
                        "href=\"/forces/leicestershire/promises/5?period=2008%2F09\"",
                    ]
                ),
                ("/forces/leicestershire/report?period=2009-Q1", ["Period 2009-Q1", "<option selected=\"selected\" value=\"2009-Q1\">"]),
                (
                    "/forces/leicestershire/promises/5?period=2009-Q1",
                    [
                        "promise 5, 2009-Q1", "999 calls answered within 10 seconds", "By local policing unit", "By neighbourhood",
                        "The chart as a table",
                    ]
                ),
                (
                    "/forces/leicestershire/neighbourhoods/LE0101",
                    [
                        "<h1>Leicester City Centre 1</h1>", "Your neighbourhood team", "Crime map: March 2009", "Crimes by kind",
                        "How the promises are kept here",
                    ]
                ),
                ("/national", ["The Policing Pledge across forces, 2008/09", "Leicestershire Police", "Funnel plot"]),
            ]
            for (uri, needles) in pages {
                let (status, type, html, _) = try await Self.get(client, uri)
                #expect(status == .ok, "\(uri)")
                #expect(type == "text/html; charset=utf-8", "\(uri)")
                for needle in needles { #expect(html.contains(needle), "\(uri) lacks \(needle)") }
                Self.checkPage(html, uri)
            }
            let (status, type, print, _) = try await Self.get(client, "/forces/leicestershire/report/print?period=2009-Q1")
            #expect(status == .ok && type == "text/html; charset=utf-8" && print.contains("@page { size: A4;") && !print.contains("<link"))
            let (cssStatus, cssType, css, _) = try await Self.get(client, "/assets/site.css")
            #expect(cssStatus == .ok && cssType == "text/css; charset=utf-8" && css.contains("#ffdd00"))
        }
    }

    @Test("the neighbourhood page shows the team in post, meetings either side of today, priorities, the update and local figures")
    func neighbourhoodContent() async throws {
        let site = try await DemoSite.shared.value
        let force = try #require(ForceCatalogue.force(id: "leicestershire"))
        let today = ZoneRulesCache.rules(for: force.timeZone)!.localDate(of: DemoSite.now)
        var chosen: NeighbourhoodDetail?
        for profile in try await site.store.neighbourhoodProfiles(force: force) {
            let detail = try #require(try await site.store.neighbourhoodDetail(force: force, id: profile.id))
            if !detail.currentPriorities(on: today).isEmpty && !detail.upcoming(after: DemoSite.now).isEmpty && !detail.team(on: today).isEmpty {
                chosen = detail
                break
            }
        }
        let detail = try #require(chosen, "no neighbourhood has priorities, a meeting to come and a team")
        try await DemoSite.withServer { client in
            let (_, _, html, _) = try await Self.get(client, "/forces/leicestershire/neighbourhoods/\(detail.profile.id)?period=2009-Q1")
            let member = detail.team(on: today)[0]
            #expect(
                html.contains("<strong>\(HTMLPage.escape("\(member.rank) \(member.name)"))</strong>, in post for \(member.timeInPostText(on: today))")
            )
            let next = detail.upcoming(after: DemoSite.now)[0]
            #expect(html.contains("<h2>Meet your team</h2><ul><li><strong>\(HTMLPage.escape(next.title ?? next.kindText))</strong>"))
            #expect(html.contains("Recent meetings"))
            #expect(html.contains("<th scope=\"row\">\(HTMLPage.escape(detail.currentPriorities(on: today)[0].issue))</th>"))
            let update = try #require(detail.latestUpdate(on: today))
            #expect(html.contains("The update for \(["January", "February", "March"][update.month.month - 1]) 2009"))
            #expect(html.contains("<caption>Promise 4</caption>"))
            #expect(html.contains("<th scope=\"col\">Whole force</th>"))
        }
    }

    @Test("unknown forces, neighbourhoods, promises and addresses get a 404 page; bad periods and searches a 400 page")
    func errorPages() async throws {
        try await DemoSite.withServer { client in
            let cases: [(String, HTTPResponse.Status, String)] = [
                ("/forces/atlantis", .notFound, "There is no police force with that name"),
                ("/forces/atlantis/report", .notFound, "There is no police force with that name"),
                ("/forces/leicestershire/neighbourhoods/NOWHERE", .notFound, "has no neighbourhood with that name"),
                ("/forces/leicestershire/promises/11", .notFound, "ten promises"),
                ("/forces/leicestershire/promises/five", .notFound, "ten promises"),
                ("/no/such/page", .notFound, "There is no page at this address"),
                ("/forces/leicestershire/report?period=sometime", .badRequest, "Choose a period"),
                ("/find", .badRequest, "Enter a postcode or a place"),
                ("/find?lat=north&lng=1", .badRequest, "Check the latitude and longitude"),
                ("/forces/cumbria/report", .notFound, "has no calls recorded yet"),
            ]
            for (uri, expected, needle) in cases {
                let (status, type, html, _) = try await Self.get(client, uri)
                #expect(status == expected, "\(uri): \(status)")
                #expect(type == "text/html; charset=utf-8", "\(uri)")
                #expect(html.contains(needle), "\(uri) lacks \(needle)")
                Self.checkPage(html, uri)
            }
        }
    }

    @Test("a postcode, a sector, a district, a name and a point each find the right neighbourhood")
    func finding() async throws {
        let site = try await DemoSite.shared.value
        let profiles = try await site.store.neighbourhoodProfiles(force: ForceCatalogue.force(id: "leicestershire"))
        let target = try #require(profiles.first { $0.postcode != nil && $0.centre != nil })
        let postcode = try #require(target.postcode)
        let boundary = try #require(try await site.store.boundaries(force: nil).first { $0.neighbourhoodID == target.id })
        let inside = boundary.polygons[0][0]
        let middle = GeoPoint(
            longitude: inside.map(\.longitude).reduce(0, +) / Double(inside.count - 1) - inside[0].longitude / Double(inside.count - 1),
            latitude: inside.map(\.latitude).reduce(0, +) / Double(inside.count - 1) - inside[0].latitude / Double(inside.count - 1))
        #expect(boundary.contains(middle))
        try await DemoSite.withServer { client in
            let path = "/forces/leicestershire/neighbourhoods/\(target.id)"
            // The exact postcode, typed in lower case without its space, as a form sends it.
            let typed = postcode.lowercased().replacingOccurrences(of: " ", with: "")
            let (status, _, _, headers) = try await Self.get(client, "/find?q=\(typed)")
            let matches = profiles.filter { $0.postcode.flatMap(Postcode.init) == Postcode(postcode) }
            if matches.count == 1 {
                #expect(status == .seeOther && headers[.location] == path)
            } else {
                #expect(status == .ok)
            }
            // A point inside its boundary.
            let (pointStatus, _, _, pointHeaders) = try await Self.get(client, "/find?lat=\(middle.latitude)&lng=\(middle.longitude)")
            #expect(pointStatus == .seeOther && pointHeaders[.location] == path)
            // Its name, with a space sent as `+`.
            let (_, _, named, nameHeaders) = try await Self.get(client, "/find?q=" + target.name.replacingOccurrences(of: " ", with: "+"))
            #expect(nameHeaders[.location] == path || named.contains("href=\"\(path)\""))
            // A postcode in the same district but no base's sector falls back to the district.
            let district = try #require(Postcode(postcode)).district
            let (_, _, byDistrict, _) = try await Self.get(client, "/find?q=\(district)+0ZZ")
            #expect(byDistrict.contains("same postcode district") || byDistrict.contains("same postcode sector"))
            // Nothing matches: a clear page, not an error.
            let (noneStatus, _, none, _) = try await Self.get(client, "/find?q=ZZ99+9ZZ")
            #expect(noneStatus == .ok && none.contains("No neighbourhood found") && none.contains("Nothing matched “ZZ99 9ZZ”"))
            // A point in the sea.
            let (_, _, sea, _) = try await Self.get(client, "/find?lat=50.0&lng=-4.0")
            #expect(sea.contains("No neighbourhood found"))
        }
    }

    @Test("GET /health answers JSON with the data version; requests are answered while the log records them")
    func health() async throws {
        try await DemoSite.withServer { client in
            let (status, type, body, _) = try await Self.get(client, "/health")
            #expect(status == .ok && type == "application/json")
            let object = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
            #expect(object?["status"] as? String == "ok" && (object?["data_version"] as? Int ?? 0) >= 2)
        }
    }

    @Test("a new import moves the data version on, and the site shows the new records at once")
    func freshAfterImport() async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let app = PledgeServer.application(store: harness.store, port: 0, now: { FixedClock.now }, rateLimit: nil, logger: Logger(label: "test"))
        try await onOwnThreads {
            try await app.test(.live) { client in
                let (before, _, _, _) = try await Self.get(client, "/forces/leicestershire/report")
                #expect(before == .notFound)
                let calls =
                    "call_id,force,line,received_at,answered_at,neighbourhood_id\nC1,leicestershire,999,2009-01-10T12:00:00Z,2009-01-10T12:00:04Z,NC04\n"
                #expect(try harness.importText(calls, name: "calls.csv").isClean)
                let (after, _, html, _) = try await Self.get(client, "/forces/leicestershire/report")
                #expect(after == .ok && html.contains("Period 2008/09"))
            }
        }
    }
}
