import ArgumentParser
import Foundation
import PledgeCore
import PledgeOutput
import PledgeStore

/// `pledgewatch report`: the report card for a force and period.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The report card: a grade for each promise and for the force, with findings and the figures behind them.",
        discussion: "Grading follows docs/grading.md. Periods as for `indicators`.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html }

    @OptionGroup var selection: ReportSelection

    @Option(help: "text, json, or html (one printable A4 file, no network needed).")
    var format: Format = .text

    @Option(help: ArgumentHelp("Write the card to this file instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let force = selection.chosenForce
        let window = try selection.window()
        let configuration = try selection.configuration()
        let card = try await Measurements(store.openExisting()).reportCard(force: force, window: window, targets: configuration.targets)
        let body: [UInt8]
        switch format {
        case .text: body = Array(card.text.utf8)
        case .json: body = card.jsonBytes() + [UInt8(ascii: "\n")]
        case .html: body = Array(card.html.utf8)
        }
        try AuthorityOutput.write(body, to: out)
    }
}
