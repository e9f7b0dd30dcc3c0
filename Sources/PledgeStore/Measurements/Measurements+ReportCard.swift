import PledgeCore

extension Measurements {
    /// The report card of a force for a window: the facts from this store, the engine with the targets in
    /// use, and the assessment recorded for the period. The one way every adapter builds a card.
    public func reportCard(force: Force, window: ReportWindow, targets: [String: Double] = [:]) async throws -> ReportCard {
        try await reportFigures(force: force, window: window, targets: targets).card
    }

    /// The report card with the results for every area it was graded from (the force-level ones), for
    /// pages that also show units and neighbourhoods.
    public func reportFigures(force: Force, window: ReportWindow, targets: [String: Double] = [:]) async throws -> ReportFigures {
        let probe = IndicatorEngine(window: window, directory: NeighbourhoodDirectory([]))
        let facts = try await store.indicatorFacts(force: force, from: probe.earliestNeeded, to: window.end)
        let engine = IndicatorEngine(window: window, directory: facts.directory, targets: targets)
        let results = engine.report(facts)
        let assessment = Assessment(entries: try await store.assessmentEntries(force: force, period: window.period.label))
        // Reality checks are listed by the neighbourhood they were made in, by its name.
        let names = Dictionary(try await store.neighbourhoodProfiles(force: force).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let card = ReportCard(
            force: force, window: window, results: results, realityChecks: facts.realityChecks, actions: facts.actions, assessment: assessment,
            neighbourhoodNames: names)
        return ReportFigures(card: card, results: results)
    }
}
