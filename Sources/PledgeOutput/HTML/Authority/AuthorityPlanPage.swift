import PledgeCore

/// The Police Authority's monitoring plan against what it recorded doing: each promise (and the promise to
/// keep the promises) by quarter, with each planned mechanism's status, the runs, and unmonitored quarters
/// flagged in words; the monitoring actions that are overdue; and the plan itself.
public enum AuthorityPlanPage {
    public static func html(forceID: String, forceName: String, view: MonitoringPlanView, period: String, periodChoices: [String]) -> String {
        AuthorityLayout.page(
            forceID: forceID, forceName: forceName, title: "\(forceName): the Police Authority's monitoring plan, \(period)",
            lead:
                "How the Police Authority checks that each promise of the Policing Pledge is kept, quarter by quarter, as recorded up to and including \(PlainDates.day(view.asOfDay))."
        ) { page in
            AuthorityChooser.write(
                into: &page, action: AuthorityPaths.plan(forceID),
                hint: "Financial years run from April to March; a quarter or a month shows its own quarter.",
                fields: [AuthorityChooser.period(period, choices: periodChoices)])
            writeUnmonitored(view, into: &page)
            writeGrid(view, into: &page)
            writeOverdue(view, into: &page)
            writePlan(view.plan, into: &page)
        }
    }

    private static func writeUnmonitored(_ view: MonitoringPlanView, into page: inout HTMLPage) {
        let gaps = view.unmonitored
        guard !gaps.isEmpty else {
            page.element("p", "Every promise had some monitoring in each quarter that has ended.")
            return
        }
        page.open("div", ["class": "panel warning"])
        page.element("p", "Unmonitored: nothing ran for these promises in a quarter that has ended.")
        page.open("ul")
        for gap in gaps { page.element("li", "\(MonitoringPlan.scopeName(gap.promise)): \(gap.quarters.joined(separator: ", "))") }
        page.close("ul")
        page.close("div")
    }

    private static func writeGrid(_ view: MonitoringPlanView, into page: inout HTMLPage) {
        page.element("h2", "Each promise by quarter")
        page.element(
            "p",
            "Each planned mechanism is marked ran, ran in window (a yearly or half-yearly mechanism that ran in another quarter of its window), due, overdue or not started. A monitoring record that names no promise counts for every promise whose plan uses its mechanism.",
            ["class": "how"])
        page.open("table", ["class": "plan"])
        page.element("caption", "The monitoring plan against what ran, by promise and quarter")
        page.open("thead")
        page.open("tr")
        page.element("th", "Promise", ["scope": "col"])
        for quarter in view.quarters { page.element("th", quarter.label, ["scope": "col"]) }
        page.close("tr")
        page.close("thead")
        page.open("tbody")
        for row in view.rows {
            page.open("tr")
            page.element("th", MonitoringPlan.scopeName(row.promise), ["scope": "row"])
            for cell in row.cells {
                page.open("td", cell.unmonitored ? ["class": "unmonitored"] : [:])
                AuthorityMonitoringCell.write(cell, into: &page)
                page.close("td")
            }
            page.close("tr")
        }
        page.close("tbody")
        page.close("table")
    }

    private static func writeOverdue(_ view: MonitoringPlanView, into page: inout HTMLPage) {
        page.element("h2", "Overdue monitoring actions")
        guard !view.overdueActions.isEmpty else {
            page.element("p", "None: every monitoring action due by \(PlainDates.day(view.asOfDay)) has been done.")
            return
        }
        page.table(
            caption: "Monitoring the Authority set itself, due before \(PlainDates.day(view.asOfDay)) and not done",
            columns: ["What was asked", "Promise", "Mechanism", "Opened", "Due"]
        ) { page in
            for action in view.overdueActions {
                page.open("tr")
                page.element("th", action.summary, ["scope": "row"])
                page.element("td", action.promise.map { "Promise \($0)" } ?? "Every promise")
                page.element("td", action.mechanism.flatMap(MonitoringMechanism.init)?.name ?? "–")
                page.element("td", PlainDates.day(action.openedOn))
                page.element("td", action.dueOn.map(PlainDates.day) ?? "–")
                page.close("tr")
            }
        }
    }

    private static func writePlan(_ plan: MonitoringPlan, into page: inout HTMLPage) {
        page.element("h2", "The plan")
        page.element(
            "p",
            plan.isDefault
                ? "This is the default plan, taken from the Leicestershire Police Authority's paper on how it can make sure the Pledge is kept: the Authority has not recorded a plan of its own for this force."
                : "This is the plan the Police Authority has recorded for this force.")
        page.table(
            caption: plan.isDefault ? "The default monitoring plan" : "The Authority's monitoring plan",
            columns: ["Promise", "Mechanism", "How often", "What the Authority does"]
        ) { page in
            for entry in plan.entries {
                page.open("tr")
                page.element("th", MonitoringPlan.scopeName(entry.promise), ["scope": "row"])
                page.element("td", entry.mechanism.name)
                page.element("td", entry.frequency.rawValue)
                page.element("td", entry.note.isEmpty ? "–" : entry.note)
                page.close("tr")
            }
        }
    }
}
