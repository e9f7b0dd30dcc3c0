/// Everything the indicator engine reads for one force and time span, as a store hands it over.
public struct IndicatorFacts: Sendable {
    public var directory: NeighbourhoodDirectory
    public var calls: [CallFact] = []
    public var messages: [MessageFact] = []
    public var dissatisfaction: [DissatisfactionFact] = []
    public var victims: [VictimFact] = []
    public var realityChecks: [RealityCheckFact] = []
    public var surveyAnswers: [SurveyAnswerFact] = []
    public var postings: [PostingFact] = []
    public var duty: [DutyFact] = []
    public var engagements: [EngagementFact] = []
    public var updates: [UpdateFact] = []
    public var neighbourhoods: [NeighbourhoodFact] = []
    public var complaints: [ComplaintFact] = []
    /// Every improvement action and monitoring arrangement of the force (for improvement area 2).
    public var actions: [ActionFact] = []
    /// Months imports declared covered per kind (genuinely empty months), whatever the span asked for.
    public var declaredCoverage: [RecordKind: Set<YearMonth>] = [:]

    public init(directory: NeighbourhoodDirectory) { self.directory = directory }
}

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
