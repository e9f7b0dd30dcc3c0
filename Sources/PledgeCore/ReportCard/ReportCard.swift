/// The report card for a force and period: the force's grade, each promise with its wording, grade,
/// findings and the figures behind them, and the three improvement areas (`grading.md`, issue 5).
public struct ReportCard: Sendable {
    public struct PromiseCard: Sendable {
        public let promise: Int
        public let wording: String
        public let grading: PromiseGrading
        public let findings: [Finding]
        /// The force-level results of the promise's indicators, informational ones included.
        public let results: [IndicatorResult]
        /// Reality checks of the promise made in the period, as evidence.
        public let realityChecks: [RealityCheckFact]
        /// The names of the neighbourhoods its reality checks were made in, by id.
        let neighbourhoodNames: [String: String]

        /// Where a reality check was made, as a reader knows the place: the neighbourhood's name (its id when
        /// the store has no name for it), or "force-wide".
        public func place(of check: RealityCheckFact) -> String {
            guard let id = check.neighbourhood else { return "force-wide" }
            return neighbourhoodNames[id] ?? id
        }
    }

    public struct AreaCard: Sendable {
        public let area: Int
        public let wording: String
        /// Nil until an assessor grades it.
        public let assessed: Assessment.AreaGrade?
        /// What the records can count towards it (area 2: shortfalls with an open improvement action).
        public let counted: String?
    }

    public let forceID: String
    public let forceName: String
    public let window: ReportWindow
    public let grading: ForceGrading
    public let promises: [PromiseCard]
    public let improvementAreas: [AreaCard]

    /// Grades the force from its force-level results (other areas are ignored), the period's reality
    /// checks and the assessment.
    public init(
        force: Force, window: ReportWindow, results: [IndicatorResult], realityChecks: [RealityCheckFact], actions: [ActionFact] = [],
        assessment: Assessment = Assessment(), neighbourhoodNames: [String: String] = [:]
    ) {
        forceID = force.id
        forceName = force.name
        self.window = window
        let forceResults = results.filter { $0.area == .force }
        promises = (1...10).map { promise in
            let mine = forceResults.filter { $0.indicator.promise == promise }
            let gradings = mine.filter { !$0.indicator.isInformational }.map(IndicatorGrading.init)
            return PromiseCard(
                promise: promise, wording: PledgeWording.promise(promise),
                grading: PromiseGrading(promise: promise, indicators: gradings, override: assessment.overrides[promise]),
                findings: assessment.findings[promise] ?? FindingDrafter.draft(gradings, results: mine), results: mine,
                realityChecks: realityChecks.filter { $0.promise == promise && window.counts($0.made) }.sorted { $0.made < $1.made },
                neighbourhoodNames: neighbourhoodNames)
        }
        let coverage = ShortfallCoverage(gradings: promises.flatMap(\.grading.indicators), actions: actions, on: window.asOfDay)
        improvementAreas = (1...3).map {
            AreaCard(
                area: $0, wording: PledgeWording.improvementArea($0), assessed: assessment.improvementAreas[$0],
                counted: $0 == 2 ? coverage.text : nil)
        }
        grading = ForceGrading(
            promises: Dictionary(uniqueKeysWithValues: promises.map { ($0.promise, $0.grading.published) }),
            improvementAreas: Dictionary(uniqueKeysWithValues: improvementAreas.map { ($0.area, $0.assessed?.grade) }))
    }

    /// Computes the figures from `facts` and grades them.
    public init(force: Force, engine: IndicatorEngine, facts: IndicatorFacts, assessment: Assessment = Assessment()) {
        self.init(
            force: force, window: engine.window, results: engine.report(facts), realityChecks: facts.realityChecks, actions: facts.actions,
            assessment: assessment)
    }
}
