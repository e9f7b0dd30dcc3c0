import ArgumentParser
import Foundation
import PledgeCore
import PledgeStore

/// `pledgewatch authority plan`: the monitoring plan, and what ran against it quarter by quarter.
struct AuthorityPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "The Authority's monitoring plan, and per promise and quarter what ran, what is overdue and what went unmonitored.",
        discussion: """
            A monitoring run is an `actions` record with owner authority and kind monitoring, run on its \
            closed_on day; one not closed is overdue once its due_on has passed. Quarters are calendar \
            quarters; yearly and half-yearly windows follow the financial year.
            """)

    @OptionGroup var force: AuthorityForce

    @Option(help: ArgumentHelp("The period whose quarters to show (default: the financial year of the as-of day).", valueName: "period"))
    var period: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("The instant the view describes (default: the end of the period, or now).", valueName: "instant"))
    var asOf: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let period { try ReportSelection.check(period: period) }
    }

    func run() async throws {
        let opened = try await store.openExisting()
        let label =
            try period
            ?? Period.financialYear(containing: force.zone.localDate(of: (force.instant(asOf) ?? SystemClock.now()).adding(seconds: -1))).label
        let window = try force.window(period: label, asOf: asOf)
        let view = try await Measurements(opened).monitoringPlanView(force: force.chosen, window: window)
        print(AuthorityPlanPrinter.text(view, forceName: force.chosen.name, period: window.period), terminator: "")
    }
}

/// `pledgewatch authority plan-import`: the Authority's own plan, from a CSV file.
struct AuthorityPlanImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan-import",
        abstract: "Replace the force's monitoring plan with the one in a CSV file (promise,mechanism,frequency,note).",
        discussion: """
            One row per mechanism of a promise; promise blank is the promise to keep the promises. \
            Frequencies: monthly, quarterly, half-yearly, yearly. Every bad row is reported with its line \
            and field, and then nothing is kept. `plan-export` writes a file in the same form.
            """)

    @OptionGroup var force: AuthorityForce

    @Argument(help: ArgumentHelp("The plan file (CSV).", valueName: "file"))
    var file: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let (plan, notes) = try AuthorityPlanFile.read(file)
        try await store.open().keepMonitoringPlan(force: force.chosen, plan: plan)
        for note in notes { print("note: \(note)") }
        let promises = Set(plan.entries.map(\.promise)).count
        print(
            "kept the plan for \(force.chosen.name): \(plan.entries.count) entries for \(promises) of the 11 promises (the ten and the promise to keep them)"
        )
        let missing = MonitoringPlan.scopes.filter { plan.entries(for: $0).isEmpty }
        if !missing.isEmpty { print("no mechanism for: \(missing.map(MonitoringPlan.scopeName).joined(separator: ", "))") }
    }
}

/// `pledgewatch authority plan-export`: the plan in force, as the CSV `plan-import` reads.
struct AuthorityPlanExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan-export",
        abstract: "Write the force's monitoring plan (its own, or the default) as CSV, to edit and import again.")

    @OptionGroup var force: AuthorityForce

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let plan = try await store.openExisting().monitoringPlan(force: force.chosen)
        try AuthorityOutput.write(AuthorityPlanFile.csv(plan), to: out)
    }
}

/// `pledgewatch authority plan-reset`: back to the default plan.
struct AuthorityPlanResetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan-reset",
        abstract: "Forget the Authority's own plan for the force: the default plan, from the Authority's paper, applies again.")

    @OptionGroup var force: AuthorityForce

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await store.open().keepMonitoringPlan(force: force.chosen, plan: nil)
        print("\(force.chosen.name) uses the default monitoring plan")
    }
}

/// The plan and its view as text.
enum AuthorityPlanPrinter {
    static func text(_ view: MonitoringPlanView, forceName: String, period: Period) -> String {
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
    static func scope(_ promise: Int?) -> String { promise.map(String.init) ?? "keep" }

    /// A status in a table cell: `ran 2009-02-10`, `ran in window 2008-06-30`, `due by 2009-03-31`, `OVERDUE`, `not started`.
    static func status(_ status: MonitoringPlanView.Status) -> String {
        switch status {
        case .ran(let days): "ran \(days.first.map(\.description) ?? "")" + (days.count > 1 ? " +\(days.count - 1)" : "")
        case .ranInWindow(let day): "ran in window \(day)"
        case .due(let by): "due by \(by.adding(days: -1))"
        case .overdue: "OVERDUE"
        case .notStarted: "not started"
        }
    }
}
