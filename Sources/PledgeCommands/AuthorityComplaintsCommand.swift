import ArgumentParser
import Foundation
import PledgeCore
import PledgeOutput
import PledgeStore

/// `pledgewatch authority complaints`: complaints by promise and category, per 1,000 calls, against last
/// year and the force's peers.
struct AuthorityComplaintsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaints",
        abstract: "Complaints by promise and category per 1,000 calls, against the same period last year and the force's peers.",
        discussion: """
            The promise to keep the promises: complaints that say a promise was broken (pledge_point given). \
            Peers are pooled: their complaints naming each promise per 1,000 of their calls; a peer with no \
            calls in the store for the period is left out. --peers-file takes a JSON list of force ids, or \
            the peer-group file of `pledgewatch national` ({"leicestershire": ["nottinghamshire", …]}).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var force: AuthorityForce

    @OptionGroup var selection: AuthorityPeriodOptions

    @Option(help: ArgumentHelp("Peer forces, by police.uk id, separated by commas.", valueName: "id,id…"))
    var peers: String?

    @Option(name: .customLong("peers-file"), help: ArgumentHelp("Peer forces from a JSON file.", valueName: "file"))
    var peersFile: String?

    @Option(help: "text or json.")
    var format: Format = .text

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if peers != nil && peersFile != nil { throw ValidationError("give --peers or --peers-file, not both") }
        if let peers { _ = try CommandFailure.validating { try Self.forces(peers) } }
    }

    func run() async throws {
        let opened = try await store.openExisting()
        let area = try await force.area(unit: selection.unit, in: opened)
        let window = try force.window(period: selection.period, asOf: selection.asOf)
        let peerForces = try chosenPeers()
        let analysis = try await Measurements(opened).complaintsAnalysis(force: force.chosen, window: window, area: area, peers: peerForces)
        switch format {
        case .text: print(AuthorityComplaintsPrinter.text(analysis, force: force.chosen, window: window, asked: peerForces), terminator: "")
        case .json: print(analysis.json(force: force.chosen, window: window))
        }
    }

    /// The peers named by --peers or --peers-file, without the force itself.
    func chosenPeers() throws -> [Force] {
        if let peers { return try Self.forces(peers) }
        guard let peersFile else { return [] }
        let ids: [String]
        switch try PeerFile.read(peersFile, option: "--peers-file") {
        case .list(let list): ids = list
        case .groups(let groups):
            guard let list = groups[force.chosen.id] else {
                throw CommandFailure("--peers-file: \(peersFile) names no peers for '\(force.chosen.id)'")
            }
            ids = list
        }
        return ids.compactMap(ForceCatalogue.force(id:))
    }

    /// The forces `--peers` names (ids or names separated by commas), refusing an unknown or blank one by name.
    static func forces(_ peers: String) throws -> [Force] {
        try ForceChoice.forces(peers.split(separator: ",", omittingEmptySubsequences: false).map(String.init), source: "--peers")
    }
}
