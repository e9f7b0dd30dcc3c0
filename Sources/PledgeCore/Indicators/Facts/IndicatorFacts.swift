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
