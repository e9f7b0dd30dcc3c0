import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PledgeCore
import PledgeImport
import PledgeServer
import PledgeStore
import PledgeTestSupport
import Testing

/// Small numbers about people on the public site and `/api/v1` (`SmallNumbers`, `Disclosure`), through a
/// real server on loopback over a real SQLite store: a neighbourhood with one survey answer and one
/// dissatisfaction report shows neither count nor share; the force keeps its counts; and a second
/// neighbourhood of the same unit is withheld, since the unit's total would otherwise give the first away.
@Suite("small numbers about people on public outputs")
struct SmallNumbersTests {
    /// Answers (all positive) and dissatisfaction reports (all acknowledged within the hour) per neighbourhood:
    /// North holds NA1 (1: withheld), NA2 (12: withheld to protect NA1 from North's total) and NA3 (15);
    /// South holds NB1 (20) and NB2 (25). The force has 73 of each.
    static let records: [(id: String, unit: String, count: Int)] = [
        ("NA1", "North", 1), ("NA2", "North", 12), ("NA3", "North", 15), ("NB1", "South", 20), ("NB2", "South", 25),
    ]
    static let forceTotal = 73
    static let quarter = "?period=2009-Q1"
    /// After the quarter and 14 days more, so that every report's clocks have run out.
    static let now = Instant(microseconds: utcMicroseconds("2009-04-20T12:00:00Z"))

    /// A store holding `records`' answers and reports, one neighbourhood a line.
    static func store(_ records: [(id: String, unit: String, count: Int)] = records) throws -> ImportHarness {
        let harness = try ImportHarness()
        var neighbourhoods = "force,neighbourhood_id,name,lpu,area_type\n"
        var surveys = "response_id,force,neighbourhood_id,survey,responded_on,question,answer,group\n"
        var reports = "report_id,force,neighbourhood_id,received_at,acknowledged_at,discussed_at,action_agreed_at,resolved_at,callback_consent\n"
        var serial = 0
        for (id, unit, count) in records {
            neighbourhoods += "leicestershire,\(id),Neighbourhood \(id),\(unit),urban\n"
            for index in 0..<count {
                serial += 1
                let day = 10 + index % 15
                surveys += "S\(serial),leicestershire,\(id),user-satisfaction,2009-02-\(day),treated_with_respect,yes,\n"
                reports += "D\(serial),leicestershire,\(id),2009-02-\(day) 09:00:00,2009-02-\(day) 10:00:00,2009-02-\(day) 11:00:00,,,true\n"
            }
        }
        for (text, name) in [(neighbourhoods, "neighbourhoods.csv"), (surveys, "surveys.csv"), (reports, "dissatisfaction.csv")] {
            let report = try harness.importText(text, name: name)
            guard report.error == nil, report.counts.rejected == 0 else { throw DemoSiteError(description: "\(name): \(report)") }
        }
        return harness
    }

    static func withServer(
        _ records: [(id: String, unit: String, count: Int)] = records, _ body: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let harness = try store(records)
        let app = PledgeServer.application(store: harness.store, port: 0, now: { now }, rateLimit: nil, logger: Logger(label: "test"))
        try await onOwnThreads { try await app.test(.live, body) }
        withExtendedLifetime(harness) {}  // the store's directory lives until the server has stopped
    }

    /// The table row of the figure titled `title`, from `<tr><th scope="row">title</th>` to its `</tr>`.
    static func row(_ title: String, in html: String) -> String? {
        guard let start = html.range(of: "<tr><th scope=\"row\">\(title)</th>"), let end = html[start.upperBound...].range(of: "</tr>") else {
            return nil
        }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// The indicator `id` among a neighbourhood's figures in its JSON.
    static func indicator(_ id: String, of page: Any) -> [String: Any]? {
        let figures = (page as? [String: Any])?["figures"] as? [String: Any]
        return (figures?["indicators"] as? [[String: Any]])?.first { $0["id"] as? String == id }
    }

    @Test("a neighbourhood with one answer and one report shows 'fewer than 10 records', never its counts or share")
    func neighbourhoodPage() async throws {
        try await Self.withServer { client in
            let (status, _, html, _) = try await ServerTests.get(client, "/forces/leicestershire/neighbourhoods/NA1\(Self.quarter)")
            #expect(status == .ok)
            ServerTests.checkPage(html, "NA1")
            for title in [
                "Survey answers positive about being treated with respect", "Dissatisfaction acknowledged within 24 hours",
                "Dissatisfaction discussed with the person",
            ] {
                let row = try #require(Self.row(title, in: html), "no row for \(title)")
                // Value, interval, the force's value (shown: 100%), target, count, chart.
                #expect(row.contains("<td>fewer than 10 records</td><td>–</td><td>100%</td>"), "\(row)")
                #expect(!row.contains("1 of 1") && !row.contains("<svg"), "\(row)")
            }
            #expect(!html.contains("1 of 1"))
            // The other neighbourhood of its unit is withheld too; a larger one is shown with its counts.
            let (_, _, second, _) = try await ServerTests.get(client, "/forces/leicestershire/neighbourhoods/NA2\(Self.quarter)")
            let secondRow = try #require(Self.row("Dissatisfaction acknowledged within 24 hours", in: second))
            #expect(secondRow.contains(Disclosure.Reason.complementary.text) && !secondRow.contains("12 of 12"), "\(secondRow)")
            let (_, _, third, _) = try await ServerTests.get(client, "/forces/leicestershire/neighbourhoods/NA3\(Self.quarter)")
            #expect(Self.row("Dissatisfaction acknowledged within 24 hours", in: third)?.contains("15 of 15") == true)
        }
    }

    @Test("the neighbourhood's JSON writes a withheld figure with null counts, suppressed and its reason, as documented")
    func neighbourhoodJSON() async throws {
        try await Self.withServer { client in
            let document = try await OpenAPITests.document(client)
            let uri = "/api/v1/forces/leicestershire/neighbourhoods/NA1\(Self.quarter)"
            let page = try await OpenAPITests.check(OpenAPITests.Case(uri, OpenAPITests.neighbourhood, 200), [:], document, client)
            for id in ["P1.respect", "P10.ack_24h", "P10.discussed", "P10.callback_recorded"] {
                let figure = try #require(Self.indicator(id, of: page as Any), "\(id) missing")
                #expect(figure["suppressed"] as? Bool == true && figure["reason"] as? String == "fewer than 10 records", "\(id): \(figure)")
                for key in ["numerator", "denominator", "value", "interval_lower", "interval_upper", "small_sample"] {
                    #expect(figure[key] is NSNull, "\(id).\(key) is \(figure[key] ?? "missing")")
                }
                #expect(figure["force_value"] as? Double == 1, "the force value is shown")
            }
            let second = try await OpenAPITests.check(
                OpenAPITests.Case("/api/v1/forces/leicestershire/neighbourhoods/NA2\(Self.quarter)", OpenAPITests.neighbourhood, 200), [:], document,
                client)
            let complementary = try #require(Self.indicator("P1.respect", of: second as Any))
            #expect(complementary["suppressed"] as? Bool == true && complementary["denominator"] is NSNull)
            #expect(complementary["reason"] as? String == Disclosure.Reason.complementary.text)
            let shown = try await OpenAPITests.check(
                OpenAPITests.Case("/api/v1/forces/leicestershire/neighbourhoods/NA3\(Self.quarter)", OpenAPITests.neighbourhood, 200), [:], document,
                client)
            let counted = try #require(Self.indicator("P1.respect", of: shown as Any))
            #expect(counted["suppressed"] as? Bool == false && counted["denominator"] as? Double == 15 && counted["numerator"] as? Double == 15)
        }
    }

    @Test("the promise's force figure keeps its counts; its neighbourhood funnel leaves out the withheld two, the unit funnel shows both units")
    func promiseFunnels() async throws {
        try await Self.withServer { client in
            let document = try await OpenAPITests.document(client)
            let uri = "/api/v1/forces/leicestershire/promises/1\(Self.quarter)"
            let promise = try await OpenAPITests.check(OpenAPITests.Case(uri, OpenAPITests.promise, 200), [:], document, client) as? [String: Any]
            let respect = try #require((promise?["indicators"] as? [[String: Any]])?.first { $0["id"] as? String == "P1.respect" })
            #expect(respect["denominator"] as? Double == Double(Self.forceTotal) && respect["numerator"] as? Double == Double(Self.forceTotal))
            let funnels = try #require(respect["funnels"] as? [String: Any])
            let neighbourhoods = try #require(funnels["neighbourhoods"] as? [String: Any])
            let points = (neighbourhoods["points"] as? [[String: Any]] ?? []).compactMap { $0["area"] as? String }
            #expect(points == ["neighbourhood:NA3", "neighbourhood:NB1", "neighbourhood:NB2"])
            let withheld = (neighbourhoods["withheld"] as? [[String: Any]] ?? []).map { "\($0["area"] ?? "") \($0["reason"] ?? "")" }
            #expect(withheld == ["neighbourhood:NA1 fewer than 10 records", "neighbourhood:NA2 \(Disclosure.Reason.complementary.text)"])
            let units = try #require(funnels["lpus"] as? [String: Any])
            #expect((units["points"] as? [[String: Any]])?.compactMap { $0["denominator"] as? Double } == [28, 45])
            #expect((units["withheld"] as? [Any])?.isEmpty == true)

            let (status, _, html, _) = try await ServerTests.get(client, "/forces/leicestershire/promises/10\(Self.quarter)")
            #expect(status == .ok)
            ServerTests.checkPage(html, "promise 10")
            #expect(html.contains("(73 of 73)"), "the force's figure keeps its counts")
            #expect(
                html.contains(
                    "Not shown, to protect the people counted: Neighbourhood NA1 (fewer than 10 records) and Neighbourhood NA2 (\(Disclosure.Reason.complementary.text))"
                ))
            #expect(!html.contains("Neighbourhood NA1: ") && !html.contains("Neighbourhood NA2: "), "neither is drawn")
            #expect(html.contains("Neighbourhood NA3: 100% of 15"), "a neighbourhood shown is drawn with its share and records")
        }
    }
}
