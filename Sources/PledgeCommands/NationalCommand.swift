import ArgumentParser
import Foundation
import PledgeCore
import PledgeOutput
import PledgeStore

/// `pledgewatch national`: every force in the store for a period, side by side.
struct NationalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "national",
        abstract: "Every force in the store for a period: grades side by side, funnel plots of key indicators, peers.",
        discussion: """
            Funnel plots judge each force against 95% and 99.8% limits around the national share for its own \
            number of records, rather than ranking forces in a league table. --peers names a JSON file of peer \
            groups: {"leicestershire": ["nottinghamshire", "derbyshire"]}.
            """)

    @Option(help: PeriodChoice.help())
    var period: String

    @Option(help: ArgumentHelp("Peer groups (JSON: force id → its most similar forces).", valueName: "file"))
    var peers: String?

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, html }

    @Option(help: "text, or html (funnel plots drawn; one file, no network needed).")
    var format: Format = .text

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        try ReportSelection.check(period: period)
    }

    func run() async throws {
        let chosenPeriod = try PeriodChoice.parse(period)
        let groups = try peers.map { try PeerFile.groups($0, option: "--peers") } ?? [:]
        let opened = try await store.openExisting()
        let forces = Set(try await opened.status().holdings.map(\.force.id)).sorted().compactMap(ForceCatalogue.force(id:))
        var cards: [ReportCard] = []
        for force in forces {
            let window = ReportWindow(period: chosenPeriod, zone: try force.zoneRules(), now: SystemClock.now())
            cards.append(try await Measurements(opened).reportCard(force: force, window: window))
        }
        let picture = NationalPicture(cards: cards, peerGroups: groups)
        try AuthorityOutput.write(format == .html ? picture.html : picture.text, to: out)
    }
}
