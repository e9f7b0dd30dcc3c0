import Foundation

/// Every force in the store for one period: grades side by side, a funnel plot per key indicator, and
/// each force against its peer group (its most similar forces) and the nation.
public struct NationalPicture: Sendable {
    /// The indicators given funnel plots: counted records with a target, the promises the public asks about.
    public static let keyIndicators = [
        IndicatorID.p5Answer10s.rawValue, IndicatorID.p5AttendUrban15m.rawValue, IndicatorID.p5AttendRural20m.rawValue,
        IndicatorID.p4Response24h.rawValue, IndicatorID.p9KeptInformed.rawValue, IndicatorID.p10Ack24h.rawValue, IndicatorID.p1Respect.rawValue,
    ]

    /// A force against its peers and the nation on one indicator.
    public struct PeerComparison: Sendable {
        public let forceID: String
        public let indicator: String
        public let force: Double?
        /// The pooled share of the peer group (the force itself left out); nil without peers with records.
        public let peers: Double?
        public let peerIDs: [String]
        public let national: Double?
    }

    public let cards: [ReportCard]
    public let funnels: [FunnelPlot]
    public let comparisons: [PeerComparison]

    /// `peerGroups`: for a force id, the ids of its most similar forces (forces not named have no peers).
    public init(cards: [ReportCard], peerGroups: [String: [String]] = [:]) {
        let sorted = cards.sorted { $0.forceName < $1.forceName }
        self.cards = sorted
        func forceResult(_ card: ReportCard, _ id: String) -> IndicatorResult? {
            card.promises.lazy.flatMap(\.results).first { $0.indicator.id == id && $0.area == .force }
        }
        let plots = Self.keyIndicators.map { id in
            FunnelPlot(
                indicator: IndicatorCatalogue.definition(id)!,
                results: cards.compactMap { card in forceResult(card, id).map { (card.forceID, card.forceName, $0) } })
        }
        funnels = plots
        let byID = Dictionary(uniqueKeysWithValues: cards.map { ($0.forceID, $0) })
        comparisons = sorted.flatMap { card in
            Self.keyIndicators.enumerated().map { index, id in
                let peerIDs = (peerGroups[card.forceID] ?? []).filter { $0 != card.forceID && byID[$0] != nil }
                let peerResults = peerIDs.compactMap { byID[$0].flatMap { forceResult($0, id) } }.filter { $0.denominator > 0 }
                let denominator = peerResults.reduce(0) { $0 + $1.denominator }
                return PeerComparison(
                    forceID: card.forceID, indicator: id, force: forceResult(card, id)?.value,
                    peers: denominator > 0 ? peerResults.reduce(0) { $0 + $1.numerator } / denominator : nil, peerIDs: peerIDs,
                    national: plots[index].national)
            }
        }
    }

    /// As text: the grades side by side, then per key indicator the national share and the forces outside
    /// the limits, then each force against its peers.
    public var text: String {
        var lines = ["Forces graded, \(cards.first?.window.period.label ?? "no period") (promises 1–10, then the force):"]
        for card in cards {
            let grades = card.promises.map { $0.grading.published.map { String($0.label.prefix(1)) } ?? "–" }.joined(separator: " ")
            lines.append(
                "  \(card.forceName.padding(toLength: 34, withPad: " ", startingAt: 0)) \(grades)   \(card.grading.grade?.label ?? "NOT ASSESSED")")
        }
        lines.append("  (E EXCELLENT, G GOOD, F FAIR, P POOR, – not assessed)")
        for funnel in funnels {
            lines.append("")
            lines.append(
                "\(funnel.indicator.id): \(funnel.indicator.title); national \(funnel.national.map(Percent.text) ?? "–") over \(funnel.points.count) \(funnel.points.count == 1 ? "force" : "forces")"
            )
            for point in funnel.points where point.position != .within {
                let placement =
                    switch point.position {
                    case .above998: "above the 99.8% limit"
                    case .below998: "below the 99.8% limit"
                    case .above95: "above the 95% limit"
                    case .below95: "below the 95% limit"
                    case .within: ""
                    }
                lines.append(
                    "  \(point.forceName): \(Percent.text(point.value)) of \(Thousands.text(point.denominator)), \(placement) (\(Percent.text(point.limits95.lower))–\(Percent.text(point.limits95.upper)) at 95%)"
                )
            }
            if funnel.points.allSatisfy({ $0.position == .within }) { lines.append("  every force within the 95% limits") }
        }
        let withPeers = comparisons.filter { !$0.peerIDs.isEmpty }
        if !withPeers.isEmpty {
            lines.append("")
            lines.append("Force, its peers and the nation:")
            for comparison in withPeers {
                lines.append(
                    "  \(comparison.forceID) \(comparison.indicator): force \(comparison.force.map(Percent.text) ?? "–"), peers \(comparison.peers.map(Percent.text) ?? "–") (\(comparison.peerIDs.joined(separator: ", "))), national \(comparison.national.map(Percent.text) ?? "–")"
                )
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
