extension IndicatorEngine {
    /// Every indicator the engine has for every area, in catalogue order. The calls (most of the work) are
    /// judged on one core while every other kind is judged on another.
    public func report(_ facts: IndicatorFacts) -> [IndicatorResult] {
        var engine = self
        engine.coverage = coverage ?? Coverage(facts, window: window)
        return engine.judged(facts)
    }

    private func judged(_ facts: IndicatorFacts) -> [IndicatorResult] {
        let (calls, others) = Concurrently.run(
            { callIndicators(facts.calls) },
            {
                messageIndicators(facts.messages) + dissatisfactionIndicators(facts.dissatisfaction) + victimIndicators(facts.victims)
                    + realityCheckIndicators(facts.realityChecks) + surveyIndicators(facts.surveyAnswers) + postingIndicators(facts.postings)
                    + dutyIndicators(facts.duty) + neighbourhoodMonthIndicators(engagements: facts.engagements, updates: facts.updates)
                    + publishedIndicator(neighbourhoods: facts.neighbourhoods, postings: facts.postings)
            })
        let order = Dictionary(uniqueKeysWithValues: IndicatorCatalogue.all.enumerated().map { ($0.element.id, $0.offset) })
        return (calls + others).sorted { (order[$0.indicator.id] ?? 0, $0.area) < (order[$1.indicator.id] ?? 0, $1.area) }
    }
}
