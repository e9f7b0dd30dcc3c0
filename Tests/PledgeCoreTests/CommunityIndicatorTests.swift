import PledgeCore
import Testing

@Suite("survey and posting indicators")
struct CommunityIndicatorTests {
    typealias T = CallIndicatorTests

    @Test("P1.respect and P2.awareness: yes, 4 and 5 are positive; other questions and other months are out")
    func surveys() throws {
        let day = LocalDate("2009-01-20")!
        let answers = [
            SurveyAnswerFact(neighbourhood: "CITY", respondedOn: day, question: "treated_with_respect", answer: "5"),
            SurveyAnswerFact(neighbourhood: "CITY", respondedOn: day, question: "treated_with_respect", answer: "4"),
            SurveyAnswerFact(neighbourhood: "CITY", respondedOn: day, question: "treated_with_respect", answer: "3"),
            SurveyAnswerFact(respondedOn: day, question: "treated_with_respect", answer: "yes"),
            SurveyAnswerFact(respondedOn: LocalDate("2009-02-01")!, question: "treated_with_respect", answer: "yes"),
            SurveyAnswerFact(respondedOn: LocalDate("2009-01-31")!, question: "knows_how_to_contact_team", answer: "no"),
            SurveyAnswerFact(respondedOn: day, question: "satisfied_overall", answer: "5"),
        ]
        let results = T.engine().surveyIndicators(answers)
        #expect(T.counts(results, "P1.respect") == "3/4")
        #expect(T.counts(results, "P1.respect", .neighbourhood("CITY")) == "2/3")
        #expect(T.counts(results, "P2.awareness") == "0/1")
    }

    @Test("P3.retention: postings that ended in the period, by their end; 365 days or more is a year")
    func retention() throws {
        let postings = [
            PostingFact(neighbourhood: "CITY", startedOn: LocalDate("2008-01-15")!, endedOn: LocalDate("2009-01-14")!),  // 365 days
            PostingFact(neighbourhood: "CITY", startedOn: LocalDate("2008-01-16")!, endedOn: LocalDate("2009-01-14")!),  // 364 days
            PostingFact(neighbourhood: "VALE", startedOn: LocalDate("2005-01-01")!, endedOn: LocalDate("2009-02-01")!),  // ended later
            PostingFact(neighbourhood: "VALE", startedOn: LocalDate("2005-01-01")!),  // still in post
        ]
        let results = T.engine().postingIndicators(postings)
        #expect(T.counts(results, "P3.retention") == "1/2")
        #expect(T.counts(results, "P3.retention", .unit("County")) == nil, "no posting of the county unit ended in January")
    }
}
