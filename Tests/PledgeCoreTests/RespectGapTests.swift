import PledgeCore
import Testing

@Suite("P1.respect_gap")
struct RespectGapTests {
    typealias T = CallIndicatorTests

    static func answers(_ group: String, positive: Int, of total: Int, neighbourhood: String? = "CITY") -> [SurveyAnswerFact] {
        (0..<total).map { index in
            SurveyAnswerFact(
                neighbourhood: neighbourhood, respondedOn: LocalDate("2009-01-15")!, question: "treated_with_respect",
                answer: index < positive ? "5" : "2", group: group)
        }
    }

    @Test("the largest gap between groups of at least 30 answers, and whether their intervals are apart")
    func gap() throws {
        let facts =
            Self.answers("16-24", positive: 60, of: 100) + Self.answers("65+", positive: 95, of: 100)
            + Self.answers("25-44", positive: 29, of: 29)  // too few answers to count
        let gaps = RespectGap.compute(facts, directory: T.directory, window: T.engine().window)
        let force = try #require(gaps.first { $0.area == .force })
        #expect(force.groups.map(\.name) == ["16-24", "65+"])
        #expect(abs(force.largestGapPoints! - 35) < 1e-9)
        #expect(force.between?.lowest == "16-24" && force.between?.highest == "65+")
        #expect(force.intervalsApart == true)
    }

    @Test("a small gap inside the intervals is not apart; one group alone has no gap")
    func notApart() throws {
        let close = RespectGap.compute(
            Self.answers("A", positive: 27, of: 30) + Self.answers("B", positive: 25, of: 30), directory: T.directory, window: T.engine().window)
        #expect(close.first { $0.area == .force }?.intervalsApart == false)
        let alone = RespectGap.compute(Self.answers("A", positive: 27, of: 30), directory: T.directory, window: T.engine().window)
        #expect(alone.first { $0.area == .force }?.largestGapPoints == nil)
    }
}
