import ArgumentParser
import Foundation
import PledgeCore
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

    @Option(help: ArgumentHelp("The period.", valueName: "period"))
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
        let groups = try peers.map(Self.readPeers) ?? [:]
        let opened = try await store.open()
        let forces = Set(try await opened.status().holdings.map(\.force.id)).sorted().compactMap(ForceCatalogue.force(id:))
        var cards: [ReportCard] = []
        for force in forces {
            let window = ReportWindow(period: Period(period)!, zone: ZoneRulesCache.rules(for: force.timeZone)!, now: SystemClock.now())
            cards.append(try await opened.reportCard(force: force, window: window))
        }
        let picture = NationalPicture(cards: cards, peerGroups: groups)
        let body = format == .html ? picture.html : picture.text
        if let out {
            guard FileManager.default.createFile(atPath: out, contents: Data(body.utf8)) else { throw ValidationError("--out: cannot write \(out)") }
        } else {
            print(body, terminator: "")
        }
    }

    /// Reads a peer-group file, refusing unknown forces by name.
    static func readPeers(_ path: String) throws -> [String: [String]] {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("--peers: \(path) cannot be read") }
        guard let groups = try? JSONDecoder().decode([String: [String]].self, from: data) else {
            throw ValidationError("--peers: \(path): not a JSON object of force id → list of force ids")
        }
        for id in groups.keys.sorted() + groups.values.flatMap({ $0 }) where ForceCatalogue.force(id: id) == nil {
            throw ValidationError("--peers: \(path): '\(id)' is not a force; see `pledgewatch forces`")
        }
        return groups
    }
}
