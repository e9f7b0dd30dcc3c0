import PledgeCore

extension PledgeStore {
    /// The report card of a force for a window: the facts from this store, the engine with the targets in
    /// use, and the assessment recorded for the period. The one way every adapter builds a card.
    public func reportCard(force: Force, window: ReportWindow, targets: [String: Double] = [:]) async throws -> ReportCard {
        let probe = IndicatorEngine(window: window, directory: NeighbourhoodDirectory([]))
        let facts = try await indicatorFacts(force: force, from: probe.earliestNeeded, to: window.end)
        let engine = IndicatorEngine(window: window, directory: facts.directory, targets: targets)
        let assessment = Assessment(entries: try await assessmentEntries(force: force, period: window.period.label))
        return ReportCard(force: force, engine: engine, facts: facts, assessment: assessment)
    }
}
