import PledgeCore
import Testing

/// The Authority's own questionnaires (council tax, community consultation, youth) from hand-built answers.
@Suite("questionnaire analysis")
struct QuestionnaireAnalysisTests {
    static let from = LocalDate(year: 2009, month: 4, day: 1)!
    static let to = LocalDate(year: 2009, month: 7, day: 1)!
    static let inRange = LocalDate(year: 2009, month: 5, day: 12)!

    /// `count` answers of one kind from one group.
    static func answers(
        _ count: Int, _ answer: String, group: String? = nil, question: String = "treated_with_respect", survey: String = "council-tax",
        on day: LocalDate = inRange
    ) -> [SurveyAnswerFact] {
        (0..<count).map { _ in SurveyAnswerFact(respondedOn: day, question: question, answer: answer, group: group, survey: survey) }
    }

    /// `positive` positive answers (alternating `yes`, 4, 5) and `total - positive` others (`no`, 1, 2, 3).
    static func group(_ label: String, _ positive: Int, of total: Int, question: String = "treated_with_respect") -> [SurveyAnswerFact] {
        let good = ["yes", "4", "5"]
        let bad = ["no", "1", "2", "3"]
        return (0..<total).map { index in
            SurveyAnswerFact(
                respondedOn: inRange, question: question, answer: index < positive ? good[index % 3] : bad[index % 4], group: label,
                survey: "community")
        }
    }

    static func analysis(_ answers: [SurveyAnswerFact], minimum: Int = 30) -> QuestionnaireAnalysis {
        QuestionnaireAnalysis(answers: answers, from: from, to: to, minimumGroupAnswers: minimum)
    }

    static func share(_ proportion: Proportion) -> String { "\(proportion.numerator)/\(proportion.denominator)" }

    @Test("yes, 4 and 5 are positive; no, 1, 2 and 3 are not")
    func positiveAnswers() throws {
        let answers = ["yes", "no", "1", "2", "3", "4", "5"].flatMap { Self.answers(1, $0) }
        let question = try #require(Self.analysis(answers).questions.first)
        #expect(Self.share(question.positive) == "3/7")
        #expect(question.survey == "council-tax" && question.question == "treated_with_respect" && question.promise == 1)
        // No group labels: no groups and no gap.
        #expect(question.groups.isEmpty && question.gap == nil)
    }

    @Test("per group shares; the gap in points between the highest and lowest group with enough answers, whose intervals are apart")
    func clearGap() throws {
        let answers = Self.group("16-24", 40, of: 100) + Self.group("65+", 90, of: 100) + Self.group("25-64", 60, of: 100)
        let question = try #require(Self.analysis(answers).questions.first)
        #expect(question.groups.map { "\($0.group) \(Self.share($0.positive))" } == ["16-24 40/100", "25-64 60/100", "65+ 90/100"])
        #expect(Self.share(question.positive) == "190/300")
        let gap = try #require(question.gap)
        #expect(gap.higher == "65+" && gap.lower == "16-24")
        #expect(abs(gap.points - 50) < 1e-9)
        // 90/100 is 82.6%–94.5%, 40/100 is 30.9%–49.8%: apart.
        #expect(gap.intervalsApart)
    }

    @Test("a small gap's intervals overlap")
    func smallGap() throws {
        let answers = Self.group("men", 52, of: 100) + Self.group("women", 48, of: 100)
        let gap = try #require(Self.analysis(answers).questions.first?.gap)
        #expect(gap.higher == "men" && gap.lower == "women")
        #expect(abs(gap.points - 4) < 1e-9)
        #expect(!gap.intervalsApart)
    }

    @Test("groups below the minimum are shown but left out of the gap")
    func minimumGroupAnswers() throws {
        // "small" has 0/29: below 30, it would be the lowest group.
        let answers = Self.group("a", 27, of: 30) + Self.group("b", 21, of: 30) + Self.group("small", 0, of: 29)
        let question = try #require(Self.analysis(answers).questions.first)
        #expect(question.groups.map(\.group) == ["a", "b", "small"])
        #expect(Self.share(question.groups[2].positive) == "0/29")
        let gap = try #require(question.gap)
        #expect(gap.higher == "a" && gap.lower == "b")
        #expect(abs(gap.points - 20) < 1e-9)
        // With a minimum of 29 the small group counts and is the lowest.
        let lower = try #require(Self.analysis(answers, minimum: 29).questions.first?.gap)
        #expect(lower.lower == "small" && abs(lower.points - 90) < 1e-9)
        // Only one group with enough answers: no gap.
        #expect(Self.analysis(Self.group("a", 27, of: 30) + Self.group("small", 0, of: 29)).questions.first?.gap == nil)
        #expect(Self.analysis([]).minimumGroupAnswers == 30)
    }

    @Test("only the Authority's surveys, answered on days from..<to, are analysed, by survey and then question")
    func surveysAndDates() {
        let answers =
            Self.answers(3, "yes", question: "p8_updates_useful", survey: "youth")
            + Self.answers(2, "no", survey: "community") + Self.answers(1, "yes", survey: "community")
            + Self.answers(4, "5", survey: "council-tax")
            + Self.answers(5, "yes", survey: "user-satisfaction") + Self.answers(5, "yes", survey: "other")
            // On the first day (in) and on the day after the last (out), and before the first.
            + Self.answers(1, "no", survey: "council-tax", on: Self.from)
            + Self.answers(7, "no", survey: "council-tax", on: Self.to)
            + Self.answers(7, "no", survey: "council-tax", on: Self.from.adding(days: -1))
            + Self.answers(2, "4", question: "knows_how_to_contact_team", survey: "council-tax")
        let questions = Self.analysis(answers).questions
        #expect(
            questions.map { "\($0.survey) \($0.question) \(Self.share($0.positive))" } == [
                "council-tax knows_how_to_contact_team 2/2", "council-tax treated_with_respect 4/5", "community treated_with_respect 1/3",
                "youth p8_updates_useful 3/3",
            ])
        #expect(questions.map(\.promise) == [2, 1, 1, 8])
        // Asking for another survey by name.
        let other = QuestionnaireAnalysis(answers: answers, from: Self.from, to: Self.to, surveys: ["user-satisfaction"])
        #expect(other.questions.map { "\($0.survey) \(Self.share($0.positive))" } == ["user-satisfaction 5/5"])
    }

    @Test(
        "the promise a question is about",
        arguments: [
            ("treated_with_respect", 1 as Int?), ("treated_fairly", 1), ("knows_how_to_contact_team", 2), ("knows_team", 2),
            ("sees_team_often_enough", 3), ("informed_of_progress", 9), ("p8_updates_useful", 8), ("P8_Updates", 8), ("p10_ack", 10),
            ("p3", 3), ("p11_something", nil), ("p0_nothing", nil), ("public_meeting", nil), ("pa3_x", nil), ("satisfied_overall", nil),
            ("8_updates", nil),
        ])
    func promiseOfQuestion(question: String, promise: Int?) {
        #expect(QuestionnaireAnalysis.promise(of: question) == promise)
    }

    @Test("the gap is the same however the answers are ordered, ties going to the earlier label")
    func orderIndependence() throws {
        let answers = Self.group("x", 30, of: 40) + Self.group("b", 30, of: 40) + Self.group("m", 10, of: 40) + Self.group("c", 10, of: 40)
        let first = try #require(Self.analysis(answers).questions.first?.gap)
        let second = try #require(Self.analysis(answers.reversed()).questions.first?.gap)
        #expect((first.higher, first.lower) == ("b", "c"))
        #expect((second.higher, second.lower) == ("b", "c"))
    }
}
