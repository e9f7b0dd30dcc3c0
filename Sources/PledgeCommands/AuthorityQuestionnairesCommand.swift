import ArgumentParser
import Foundation
import PledgeCore
import PledgeOutput
import PledgeStore

/// `pledgewatch authority questionnaires`: the Authority's own surveys, question by question.
struct AuthorityQuestionnairesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questionnaires",
        abstract: "The Authority's questionnaires (council tax, community, youth): positive share per question, by group, with the largest gap.",
        discussion: """
            Positive answers are yes, 4 and 5. A question's promise is known for the indicator questions and \
            for any question named p<n>_… (p8_updates_useful: promise 8). Groups with fewer answers than \
            --min-group are shown but left out of the gap; a gap is flagged when the two groups' 95% \
            intervals do not overlap.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var force: AuthorityForce

    @Option(help: PeriodChoice.help())
    var period: String

    @Option(name: .customLong("min-group"), help: ArgumentHelp("Answers a group needs to count in the gap.", valueName: "n"))
    var minGroup: Int = 30

    @Option(help: "text or json.")
    var format: Format = .text

    @OptionGroup var store: StoreOptions

    func validate() throws {
        try ReportSelection.check(period: period)
        guard minGroup >= 1 else { throw ValidationError("--min-group: give at least 1") }
    }

    func run() async throws {
        let window = try force.window(period: period, asOf: nil)
        let analysis = try await Measurements(store.openExisting()).questionnaires(force: force.chosen, window: window, minimumGroupAnswers: minGroup)
        switch format {
        case .text: print(AuthorityQuestionnairesPrinter.text(analysis, force: force.chosen, window: window), terminator: "")
        case .json: print(analysis.json(force: force.chosen, window: window))
        }
    }
}
