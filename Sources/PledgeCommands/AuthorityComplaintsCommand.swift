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
        case .text: print(Self.text(analysis, force: force.chosen, window: window, asked: peerForces), terminator: "")
        case .json: print(Self.json(analysis, force: force.chosen, window: window))
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

    static func rate(_ count: ComplaintsAnalysis.Count?) -> String {
        guard let count else { return "–" }
        return "\(count.complaints)" + (count.perThousandCalls.map { String(format: " (%.2f)", $0) } ?? " (no calls)")
    }

    static func text(_ analysis: ComplaintsAnalysis, force: Force, window: ReportWindow, asked: [Force]) -> String {
        var text = "Complaints: \(force.name), \(analysis.area), \(window.period.label) against \(window.period.yearEarlier.label)\n"
        text += "(counts, with complaints per 1,000 calls in brackets)\n\n"
        text +=
            "All complaints: \(rate(analysis.all)); last year \(rate(analysis.allLastYear)) among \(Thousands.text(Double(analysis.all.calls))) calls "
        text += "(last year \(Thousands.text(Double(analysis.allLastYear.calls))))\n"
        text +=
            "The promise to keep the promises (complaints that a promise was broken): \(rate(analysis.brokenPromises)); last year \(rate(analysis.brokenPromisesLastYear))\n"
        if !asked.isEmpty {
            let used = analysis.peerIDs
            let left = asked.map(\.id).filter { !used.contains($0) && $0 != force.id }
            text += "Peers: \(used.isEmpty ? "none with calls in the store" : used.joined(separator: ", "))"
            text += left.isEmpty ? "\n" : "; left out (no calls in the store for the period): \(left.joined(separator: ", "))\n"
        }
        text += "\nBy promise\n"
        let hasPeers = analysis.promises.contains { $0.peers != nil }
        text += TextTable.render(
            header: ["promise", "now", "last year"] + (hasPeers ? ["peers"] : []),
            rows: analysis.promises.map { row in ["\(row.promise)", rate(row.now), rate(row.lastYear)] + (hasPeers ? [rate(row.peers)] : []) },
            rightAligned: [1, 2, 3])
        text += "\nBy promise and category\n"
        text +=
            analysis.rows.isEmpty
            ? "none\n"
            : TextTable.render(
                header: ["promise", "category", "now", "last year"],
                rows: analysis.rows.map { [$0.promise.map(String.init) ?? "none", $0.category, rate($0.now), rate($0.lastYear)] },
                rightAligned: [2, 3])
        return text
    }

    static func json(_ analysis: ComplaintsAnalysis, force: Force, window: ReportWindow) -> String {
        func write(_ count: ComplaintsAnalysis.Count?, _ w: inout JSONWriter) {
            guard let count else { return w.string(nil) }
            w.object { w in
                w.field("calls", count.calls)
                w.field("complaints", count.complaints)
                w.field("per_1000_calls", count.perThousandCalls)
            }
        }
        var w = JSONWriter(pretty: true)
        w.object { w in
            w.field("area", analysis.area.description)
            w.key("all")
            write(analysis.all, &w)
            w.key("all_last_year")
            write(analysis.allLastYear, &w)
            w.key("broken_promises")
            write(analysis.brokenPromises, &w)
            w.key("broken_promises_last_year")
            write(analysis.brokenPromisesLastYear, &w)
            w.key("by_category")
            w.array(analysis.rows) { w, row in
                w.object { w in
                    w.field("category", row.category)
                    w.key("last_year")
                    write(row.lastYear, &w)
                    w.key("now")
                    write(row.now, &w)
                    w.field("promise", row.promise)
                }
            }
            w.key("by_promise")
            w.array(analysis.promises) { w, row in
                w.object { w in
                    w.key("last_year")
                    write(row.lastYear, &w)
                    w.key("now")
                    write(row.now, &w)
                    w.key("peers")
                    write(row.peers, &w)
                    w.field("promise", row.promise)
                }
            }
            w.key("force")
            w.object { w in
                w.field("id", force.id)
                w.field("name", force.name)
            }
            w.key("peers")
            w.array(analysis.peerIDs) { w, id in w.string(id) }
            w.key("period")
            w.object { w in
                w.field("label", window.period.label)
                w.field("last_year", window.period.yearEarlier.label)
            }
        }
        return w.text
    }
}
