import Foundation
import PledgeCore

/// The complaints analysis as text: the totals, the promise to keep the promises, by promise and by category.
public enum AuthorityComplaintsPrinter {
    /// A count with its rate per 1,000 calls in brackets; a dash for a count withheld or not asked for.
    public static func rate(_ count: ComplaintsAnalysis.Count?) -> String {
        guard let count else { return "–" }
        return "\(count.complaints)" + (count.perThousandCalls.map { String(format: " (%.2f)", $0) } ?? " (no calls)")
    }

    /// The analysis for `pledgewatch authority complaints`; `asked` are the peers named, to say which had no calls.
    public static func text(_ analysis: ComplaintsAnalysis, force: Force, window: ReportWindow, asked: [Force]) -> String {
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
}
