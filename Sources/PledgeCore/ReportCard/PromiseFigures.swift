import PledgeCore

/// One promise's figures for the promise page and its JSON: each indicator at force level, with its local
/// policing units and neighbourhoods on funnel plots around the share of all of them together.
public struct PromiseFigures: Sendable {
    public struct Figure: Sendable {
        public let force: IndicatorResult
        public let grade: Grade?
        /// Nil for hours-based figures: a funnel's binomial limits do not apply to summed hours.
        public let units: Funnel?
        public let neighbourhoods: Funnel?
    }

    /// A funnel plot as published: the areas shown, and those withheld under `Disclosure` (their records
    /// still count in the pooled share, so the limits are those of every area).
    public struct Funnel: Sendable {
        public struct Withheld: Sendable {
            /// `lpu:City`, `neighbourhood:NC04`: the form a funnel point's area takes.
            public let area: String
            public let name: String
            public let reason: Disclosure.Reason
        }

        public let plot: FunnelPlot
        public let withheld: [Withheld]
    }

    public let promise: Int
    public let card: ReportCard.PromiseCard
    public let figures: [Figure]

    /// From the report card's promise and the engine's results for every area; `names` gives each
    /// neighbourhood id its name, and `disclosure` what must not be shown of a unit or neighbourhood.
    public init(card: ReportCard.PromiseCard, results: [IndicatorResult], names: [String: String], disclosure: Disclosure) {
        promise = card.promise
        self.card = card
        let grades = Dictionary(card.grading.indicators.map { ($0.indicator.id, $0.grade) }, uniquingKeysWith: { first, _ in first })
        figures = card.results.map { force in
            let mine = results.filter { $0.indicator.id == force.indicator.id }
            func funnel(_ keep: (Area) -> String?) -> Funnel? {
                guard case .records = force.measure else { return nil }
                let entries = mine.compactMap { result in keep(result.area).map { (forceID: result.area.description, forceName: $0, result: result) }
                }
                let withheld = entries.compactMap { entry in
                    disclosure.reason(entry.result).map { Funnel.Withheld(area: entry.forceID, name: entry.forceName, reason: $0) }
                }
                let plot = FunnelPlot(indicator: force.indicator, results: entries).removing(Set(withheld.map(\.area)))
                return Funnel(plot: plot, withheld: withheld.sorted { $0.name < $1.name })
            }
            return Figure(
                force: force, grade: grades[force.indicator.id] ?? nil,
                units: funnel { if case .unit(let name) = $0 { name } else { nil } },
                neighbourhoods: funnel { if case .neighbourhood(let id) = $0 { names[id] ?? id } else { nil } })
        }
    }
}
