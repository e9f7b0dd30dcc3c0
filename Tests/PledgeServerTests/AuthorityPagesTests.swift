import Foundation
import Hummingbird
import HummingbirdTesting
import PledgeCore
import PledgeOutput
import PledgeSQLite
import PledgeServer
import PledgeStore
import PledgeTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The Police Authority's pages through a real server on loopback, on the demo store of generated records:
/// each page answers with the figures the store's own core computation gives, bad quarters and periods get
/// 400, unknown forces and units 404, the report's JSON holds the indicator engine's figures, and the dip
/// samples page never shows a record.
@Suite("Police Authority pages")
struct AuthorityPagesTests {
    static let force = ForceCatalogue.force(id: "leicestershire")!
    static var zone: ZoneRules { ZoneRulesCache.rules(for: force.timeZone)! }
    static let year = Period("2008/09")!
    static let quarter = Period("2009-Q1")!

    /// GETs `uri` and checks it is a page of the site that answered 200.
    static func page(_ client: any TestClientProtocol, _ uri: String) async throws -> String {
        let (status, type, html, _) = try await ServerTests.get(client, uri)
        #expect(status == .ok, "\(uri): \(status)")
        #expect(type == "text/html; charset=utf-8", "\(uri)")
        ServerTests.checkPage(html, uri)
        return html
    }

    static func href(_ path: String) -> String { "href=\"\(HTMLPage.escape(path))\"" }

    static func units() async throws -> [String] {
        let store = try await DemoSite.shared.value.store
        return Array(Set(try await store.neighbourhoodProfiles(force: force).compactMap(\.unit))).sorted()
    }

    /// "94.1% (1,234 of 1,311", as the report and the panel start a figure (a small sample says so after).
    static func figure(_ result: IndicatorResult) -> String? { result.value.map { "\(Percent.text($0)) (\(result.countText)" } }

    @Test("the force page links to the Authority's section, whose index offers the latest quarter and links to every page")
    func index() async throws {
        let store = try await DemoSite.shared.value.store
        let calls = try await store.status().holdings.filter { $0.force == Self.force && $0.kind == .calls }
        let lastCall = try #require(calls.compactMap { $0.last.flatMap(LocalDate.init) }.max())
        let latest = "\(lastCall.year)-Q\((lastCall.month - 1) / 3 + 1)"
        let year = Period.financialYear(containing: lastCall).label
        let units = try await Self.units()
        try await DemoSite.withServer { client in
            let forcePage = try await Self.page(client, "/forces/leicestershire")
            #expect(forcePage.contains(Self.href("/forces/leicestershire/authority")))
            let html = try await Self.page(client, "/forces/leicestershire/authority")
            #expect(html.contains("<h1>Leicestershire Police: the Police Authority's oversight of the Pledge</h1>"))
            #expect(html.contains("<option selected=\"selected\" value=\"\(latest)\">"))
            for path in [
                AuthorityPaths.report("leicestershire", quarter: latest), AuthorityPaths.plan("leicestershire", period: year),
                AuthorityPaths.panel("leicestershire", period: year), AuthorityPaths.complaints("leicestershire", period: year),
                AuthorityPaths.questionnaires("leicestershire", period: year), AuthorityPaths.samples("leicestershire"),
            ] + units.map({ AuthorityPaths.report("leicestershire", quarter: latest, unit: $0) }) {
                #expect(html.contains(Self.href(path)), "the index lacks a link to \(path)")
            }
            let earlier = try await Self.page(client, "/forces/leicestershire/authority?quarter=2008-Q4")
            #expect(earlier.contains(Self.href(AuthorityPaths.report("leicestershire", quarter: "2008-Q4"))))
        }
    }

    @Test("the plan page shows each promise by quarter with the store's statuses, unmonitored cells in words, overdue actions and the plan")
    func plan() async throws {
        let store = try await DemoSite.shared.value.store
        let view = try await Measurements(store).monitoringPlanView(
            force: Self.force, window: ReportWindow(period: Self.year, zone: Self.zone, now: DemoSite.now))
        try await DemoSite.withServer { client in
            let html = try await Self.page(client, AuthorityPaths.plan("leicestershire", period: "2008/09"))
            #expect(html.contains("<h1>Leicestershire Police: the Police Authority's monitoring plan, 2008/09</h1>"))
            for quarter in view.quarters { #expect(html.contains("<th scope=\"col\">\(quarter.label)</th>")) }
            for scope in MonitoringPlan.scopes { #expect(html.contains("<th scope=\"row\">\(MonitoringPlan.scopeName(scope))</th>")) }
            let cells = view.rows.flatMap(\.cells)
            #expect(
                html.components(separatedBy: "<p class=\"flag\">Unmonitored: nothing ran for this promise in").count - 1
                    == cells.filter(\.unmonitored).count)
            let statuses = cells.flatMap(\.entries).map(\.status)
            #expect(html.components(separatedBy: "<strong class=\"late\">overdue</strong>").count - 1 == statuses.filter { $0 == .overdue }.count)
            for word in ["ran", "ran in window", "due", "not started"] {
                let expected = statuses.filter { $0 != .overdue && $0.word == word }.count
                #expect(html.components(separatedBy: "<strong class=\"state\">\(word)</strong>").count - 1 == expected, "\(word)")
            }
            for action in view.overdueActions { #expect(html.contains("<th scope=\"row\">\(HTMLPage.escape(action.summary))</th>")) }
            #expect(
                html.contains("<h2>Overdue monitoring actions</h2>")
                    && (view.overdueActions.isEmpty == html.contains("None: every monitoring action due by")))
            #expect(html.contains("This is the default plan") == view.plan.isDefault)
            for entry in view.plan.entries { #expect(html.contains("<td>\(HTMLPage.escape(entry.note))</td>")) }
        }
    }

    @Test("the report pack shows each figure of the quarter as the store computes it, for the force and a unit, with links between packs")
    func report() async throws {
        let store = try await DemoSite.shared.value.store
        let figures = try await Measurements(store).authorityQuarter(force: Self.force, quarter: Self.quarter, now: DemoSite.now)
        // The website's packs are the public report: a unit's small numbers about people withheld.
        let directory = NeighbourhoodDirectory(
            try await store.neighbourhoodProfiles(force: Self.force).map { .init(id: $0.id, unit: $0.unit, urban: $0.urban) })
        let units = try await Self.units()
        let unit = try #require(units.first)
        try await DemoSite.withServer { client in
            let packs = [
                (Area.force, AuthorityPaths.report("leicestershire", quarter: "2009-Q1")),
                (.unit(unit), AuthorityPaths.report("leicestershire", quarter: "2009-Q1", unit: unit)),
            ]
            for (area, path) in packs {
                let report = figures.report(area, publicFor: directory)
                let html = try await Self.page(client, path)
                #expect(html.contains("quarterly performance report, \(area == .force ? "" : "\(HTMLPage.escape(unit)), ")2009-Q1</h1>"), "\(path)")
                var shown = 0
                for line in report.sections.flatMap(\.lines) {
                    guard let quarter = line.quarter, let text = Self.figure(quarter) else { continue }
                    #expect(
                        html.contains("<th scope=\"row\">\(HTMLPage.escape(line.indicator.title))</th><td>\(HTMLPage.escape(text))"),
                        "\(path): \(line.indicator.id)")
                    shown += 1
                }
                for line in report.sections.flatMap(\.lines) where line.withheld != nil {
                    #expect(area != .force, "the force's figures keep their counts")
                    #expect(
                        html.contains("<th scope=\"row\">\(HTMLPage.escape(line.indicator.title))</th><td class=\"withheld\" colspan=\"5\">"),
                        "\(path): \(line.indicator.id)")
                }
                #expect(shown > 10, "\(path) shows \(shown) figures")
                for section in report.sections {
                    #expect(html.contains("<h2 id=\"promise-\(section.promise)\">Promise \(section.promise): <span class=\"grade"))
                }
                for id in report.shortfallsWithoutAction {
                    #expect(html.contains("<li>\(HTMLPage.escape(IndicatorCatalogue.definition(id)!.title)) (promise"), "\(path): \(id)")
                }
                for action in report.sections.flatMap(\.lines).flatMap(\.actions) {
                    #expect(html.contains("<th scope=\"row\">\(HTMLPage.escape(action.action.summary))</th>"))
                    #expect(html.contains(">\(action.state.rawValue)</td>"))
                }
                // Every other pack is linked; this one is named.
                for other in [nil] + units.map(Optional.some) where AuthorityPaths.report("leicestershire", quarter: "2009-Q1", unit: other) != path {
                    #expect(
                        html.contains(Self.href(AuthorityPaths.report("leicestershire", quarter: "2009-Q1", unit: other))),
                        "\(path) lacks \(other ?? "force")")
                }
                #expect(html.contains(Self.href(AuthorityPaths.reportPrint("leicestershire", quarter: "2009-Q1", unit: area == .force ? nil : unit))))
            }
            let (status, type, print, _) = try await ServerTests.get(client, AuthorityPaths.reportPrint("leicestershire", quarter: "2009-Q1"))
            #expect(status == .ok && type == "text/html; charset=utf-8")
            let parser = XMLParser(data: Data(print.dropFirst("<!DOCTYPE html>\n".count).utf8))
            #expect(parser.parse(), "the printable report is not well-formed")
            #expect(print.components(separatedBy: "<h1").count == 2 && print.utf8.count < 200_000)
            #expect(print.contains("@page { size: A4;") && print.contains("quarterly performance report, 2009-Q1</h1>"))
            #expect(print.contains(HTMLPage.escape(Self.figure(figures.report(.force).sections[4].lines[0].quarter!)!)))
            for navigation in ["<link", "<nav", "<form", "class=\"skip\""] {
                #expect(!print.contains(navigation), "the printable report has \(navigation)")
            }
        }
    }

    @Test("the report as JSON holds, for each indicator, the indicator engine's figures for the quarter")
    func reportJSON() async throws {
        let store = try await DemoSite.shared.value.store
        let window = ReportWindow(period: Self.quarter, zone: Self.zone, now: DemoSite.now)
        let facts = try await store.indicatorFacts(
            force: Self.force, from: IndicatorEngine(window: window, directory: NeighbourhoodDirectory([])).earliestNeeded, to: window.end)
        let engine = IndicatorEngine(window: window, directory: facts.directory)
        let expected = Dictionary(
            engine.report(facts).filter { $0.area == .force }.map { ($0.indicator.id, $0) }, uniquingKeysWith: { first, _ in first })
        try await DemoSite.withServer { client in
            let (status, type, body, _) = try await ServerTests.get(client, AuthorityPaths.reportJSON("leicestershire", quarter: "2009-Q1"))
            #expect(status == .ok && type == "application/json")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            #expect(json["area"] as? String == "force")
            let promises = try #require(json["promises"] as? [[String: Any]])
            #expect(promises.count == 10)
            var compared = 0
            for indicator in promises.flatMap({ $0["indicators"] as? [[String: Any]] ?? [] }) {
                let id = try #require(indicator["id"] as? String)
                guard let result = expected[id] else {
                    #expect(indicator["quarter"] is NSNull, "\(id) has figures the engine does not give")
                    continue
                }
                let quarter = try #require(indicator["quarter"] as? [String: Any], "\(id)")
                #expect((quarter["numerator"] as? Double) == (result.numerator * 1e6).rounded() / 1e6, "\(id)")
                #expect((quarter["denominator"] as? Double) == (result.denominator * 1e6).rounded() / 1e6, "\(id)")
                if let value = result.value {
                    #expect(abs((quarter["value"] as? Double ?? -1) - value) < 1e-12, "\(id)")
                } else {
                    #expect(quarter["value"] is NSNull, "\(id)")
                }
                compared += 1
            }
            #expect(compared >= 30, "only \(compared) indicators compared")
            let (badStatus, badType, badBody, _) = try await ServerTests.get(client, "/forces/leicestershire/authority/report.json?quarter=2009-Q9")
            #expect(badStatus == .badRequest && badType == "application/json" && badBody.contains("Give a calendar quarter"))
        }
    }

    @Test("the Contact Management Panel shows the store's 999 and non-emergency months and the panel's measures, for the force and a unit")
    func panel() async throws {
        let store = try await DemoSite.shared.value.store
        let panel = try await Measurements(store).contactPanel(
            force: Self.force, window: ReportWindow(period: Self.year, zone: Self.zone, now: DemoSite.now))
        let unitPanel = try #require(panel.areas.first { if case .unit = $0.area { true } else { false } })
        guard case .unit(let unit) = unitPanel.area else { return }
        // The page is public: a unit's vulnerable callers on 1 to 9 records (a month's, or the figure's) are withheld.
        let directory = NeighbourhoodDirectory(
            try await store.neighbourhoodProfiles(force: Self.force).map { .init(id: $0.id, unit: $0.unit, urban: $0.urban) })
        let disclosure = Disclosure(results: panel.areas.flatMap(\.measures), directory: directory)
        try await DemoSite.withServer { client in
            let pages = [
                (panel.areas[0], AuthorityPaths.panel("leicestershire", period: "2008/09")),
                (unitPanel, AuthorityPaths.panel("leicestershire", period: "2008/09", unit: unit)),
            ]
            for (area, path) in pages {
                let html = try await Self.page(client, path)
                #expect(
                    html.contains(
                        "<h1>Leicestershire Police: Contact Management Panel, \(area.area == .force ? "" : "\(HTMLPage.escape(unit)), ")2008/09</h1>")
                )
                #expect(html.contains("<h2>999 calls by month</h2>") && html.contains("<h2>Non-emergency calls by month</h2>"))
                let busy = (area.emergency + area.nonEmergency).filter { $0.calls > 0 }
                #expect(!busy.isEmpty, "\(path) has no month with calls")
                for month in busy {
                    let row = "<td class=\"number\">\(Thousands.text(month.calls))</td><td class=\"number\">\(Thousands.text(month.abandoned))</td>"
                    #expect(html.contains(row), "\(path): \(month.month)")
                    let bands =
                        "<td class=\"number\">\(Thousands.text(month.under10s))</td><td class=\"number\">\(Thousands.text(month.from10sTo60s))</td><td class=\"number\">\(Thousands.text(month.over60s))</td>"
                    #expect(html.contains(bands), "\(path): \(month.month) bands")
                }
                #expect(!area.measures.isEmpty)
                for result in area.measures {
                    let heading = "<h3 id=\"measure-\(result.indicator.id)\">\(HTMLPage.escape(result.indicator.title))</h3>"
                    if disclosure.reason(result) != nil || result.series.contains(where: { disclosure.withholds($0, of: result) }) {
                        #expect(area.area != .force && SmallNumbers.isAboutPeople(result.indicator.id), "\(path): \(result.indicator.id)")
                        #expect(html.contains(heading + "<p class=\"withheld\">"), "\(path): \(result.indicator.id)")
                        #expect(
                            !html.contains(heading + "<p>\(HTMLPage.escape(Self.figure(result) ?? "no records"))"), "\(path): \(result.indicator.id)")
                        continue
                    }
                    #expect(html.contains(heading + "<p>\(HTMLPage.escape(Self.figure(result) ?? "no records"))"), "\(path): \(result.indicator.id)")
                }
            }
        }
    }

    @Test("the complaints analysis shows the store's counts: the promise to keep the promises, by promise and by category")
    func complaints() async throws {
        let store = try await DemoSite.shared.value.store
        let window = ReportWindow(period: Self.year, zone: Self.zone, now: DemoSite.now)
        let analysis = try await Measurements(store).complaintsAnalysis(force: Self.force, window: window, area: .force, peers: [])
        #expect(analysis.all.complaints > 0)
        try await DemoSite.withServer { client in
            let html = try await Self.page(client, AuthorityPaths.complaints("leicestershire", period: "2008/09", unit: ""))
            #expect(html.contains("<h1>Leicestershire Police: complaints analysis, 2008/09</h1>"))
            #expect(html.contains("<h2>The promise to keep the promises</h2>"))
            func count(_ count: ComplaintsAnalysis.Count) -> String {
                let rate = count.perThousandCalls.map { rate in
                    count.complaints == 0 ? "0 per 1,000 calls" : String(format: rate < 1 ? "%.3f per 1,000 calls" : "%.2f per 1,000 calls", rate)
                }
                return "\(Thousands.text(count.complaints)) (\(rate ?? "no calls"))"
            }
            #expect(
                html.contains(
                    "<th scope=\"row\">Saying a promise was broken</th><td>\(count(analysis.brokenPromises))</td><td>\(count(analysis.brokenPromisesLastYear))</td>"
                ))
            #expect(html.contains("<th scope=\"row\">All complaints</th><td>\(count(analysis.all))</td>"))
            for row in analysis.promises {
                #expect(html.contains("<th scope=\"row\">Promise \(row.promise)</th><td>\(count(row.now))</td><td>\(count(row.lastYear))</td>"))
            }
            for row in analysis.rows { #expect(html.contains("<td>\(HTMLPage.escape(row.category))</td><td>\(count(row.now))</td>")) }
            #expect(html.contains("no comparison with peers"), "the demo store holds one force")
        }
    }

    @Test("the dip samples page shows each sample's allocation and results as totals, and no record id or note")
    func samples() async throws {
        let store = try await DemoSite.shared.value.store
        let window = ReportWindow(period: Self.quarter, zone: Self.zone, now: DemoSite.now)
        let tag = UUID().uuidString.prefix(8)
        var drawn: [DipSample] = []
        for kind in [DipSampleKind.complaints, .dissatisfaction] {
            let name = "pages-\(kind.rawValue)-\(tag)"
            let sample = try await Measurements(store).drawDipSample(
                name: name, force: Self.force, kind: kind, window: window, size: 12, seed: 7, drawnAt: DemoSite.now)
            let findings = sample.items.prefix(5).enumerated().map { index, item in
                DipSample.Finding(recordID: item.record.id, kept: index % 3 != 0, notes: "Reviewer note \(tag) \(index)")
            }
            try await store.recordFindings(force: Self.force, sample: name, findings: findings)
            drawn.append(try #require(try await store.dipSamples(force: Self.force).first { $0.name == name }))
        }
        let samples = drawn
        try await DemoSite.withServer { client in
            let html = try await Self.page(client, AuthorityPaths.samples("leicestershire"))
            #expect(html.contains("<h1>Leicestershire Police: the Police Authority's dip samples</h1>"))
            for sample in samples {
                #expect(sample.items.count > 0)
                #expect(html.contains("Sample “\(sample.name)”"))
                for allocation in sample.allocations {
                    #expect(
                        html.contains(
                            "<td class=\"number\">\(Thousands.text(allocation.population))</td><td class=\"number\">\(Thousands.text(allocation.drawn))</td>"
                        ))
                }
                let results = sample.results
                #expect(results.reviewed == 5)
                let kept = "\(Percent.text(results.kept.value!)) (\(results.kept.numerator) of \(results.kept.denominator))"
                #expect(
                    html.contains(
                        "Reviewed: 5 of \(sample.items.count) (\(results.awaiting) awaiting review). The promise was kept in \(kept), 95% interval"))
                if results.byPromise.contains(where: { $0.kept.denominator < 5 }) {
                    #expect(html.contains("<td>not shown: fewer than 5 reviewed</td>"), "a share of fewer than 5 records is withheld")
                }
                for item in sample.items { #expect(!html.contains(item.record.id), "the page shows the record \(item.record.id)") }
            }
            #expect(!html.contains("Reviewer note"), "the page shows a reviewer's note")
            let report = try await Self.page(client, AuthorityPaths.report("leicestershire", quarter: "2009-Q1"))
            for sample in samples {
                #expect(report.contains("<th scope=\"row\">\(sample.name)</th>"))
                for item in sample.items { #expect(!report.contains(">\(item.record.id)<"), "the report shows the record \(item.record.id)") }
            }
        }
    }

    @Test("the questionnaires page shows each survey's questions with the store's shares and the largest gaps")
    func questionnaires() async throws {
        let store = try await DemoSite.shared.value.store
        let analysis = try await Measurements(store).questionnaires(
            force: Self.force, window: ReportWindow(period: Self.year, zone: Self.zone, now: DemoSite.now))
        #expect(!analysis.questions.isEmpty, "the demo records the Authority's questionnaires")
        try await DemoSite.withServer { client in
            let html = try await Self.page(client, AuthorityPaths.questionnaires("leicestershire", period: "2008/09"))
            #expect(html.contains("<h1>Leicestershire Police: the Police Authority's questionnaires, 2008/09</h1>"))
            for survey in Set(analysis.questions.map(\.survey)) where QuestionnaireAnalysis.authoritySurveys.contains(survey) {
                #expect(
                    html.contains(
                        [
                            "council-tax": "Council tax questionnaire", "community": "Community consultation questionnaire",
                            "youth": "Youth questionnaire",
                        ][survey]!))
            }
            for question in analysis.questions {
                let share =
                    "\(Percent.text(question.positive.value!)) (\(Thousands.text(question.positive.numerator)) of \(Thousands.text(question.positive.denominator)))"
                #expect(html.contains("</th><td>\(question.promise.map { "\($0)" } ?? "–")</td><td>\(share)</td>"), "\(question.question)")
                for group in question.groups { #expect(html.contains("<li>\(HTMLPage.escape(group.group)): \(Percent.text(group.positive.value!))")) }
                if let gap = question.gap {
                    #expect(
                        html.contains(
                            "points, \(HTMLPage.escape(gap.higher)) above \(HTMLPage.escape(gap.lower)): \(gap.intervalsApart ? "intervals apart" : "intervals overlap")"
                        ))
                }
            }
        }
    }

    @Test("bad quarters and periods get 400, unknown forces and units 404, and a force without calls an index that says so")
    func errors() async throws {
        try await DemoSite.withServer { client in
            let cases: [(String, HTTPResponse.Status, String)] = [
                ("/forces/leicestershire/authority?quarter=2009-Q5", .badRequest, "Choose a quarter"),
                ("/forces/leicestershire/authority?quarter=2009-01", .badRequest, "Choose a quarter"),
                ("/forces/leicestershire/authority/report?quarter=sometime", .badRequest, "Give a calendar quarter"),
                ("/forces/leicestershire/authority/report/print?quarter=2008%2F09", .badRequest, "Choose a quarter"),
                ("/forces/leicestershire/authority/plan?period=sometime", .badRequest, "Choose a period"),
                ("/forces/leicestershire/authority/panel?period=2009-13", .badRequest, "Choose a period"),
                ("/forces/leicestershire/authority/report?quarter=2009-Q1&unit=Atlantis", .notFound, "has no local policing unit called"),
                ("/forces/leicestershire/authority/complaints?unit=Atlantis", .notFound, "has no local policing unit called"),
                ("/forces/atlantis/authority", .notFound, "There is no police force with that name"),
                ("/forces/atlantis/authority/samples", .notFound, "There is no police force with that name"),
                ("/forces/atlantis/authority/report", .notFound, "There is no police force with that name"),
                ("/forces/cumbria/authority/report", .notFound, "has no calls recorded yet"),
                ("/forces/cumbria/authority/panel", .notFound, "has no calls recorded yet"),
            ]
            for (uri, expected, needle) in cases {
                let (status, type, html, _) = try await ServerTests.get(client, uri)
                #expect(status == expected, "\(uri): \(status)")
                #expect(type == "text/html; charset=utf-8", "\(uri)")
                #expect(html.contains(needle), "\(uri) lacks \(needle)")
                ServerTests.checkPage(html, uri)
            }
            let cumbria = try await Self.page(client, "/forces/cumbria/authority")
            #expect(cumbria.contains("No calls are recorded for this force yet"))
        }
    }
}
