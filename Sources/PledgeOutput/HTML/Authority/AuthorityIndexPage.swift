import PledgeCore

/// The Police Authority section of a force: what the Authority does to make sure the Pledge is kept, the
/// monitoring of the chosen quarter at a glance, and links to each of its pages for that quarter (the
/// report) or its financial year (the rest).
public enum AuthorityIndexPage {
    /// `quarter` is the quarter shown (nil when the force has no calls), `view` the monitoring plan view for
    /// it, and `units` the force's local policing units.
    public static func html(
        forceID: String, forceName: String, quarter: Period?, quarterChoices: [String], units: [String], view: MonitoringPlanView?
    ) -> String {
        SiteLayout.page(
            title: "\(forceName): the Police Authority's oversight of the Pledge",
            crumbs: [.init("Home", "/"), .init(forceName, SiteLayout.forcePath(forceID))]
        ) { page in
            page.element(
                "p",
                "How the Police Authority makes sure \(forceName) keeps the Policing Pledge: its monitoring plan, the quarterly performance report, the Contact Management Panel, the analysis of complaints, dip samples of records, and its own questionnaires.",
                ["class": "lead"])
            guard let quarter else {
                page.element("p", "No calls are recorded for this force yet, so the Authority's pages have no figures to show.")
                page.open("p")
                page.element("a", "The Authority's dip samples", ["href": AuthorityPaths.samples(forceID)])
                page.close("p")
                return
            }
            AuthorityChooser.write(
                into: &page, action: AuthorityPaths.index(forceID), hint: "Calendar quarters of the force's latest financial year (April to March).",
                fields: [AuthorityChooser.quarter(quarter.label, choices: quarterChoices)])
            if let view { writeGlance(view, quarter: quarter, forceID: forceID, into: &page) }
            writeLinks(forceID: forceID, quarter: quarter, into: &page)
            writePacks(forceID: forceID, quarter: quarter.label, units: units, into: &page)
        }
    }

    private static func writeGlance(_ view: MonitoringPlanView, quarter: Period, forceID: String, into page: inout HTMLPage) {
        page.element("h2", "Monitoring at a glance, \(quarter.label)")
        let cells = view.rows.compactMap { row in row.cells.first { $0.quarter.label == quarter.label }.map { (row.promise, $0) } }
        let unmonitored = cells.filter { $0.1.unmonitored }.map { MonitoringPlan.scopeName($0.0) }
        let overdue = cells.reduce(0) { $0 + $1.1.overdue.count }
        let ended = quarter.end <= view.asOfDay.adding(days: 1)
        page.open("ul")
        if !ended {
            page.element(
                "li", "The quarter has not ended (records up to \(PlainDates.day(view.asOfDay))): a promise is flagged unmonitored only once it has.")
        } else if unmonitored.isEmpty {
            page.element("li", "Every promise had some monitoring in the quarter.")
        } else {
            page.open("li")
            page.element("strong", "Unmonitored:")
            page.text(" \(unmonitored.joined(separator: ", ")): nothing ran for \(unmonitored.count == 1 ? "it" : "them") in the quarter.")
            page.close("li")
        }
        page.element("li", "Planned mechanisms overdue in the quarter: \(overdue).")
        page.element("li", "Monitoring actions overdue as of \(PlainDates.day(view.asOfDay)): \(view.overdueActions.count).")
        page.close("ul")
    }

    private static func writeLinks(forceID: String, quarter: Period, into page: inout HTMLPage) {
        let year = Period.financialYear(containing: quarter.start).label
        page.element("h2", "The Authority's pages")
        let links: [(String, String, String)] = [
            (
                "Quarterly performance report, \(quarter.label)", AuthorityPaths.report(forceID, quarter: quarter.label),
                "Each promise's figures against the same quarter last year, with the twelve-month trend, the force's improvement actions and what the Authority did."
            ),
            (
                "Monitoring plan, \(year)", AuthorityPaths.plan(forceID, period: year),
                "Each promise by quarter: what was planned, what ran, what is overdue, and any promise left unmonitored."
            ),
            (
                "Contact Management Panel, \(year)", AuthorityPaths.panel(forceID, period: year),
                "999 and non-emergency calls month by month: volumes, abandoned calls, answer times and attendance."
            ),
            (
                "Complaints analysis, \(year)", AuthorityPaths.complaints(forceID, period: year),
                "Complaints that say a promise was broken, against last year and other forces."
            ),
            (
                "Questionnaires, \(year)", AuthorityPaths.questionnaires(forceID, period: year),
                "The council tax, community consultation and youth questionnaires, with the gaps between groups."
            ),
            ("Dip samples", AuthorityPaths.samples(forceID), "Random samples of records checked by the Authority's reviewers, as totals."),
        ]
        page.open("ul", ["class": "plain links"])
        for (text, href, hint) in links {
            page.open("li")
            page.element("a", text, ["href": href])
            page.element("p", hint, ["class": "hint"])
            page.close("li")
        }
        page.close("ul")
    }

    private static func writePacks(forceID: String, quarter: String, units: [String], into page: inout HTMLPage) {
        guard !units.isEmpty else { return }
        page.element("h2", "Report packs for each local policing unit, \(quarter)")
        page.open("ul", ["class": "columns plain"])
        for unit in units {
            page.open("li")
            page.element("a", unit, ["href": AuthorityPaths.report(forceID, quarter: quarter, unit: unit)])
            page.close("li")
        }
        page.close("ul")
    }
}
