/// One survey answer (promises 1 and 2).
public struct SurveyAnswerFact: Sendable {
    public let neighbourhood: String?
    public let respondedOn: LocalDate
    public let question: String
    /// `yes`, `no` or `1`…`5`.
    public let answer: String
    public let group: String?
    /// Which survey asked: `user-satisfaction`, `community`, `council-tax`, `youth` or `other`.
    public let survey: String

    public init(
        neighbourhood: String? = nil, respondedOn: LocalDate, question: String, answer: String, group: String? = nil,
        survey: String = "user-satisfaction"
    ) {
        self.neighbourhood = neighbourhood
        self.respondedOn = respondedOn
        self.question = question
        self.answer = answer
        self.group = group
        self.survey = survey
    }

    /// `yes`, 4 or 5.
    public var isPositive: Bool { answer == "yes" || answer == "4" || answer == "5" }
}

/// An officer's posting to a neighbourhood team (promises 2 and 3).
public struct PostingFact: Sendable {
    public let neighbourhood: String
    public let startedOn: LocalDate
    public let endedOn: LocalDate?

    public init(neighbourhood: String, startedOn: LocalDate, endedOn: LocalDate? = nil) {
        self.neighbourhood = neighbourhood
        self.startedOn = startedOn
        self.endedOn = endedOn
    }
}
