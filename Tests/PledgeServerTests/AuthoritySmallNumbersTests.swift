import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PledgeCore
import PledgeImport
import PledgeSQLite
import PledgeServer
import PledgeStore
import PledgeTestSupport
import Testing

/// Small numbers about people on the Police Authority's unit report pack (`QuarterlyReport.Withholding`),
/// through a real server on loopback over a real SQLite store: the North unit holds 3 survey answers and 3
/// dissatisfaction reports, so its pack and its JSON show "fewer than 10 records" with no count, share or
/// grade; South's (20) are withheld too, since the force's 23 less South's would give North's away; the
/// force's pack keeps its counts (23 of 23).
@Suite("small numbers about people on the Authority's unit reports")
struct AuthoritySmallNumbersTests {
    static let records: [(id: String, unit: String, count: Int)] = [("NA1", "North", 3), ("NB1", "South", 20)]
    static let respect = "Survey answers positive about being treated with respect"
    static let acknowledged = "Dissatisfaction acknowledged within 24 hours"

    static func report(_ unit: String?, json: Bool = false) -> String {
        "/forces/leicestershire/authority/report\(json ? ".json" : "")?quarter=2009-Q1" + (unit.map { "&unit=\($0)" } ?? "")
    }

    static func indicator(_ id: String, in document: Any?) -> (promise: [String: Any], indicator: [String: Any])? {
        for promise in (document as? [String: Any])?["promises"] as? [[String: Any]] ?? [] {
            if let found = (promise["indicators"] as? [[String: Any]])?.first(where: { $0["id"] as? String == id }) { return (promise, found) }
        }
        return nil
    }

    @Test("a unit's pack shows 'fewer than 10 records' for its figures about people on 3 records, with no count, share or grade")
    func unitPage() async throws {
        try await SmallNumbersTests.withServer(Self.records) { client in
            let (status, _, html, _) = try await ServerTests.get(client, Self.report("North"))
            #expect(status == .ok)
            for title in [Self.respect, Self.acknowledged] {
                let row = try #require(SmallNumbersTests.row(title, in: html), "no row for \(title)")
                #expect(row.contains(SmallNumbers.phrase) && row.contains("withheld"), "\(row)")
                #expect(!row.contains("3 of 3") && !row.contains("100%"), "\(row)")
            }
            #expect(!html.contains("3 of 3"))
            #expect(html.contains(QuarterlyReport.Section.gradeWithheldText))
            let (_, _, printable, _) = try await ServerTests.get(
                client, Self.report("North").replacingOccurrences(of: "report?", with: "report/print?"))
            #expect(printable.contains(SmallNumbers.phrase) && !printable.contains("3 of 3"))
            // South's 20 would give North's 3 away from the force's 23: withheld as the complementary figure.
            let (_, _, south, _) = try await ServerTests.get(client, Self.report("South"))
            let southRow = try #require(SmallNumbersTests.row(Self.respect, in: south))
            #expect(southRow.contains(Disclosure.Reason.complementary.text) && !southRow.contains("20 of 20"), "\(southRow)")
            // The force's pack keeps its counts.
            let (_, _, force, _) = try await ServerTests.get(client, Self.report(nil))
            let forceRow = try #require(SmallNumbersTests.row(Self.respect, in: force))
            #expect(forceRow.contains("23 of 23") && !forceRow.contains(SmallNumbers.phrase), "\(forceRow)")
            #expect(!force.contains(QuarterlyReport.Section.gradeWithheldText))
        }
    }

    @Test("a unit's report.json writes a withheld figure as nulls with its reason, and the promise's grade as withheld; the force's keeps its counts")
    func unitJSON() async throws {
        try await SmallNumbersTests.withServer(Self.records) { client in
            let (status, _, body, _) = try await ServerTests.get(client, Self.report("North", json: true))
            #expect(status == .ok)
            let unit = try JSONSerialization.jsonObject(with: Data(body.utf8))
            for id in ["P1.respect", "P10.ack_24h"] {
                let (promise, figure) = try #require(Self.indicator(id, in: unit), "\(id) missing")
                #expect(figure["withheld"] as? String == SmallNumbers.phrase, "\(id): \(figure)")
                for key in ["quarter", "last_year", "trend", "grade"] {
                    #expect(figure[key] is NSNull, "\(id).\(key) is \(figure[key] ?? "missing")")
                }
                #expect(promise["grade"] is NSNull && promise["grade_withheld"] as? Bool == true, "\(promise)")
            }
            #expect(!body.contains("\"denominator\":3"))
            let (_, _, forceBody, _) = try await ServerTests.get(client, Self.report(nil, json: true))
            let force = try JSONSerialization.jsonObject(with: Data(forceBody.utf8))
            let (promise, figure) = try #require(Self.indicator("P1.respect", in: force))
            let quarter = try #require(figure["quarter"] as? [String: Any])
            #expect(quarter["denominator"] as? Double == 23 && quarter["numerator"] as? Double == 23, "\(quarter)")
            #expect(figure["withheld"] is NSNull && promise["grade_withheld"] as? Bool == false)
        }
    }

    /// The fixture with, in February 2009, vulnerable callers reached within the hour: `calls` per neighbourhood.
    static func withCalls(_ calls: [String: Int], _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let harness = try SmallNumbersTests.store(Self.records)
        var csv =
            "call_id,force,line,received_at,answered_at,neighbourhood_id,area_type,vulnerable,neighbourhood_priority,response,eta_given,deployed_at,arrived_at,appointment_at\n"
        var serial = 0
        for (id, count) in calls.sorted(by: { $0.key < $1.key }) {
            for index in 0..<count {
                serial += 1
                let day = 10 + index % 15
                csv +=
                    "C\(serial),leicestershire,101,2009-02-\(day) 09:00:00,2009-02-\(day) 09:00:20,\(id),urban,true,false,priority,true,2009-02-\(day) 09:05:00,2009-02-\(day) 09:30:00,\n"
            }
        }
        let report = try harness.importText(csv, name: "calls.csv")
        guard report.error == nil, report.counts.rejected == 0 else { throw DemoSiteError(description: "calls.csv: \(report)") }
        let app = PledgeServer.application(
            store: harness.store, port: 0, now: { SmallNumbersTests.now }, rateLimit: nil, logger: Logger(label: "test"))
        try await onOwnThreads { try await app.test(.live, body) }
        withExtendedLifetime(harness) {}
    }

    /// From `heading` to the end of its section.
    static func section(_ heading: String, in html: String) -> String? {
        guard let start = html.range(of: heading), let end = html[start.upperBound...].range(of: "</section>") else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test("the Contact Management Panel shows a unit's vulnerable callers on 3 records only as withheld; the force's keep their counts")
    func panel() async throws {
        try await Self.withCalls(["NA1": 3, "NB1": 20]) { client in
            let heading = "<h3 id=\"measure-P6.attend_vulnerable_60m\">Vulnerable or upset callers reached within 60 minutes</h3>"
            let (status, _, north, _) = try await ServerTests.get(client, "/forces/leicestershire/authority/panel?period=2009-Q1&unit=North")
            #expect(status == .ok)
            #expect(north.contains(heading + "<p class=\"withheld\">\(SmallNumbers.phrase).</p>"), "\(north)")
            // Calls answered are not about people (SmallNumbers): only the vulnerable callers' section is withheld.
            #expect(Self.section(heading, in: north)?.contains("3 of 3") == false && Self.section(heading, in: north)?.contains("<svg") == false)
            let (_, _, south, _) = try await ServerTests.get(client, "/forces/leicestershire/authority/panel?period=2009-Q1&unit=South")
            #expect(south.contains(heading + "<p class=\"withheld\">\(Disclosure.Reason.complementary.text).</p>"))
            #expect(Self.section(heading, in: south)?.contains("20 of 20") == false)
            let (_, _, force, _) = try await ServerTests.get(client, "/forces/leicestershire/authority/panel?period=2009-Q1")
            #expect(force.contains(heading + "<p>100% (23 of 23"), "the force's figure keeps its counts")
        }
    }

    @Test("the internal report (the command line's) keeps a unit's counts and trend; the public one withholds them")
    func internalReportKeepsCounts() async throws {
        let harness = try SmallNumbersTests.store(Self.records)
        let force = try #require(ForceCatalogue.all.first { $0.id == "leicestershire" })
        let quarter = try #require(Period("2009-Q1"))
        let figures = try await Measurements(harness.store).authorityQuarter(force: force, quarter: quarter, now: SmallNumbersTests.now)
        let line = { (report: QuarterlyReport) in report.sections.flatMap(\.lines).first { $0.indicator.id == "P1.respect" } }
        let kept = try #require(line(figures.report(.unit("North"))))
        #expect(kept.withheld == nil && kept.quarter?.measure.sampleSize == 3)
        #expect(kept.trend?.measure.sampleSize == 3, "a month on 3 records does not drop the internal trend")
        let directory = NeighbourhoodDirectory(
            try await harness.store.neighbourhoodProfiles(force: force).map { .init(id: $0.id, unit: $0.unit, urban: $0.urban) })
        let published = try #require(line(figures.report(.unit("North"), publicFor: directory)))
        #expect(published.withheld == .fewerRecords && published.quarter == nil && published.trend == nil && published.grading == nil)
    }
}

/// The complaints analysis of a unit, through a real server over a real SQLite store: North holds 3
/// complaints about promise 4 and 12 about promise 1, South 20 about promise 1, all in February 2009.
@Suite("small numbers about people on the Authority's complaints analysis")
struct ComplaintsSmallNumbersTests {
    static func withComplaints(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let harness = try SmallNumbersTests.store(AuthoritySmallNumbersTests.records)
        var csv = "complaint_id,force,neighbourhood_id,received_at,category,pledge_point\n"
        var serial = 0
        for (neighbourhood, promise, category, count) in [
            ("NA1", 4, "Neglect or failure in duty", 3), ("NA1", 1, "Incivility", 12), ("NB1", 1, "Incivility", 20),
        ] {
            for index in 0..<count {
                serial += 1
                csv += "K\(serial),leicestershire,\(neighbourhood),2009-02-\(10 + index % 15) 09:00:00,\(category),\(promise)\n"
            }
        }
        let report = try harness.importText(csv, name: "complaints.csv")
        guard report.error == nil, report.counts.rejected == 0 else { throw DemoSiteError(description: "complaints.csv: \(report)") }
        let app = PledgeServer.application(
            store: harness.store, port: 0, now: { SmallNumbersTests.now }, rateLimit: nil, logger: Logger(label: "test"))
        try await onOwnThreads { try await app.test(.live, body) }
        withExtendedLifetime(harness) {}
    }

    static func page(_ unit: String?) -> String {
        "/forces/leicestershire/authority/complaints?period=2009-Q1" + (unit.map { "&unit=\($0)" } ?? "")
    }

    @Test(
        "a unit's 3 complaints show only 'fewer than 10 records', and every count that would give them back is withheld too; the force's keep their counts"
    )
    func unitComplaints() async throws {
        try await Self.withComplaints { client in
            let (status, _, north, _) = try await ServerTests.get(client, Self.page("North"))
            #expect(status == .ok)
            let promise4 = try #require(SmallNumbersTests.row("Promise 4", in: north))
            #expect(promise4.contains(SmallNumbers.phrase) && !promise4.contains(">3 ("), "\(promise4)")
            // 15 broken promises less 12 about promise 1 would give the 3 back: promise 1 is withheld with them.
            let promise1 = try #require(SmallNumbersTests.row("Promise 1", in: north))
            #expect(promise1.contains(Disclosure.Reason.complementary.text) && !promise1.contains("12 ("), "\(promise1)")
            #expect(!north.contains(">3 (") && !north.contains(">12 ("), "no count of North's that gives the 3 away")
            // The force's 32 about promise 1 less South's 20 would give North's 12 back: South's are withheld too.
            let (_, _, south, _) = try await ServerTests.get(client, Self.page("South"))
            let south1 = try #require(SmallNumbersTests.row("Promise 1", in: south))
            #expect(south1.contains(Disclosure.Reason.complementary.text) && !south1.contains("20 ("), "\(south1)")
            let (_, _, force, _) = try await ServerTests.get(client, Self.page(nil))
            #expect(try #require(SmallNumbersTests.row("Promise 4", in: force)).contains(">3 ("), "the force's page keeps its counts")
            #expect(try #require(SmallNumbersTests.row("Promise 1", in: force)).contains(">32 ("))
            #expect(!force.contains(SmallNumbers.phrase))
        }
    }
}
