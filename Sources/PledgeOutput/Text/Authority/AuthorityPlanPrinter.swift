import Foundation
import PledgeCore

/// The plan and its view as text.
public enum AuthorityPlanPrinter {
    public static func text(_ view: MonitoringPlanView, forceName: String, period: Period) -> String {
        let plan = view.plan
        var text = "Monitoring plan for \(forceName): "
        text +=
            plan.isDefault
            ? "the default plan, from the Police Authority's paper (`authority plan-import` keeps the Authority's own)\n"
            : "the Authority's own plan (`authority plan-reset` goes back to the default)\n"
        text += TextTable.render(
            header: ["promise", "mechanism", "frequency", "note"],
            rows: plan.entries.map { [scope($0.promise), $0.mechanism.id, $0.frequency.rawValue, $0.note] })
        text += "(keep: the promise to keep the promises, picked up from complaints across all ten)\n"

        text += "\nWhat ran, \(period.label) as of \(view.asOfDay)\n"
        var rows: [[String]] = []
        for row in view.rows {
            let entries = row.cells.first?.entries ?? []
            for (index, entry) in entries.enumerated() {
                rows.append(
                    [scope(row.promise), entry.entry.mechanism.id, entry.entry.frequency.rawValue]
                        + row.cells.map { status($0.entries[index].status) })
            }
            rows.append(
                [scope(row.promise), "(runs)", ""]
                    + row.cells.map { cell in "\(cell.runs.count)" + (cell.unmonitored ? " UNMONITORED" : "") })
        }
        text += TextTable.render(header: ["promise", "mechanism", "frequency"] + view.quarters.map(\.label), rows: rows)
        text += "(runs: monitoring that ran for the promise in the quarter, planned or not; UNMONITORED: an ended quarter with none)\n"

        let unmonitored = view.unmonitored
        if !unmonitored.isEmpty {
            text += "\nUnmonitored:\n"
            for (promise, quarters) in unmonitored { text += "  \(MonitoringPlan.scopeName(promise)): \(quarters.joined(separator: ", "))\n" }
        }
        let overdue = view.rows.reduce(0) { total, row in total + row.cells.reduce(0) { $0 + $1.overdue.count } }
        if overdue > 0 { text += "\nPlanned monitoring overdue: \(overdue) (OVERDUE above: the window ended with no run)\n" }
        if !view.overdueActions.isEmpty {
            text += "\nMonitoring actions overdue (not closed, due before \(view.asOfDay)):\n"
            text += TextTable.render(
                header: ["action", "due", "promise", "mechanism", "summary"],
                rows: view.overdueActions.map {
                    [$0.id, $0.dueOn?.description ?? "", $0.promise.map(String.init) ?? "all", $0.mechanism ?? "", $0.summary]
                })
        }
        return text
    }

    /// `5`, or `keep` for the promise to keep the promises.
    public static func scope(_ promise: Int?) -> String { promise.map(String.init) ?? "keep" }

    /// A status in a table cell: `ran 2009-02-10`, `ran in window 2008-06-30`, `due by 2009-03-31`, `OVERDUE`, `not started`.
    public static func status(_ status: MonitoringPlanView.Status) -> String {
        switch status {
        case .ran(let days): "ran \(days.first.map(\.description) ?? "")" + (days.count > 1 ? " +\(days.count - 1)" : "")
        case .ranInWindow(let day): "ran in window \(day)"
        case .due(let by): "due by \(by.adding(days: -1))"
        case .overdue: "OVERDUE"
        case .notStarted: "not started"
        }
    }
}
