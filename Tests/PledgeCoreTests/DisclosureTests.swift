import PledgeCore
import Testing

/// `SmallNumbers` and `Disclosure`: which figures are about people, and which of a force's results a public
/// output withholds, with the complementary suppression worked by hand.
@Suite("disclosure of small numbers")
struct DisclosureTests {
    static func result(_ id: String, _ area: Area, _ denominator: Int, months: [Int] = []) -> IndicatorResult {
        let definition = IndicatorCatalogue.definition(id)!
        let series = months.enumerated().map { index, count in
            IndicatorResult.MonthPoint(
                month: YearMonth(year: 2009, month: index + 1)!, measure: .records(Proportion(count, of: count)), lower: nil, upper: nil, signals: [])
        }
        return IndicatorResult(
            indicator: definition, area: area, measure: .records(Proportion(denominator, of: denominator)), target: definition.defaultTarget,
            targetIsDefault: true, series: series, centre: nil)
    }

    /// North: NA1, NA2, NA3; South: NB1, NB2; East: NC1; NX1 has no unit.
    static let directory = NeighbourhoodDirectory([
        .init(id: "NA1", unit: "North", urban: true), .init(id: "NA2", unit: "North", urban: true), .init(id: "NA3", unit: "North", urban: true),
        .init(id: "NB1", unit: "South", urban: false), .init(id: "NB2", unit: "South", urban: false), .init(id: "NC1", unit: "East", urban: true),
        .init(id: "NX1", unit: nil, urban: true),
    ])

    /// One indicator's results: the force, the units and the neighbourhoods, by denominator.
    static func results(_ id: String, _ counts: [(Area, Int)]) -> [IndicatorResult] { counts.map { result(id, $0.0, $0.1) } }

    @Test("people's figures are promises 1, 9 and 10, P2.awareness and vulnerable callers; reality checks and the rest are not")
    func aboutPeople() {
        let people = IndicatorCatalogue.all.map(\.id).filter(SmallNumbers.isAboutPeople)
        #expect(people == [
            "P1.respect", "P1.respect_gap", "P2.awareness", "P6.attend_vulnerable_60m", "P9.preferences_recorded", "P9.kept_informed", "P10.ack_24h",
            "P10.discussed", "P10.callback_recorded",
        ])
        #expect(SmallNumbers.isAboutPeople("P11.unknown"), "an unknown indicator is taken as about people")
        #expect(!SmallNumbers.isSmall(0) && SmallNumbers.isSmall(1) && SmallNumbers.isSmall(9) && !SmallNumbers.isSmall(10))
        #expect(!SmallNumbers.withholds(indicatorID: "P1.respect", area: .force, records: 1), "the force keeps its counts")
        #expect(SmallNumbers.withholds(indicatorID: "P1.respect", area: .rural, records: 9))
    }

    @Test("a neighbourhood on 1 record is withheld, and the smallest other of its unit with it; other figures and the force are shown")
    func complementaryWithinUnit() {
        let disclosure = Disclosure(
            results: Self.results("P10.ack_24h", [
                (.force, 73), (.unit("North"), 28), (.unit("South"), 45), (.neighbourhood("NA1"), 1), (.neighbourhood("NA2"), 12),
                (.neighbourhood("NA3"), 15), (.neighbourhood("NB1"), 20), (.neighbourhood("NB2"), 25),
            ]) + [Self.result("P5.answer_10s", .neighbourhood("NA1"), 1), Self.result("P1.reality_checks", .neighbourhood("NA1"), 1)],
            directory: Self.directory)
        #expect(disclosure.reason("P10.ack_24h", .neighbourhood("NA1")) == .fewerRecords)
        #expect(disclosure.reason("P10.ack_24h", .neighbourhood("NA2")) == .complementary)
        for area in [Area.force, .unit("North"), .unit("South"), .neighbourhood("NA3"), .neighbourhood("NB1"), .neighbourhood("NB2")] {
            #expect(disclosure.reason("P10.ack_24h", area) == nil, "\(area)")
        }
        #expect(disclosure.reason("P5.answer_10s", .neighbourhood("NA1")) == nil && disclosure.reason("P1.reality_checks", .neighbourhood("NA1")) == nil)
        #expect(Disclosure.none.reason("P10.ack_24h", .neighbourhood("NA1")) == nil)
    }

    @Test("a small unit hides the next smallest unit; a withheld unit with one neighbourhood hides it; a unitless neighbourhood counts against the force")
    func complementaryAcrossUnits() {
        // East (4, all in NC1) is small: the force's total would give it away, so North (28, smaller than South)
        // goes too. North's own small neighbourhood NA3 (6) makes two withheld members of North, so no more.
        let disclosure = Disclosure(
            results: Self.results("P1.respect", [
                (.force, 77), (.unit("North"), 28), (.unit("South"), 45), (.unit("East"), 4), (.neighbourhood("NA1"), 10), (.neighbourhood("NA2"), 12),
                (.neighbourhood("NA3"), 6), (.neighbourhood("NB1"), 20), (.neighbourhood("NB2"), 25), (.neighbourhood("NC1"), 4),
            ]),
            directory: Self.directory)
        #expect(disclosure.reason("P1.respect", .unit("East")) == .fewerRecords)
        #expect(disclosure.reason("P1.respect", .neighbourhood("NC1")) == .fewerRecords)
        #expect(disclosure.reason("P1.respect", .neighbourhood("NA3")) == .fewerRecords)
        #expect(disclosure.reason("P1.respect", .unit("North")) == .complementary)
        #expect(disclosure.reason("P1.respect", .unit("South")) == nil && disclosure.reason("P1.respect", .neighbourhood("NA1")) == nil)
        #expect(disclosure.reason("P1.respect", .neighbourhood("NA2")) == nil)

        // A neighbourhood with no unit is a part of the force beside the units.
        let unitless = Disclosure(
            results: Self.results("P9.kept_informed", [(.force, 50), (.unit("South"), 45), (.neighbourhood("NB1"), 20), (.neighbourhood("NB2"), 25), (.neighbourhood("NX1"), 5)]),
            directory: Self.directory)
        #expect(unitless.reason("P9.kept_informed", .neighbourhood("NX1")) == .fewerRecords)
        #expect(unitless.reason("P9.kept_informed", .unit("South")) == .complementary)
        #expect(unitless.reason("P9.kept_informed", .neighbourhood("NB1")) == .complementary, "South withheld, one of its own goes with it")
    }

    @Test("a shown figure's months on fewer than 10 records are gaps in its chart; the force's months are all drawn")
    func months() {
        let local = Self.result("P6.attend_vulnerable_60m", .neighbourhood("NB1"), 30, months: [12, 3, 15])
        let force = Self.result("P6.attend_vulnerable_60m", .force, 30, months: [12, 3, 15])
        let disclosure = Disclosure(results: [force, local], directory: Self.directory)
        #expect(disclosure.reason(local) == nil)
        #expect(disclosure.chartValues(local) == [1, nil, 1])
        #expect(disclosure.chartValues(force) == [1, 1, 1])
    }
}
