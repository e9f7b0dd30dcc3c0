import ArgumentParser
import Foundation
import PledgeCore
import PledgeOutput
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
