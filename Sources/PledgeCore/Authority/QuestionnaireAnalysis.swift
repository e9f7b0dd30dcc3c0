/// The Police Authority's own surveys (council tax, community consultation and youth questionnaires)
/// analysed per survey and question: the positive share with its interval, the promise the question is
/// about, and each demographic group's share with the largest gap between groups.
public struct QuestionnaireAnalysis: Sendable {
    /// The surveys the Authority runs (`surveys.survey`).
    public static let authoritySurveys = ["council-tax", "community", "youth"]

    public struct GroupShare: Sendable {
        public let group: String
        public let positive: Proportion
    }

    /// The largest gap in positive share between two groups with enough answers.
    public struct Gap: Sendable {
        public let higher: String
        public let lower: String
        /// In percentage points.
        public let points: Double
        /// True when the two groups' 95% intervals do not overlap: a gap unlikely to be chance.
        public let intervalsApart: Bool
    }

    public struct Question: Sendable {
        public let survey: String
        public let question: String
        /// The promise the question is about, when known.
        public let promise: Int?
        /// Positive answers (`yes`, 4, 5) of all answers.
        public let positive: Proportion
        /// Every group that answered, by label.
        public let groups: [GroupShare]
        /// Among groups with at least the minimum number of answers; nil with fewer than two such groups.
        public let gap: Gap?
    }

    /// By survey (in `authoritySurveys` order, others after), then question.
    public let questions: [Question]
    public let minimumGroupAnswers: Int

    /// Analyses the answers of the Authority's surveys given on days `from..<to`. Groups with fewer than
    /// `minimumGroupAnswers` answers are shown but left out of the gap (P1.respect_gap uses 30).
    public init(answers: [SurveyAnswerFact], from: LocalDate, to: LocalDate, surveys: [String] = authoritySurveys, minimumGroupAnswers: Int = 30) {
        self.minimumGroupAnswers = minimumGroupAnswers
        let chosen = answers.filter { surveys.contains($0.survey) && $0.respondedOn >= from && $0.respondedOn < to }
        let grouped = Dictionary(grouping: chosen) { "\($0.survey)\u{0}\($0.question)" }
        func share(_ answers: [SurveyAnswerFact]) -> Proportion { Proportion(answers.filter(\.isPositive).count, of: answers.count) }
        questions = grouped.values.map { answers in
            let first = answers[0]
            let groups = Dictionary(grouping: answers.filter { $0.group != nil }, by: { $0.group! })
                .map { GroupShare(group: $0.key, positive: share($0.value)) }.sorted { $0.group < $1.group }
            return Question(
                survey: first.survey, question: first.question, promise: Self.promise(of: first.question), positive: share(answers), groups: groups,
                gap: Self.gap(groups.filter { $0.positive.denominator >= minimumGroupAnswers }))
        }.sorted { lhs, rhs in
            let order = { (survey: String) in surveys.firstIndex(of: survey) ?? surveys.count }
            return (order(lhs.survey), lhs.survey, lhs.question) < (order(rhs.survey), rhs.survey, rhs.question)
        }
    }

    static func gap(_ groups: [GroupShare]) -> Gap? {
        guard groups.count >= 2 else { return nil }
        // Ties keep the first group by label, so the gap is the same however the answers were ordered.
        let high = groups.max { ($0.positive.value!, $1.group) < ($1.positive.value!, $0.group) }!
        let low = groups.filter { $0.group != high.group }.min { ($0.positive.value!, $0.group) < ($1.positive.value!, $1.group) }!
        let (highInterval, lowInterval) = (high.positive.wilsonInterval()!, low.positive.wilsonInterval()!)
        return Gap(
            higher: high.group, lower: low.group, points: (high.positive.value! - low.positive.value!) * 100,
            intervalsApart: lowInterval.upper < highInterval.lower)
    }

    /// The promises the indicator questions are about, and any question named `p<n>_…` (`p8_updates_useful`)
    /// for promise n.
    public static func promise(of question: String) -> Int? {
        let known = [
            "treated_with_respect": 1, "treated_fairly": 1, "knows_how_to_contact_team": 2, "knows_team": 2, "sees_team_often_enough": 3,
            "informed_of_progress": 9,
        ]
        if let promise = known[question] { return promise }
        let lowered = question.lowercased()
        guard lowered.hasPrefix("p"), let digits = lowered.dropFirst().split(whereSeparator: { !$0.isNumber }).first,
            lowered.dropFirst().hasPrefix(digits), let number = Int(digits), (1...10).contains(number)
        else { return nil }
        return number
    }
}
