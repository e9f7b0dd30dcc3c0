import ArgumentParser
import Foundation
import PledgeCore
import PledgeOutput
import PledgeStore

/// `pledgewatch authority panel`: what the Contact Management Panel looks at (promises 5 and 6).
struct AuthorityPanelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "panel",
        abstract: "The Contact Management Panel: 999 and non-emergency calls by month, and the panel's measures with their limits.",
        discussion: """
            Per month: calls, abandoned with the p-chart limits drawn from the twelve months before the \
            period, answers in the Home Office bands (under 10 s, 10–60 s, 60 s or more) and the mean time \
            to answer. Then each measure (answer times, attendance urban and rural, ETAs given) by month with \
            its control limits and signals.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var force: AuthorityForce

    @OptionGroup var selection: AuthorityPeriodOptions

    @Option(help: "text or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("The force's configuration file (JSON, its own targets); default $PLEDGEWATCH_CONFIG.", valueName: "file"))
    var config: String?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let opened = try await store.openExisting()
        let area = try await force.area(unit: selection.unit, in: opened)
        let window = try force.window(period: selection.period, asOf: selection.asOf)
        let panel = try await Measurements(opened).contactPanel(
            force: force.chosen, window: window, targets: AuthorityOutput.configuration(config).targets)
        guard let chosen = panel.areas.first(where: { $0.area == area }) else {
            throw CommandFailure("--unit: \(area) has no calls in the store")
        }
        switch format {
        case .text: print(AuthorityPanelPrinter.text(chosen, force: force.chosen, window: window), terminator: "")
        case .json: print(chosen.json(force: force.chosen, window: window))
        }
    }
}
