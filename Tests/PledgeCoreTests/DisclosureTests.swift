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
        #expect(
            people == [
                "P1.respect", "P1.respect_gap", "P2.awareness", "P6.attend_vulnerable_60m", "P9.preferences_recorded", "P9.kept_informed",
                "P10.ack_24h",
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
            results: Self.results(
                "P10.ack_24h",
                [
                    (.force, 73), (.unit("North"), 28), (.unit("South"), 45), (.neighbourhood("NA1"), 1), (.neighbourhood("NA2"), 12),
                    (.neighbourhood("NA3"), 15), (.neighbourhood("NB1"), 20), (.neighbourhood("NB2"), 25),
                ]) + [Self.result("P5.answer_10s", .neighbourhood("NA1"), 1), Self.result("P1.reality_checks", .neighbourhood("NA1"), 1)],
            directory: Self.directory)
        #expect(disclosure.reason("P10.ack_24h", .neighbourhood("NA1")) == .fewerRecords)
        #expect(disclosure.reason("P10.ack_24h", .neighbourhood("NA2")) == .complementary)
        for area in [Area.force, .unit("North"), .unit("South"), .neighbourhood("NA3"), .neighbourhood("NB1"), .neighbourhood("NB2")] {
            #expect(disclosure.reason("P10.ack_24h", area) == nil, "\(area)")
        }
        #expect(
            disclosure.reason("P5.answer_10s", .neighbourhood("NA1")) == nil && disclosure.reason("P1.reality_checks", .neighbourhood("NA1")) == nil)
        #expect(Disclosure.none.reason("P10.ack_24h", .neighbourhood("NA1")) == nil)
    }

    @Test(
        "a small unit hides the next smallest unit; a withheld unit with one neighbourhood hides it; a unitless neighbourhood counts against the force"
    )
    func complementaryAcrossUnits() {
        // East (4, all in NC1) is small: the force's total would give it away, so North (28, smaller than South)
        // goes too. North's own small neighbourhood NA3 (6) makes two withheld members of North, so no more.
        let disclosure = Disclosure(
            results: Self.results(
                "P1.respect",
                [
                    (.force, 77), (.unit("North"), 28), (.unit("South"), 45), (.unit("East"), 4), (.neighbourhood("NA1"), 10),
                    (.neighbourhood("NA2"), 12),
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
            results: Self.results(
                "P9.kept_informed",
                [(.force, 50), (.unit("South"), 45), (.neighbourhood("NB1"), 20), (.neighbourhood("NB2"), 25), (.neighbourhood("NX1"), 5)]),
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

/// `ComplaintsDisclosure` over the complaints analysis of `ComplaintsAnalysisTests` (City and County units),
/// checked against the tables' sums worked out here, not by the type's own list of wholes.
@Suite("complaints disclosure")
struct ComplaintsDisclosureTests {
    typealias Figure = ComplaintsDisclosure.Figure

    /// Every count a unit's page shows, by figure and period, read from the analysis.
    static func cells(_ analysis: ComplaintsAnalysis) -> [(figure: Figure, lastYear: Bool, count: Int)] {
        var cells: [(Figure, Bool, Int)] = [
            (.all, false, analysis.all.complaints), (.all, true, analysis.allLastYear.complaints),
            (.brokenPromises, false, analysis.brokenPromises.complaints), (.brokenPromises, true, analysis.brokenPromisesLastYear.complaints),
        ]
        for row in analysis.promises {
            cells += [(.promise(row.promise), false, row.now.complaints), (.promise(row.promise), true, row.lastYear.complaints)]
        }
        for row in analysis.rows {
            cells += [
                (.row(promise: row.promise, category: row.category), false, row.now.complaints),
                (.row(promise: row.promise, category: row.category), true, row.lastYear.complaints),
            ]
        }
        return cells
    }

    @Test("no unit count of 1 to 9 is shown; no sum shows all but one of its parts; the force's counts are all shown")
    func unitsWithheld() {
        let units = ["City", "County"].map { ComplaintsAnalysisTests.analysis(.unit($0)) }
        let force = ComplaintsAnalysisTests.analysis(.force)
        let disclosure = ComplaintsDisclosure(force: force, units: units)
        for unit in units {
            for cell in Self.cells(unit) {
                let reason = disclosure.reason(unit.area, cell.figure, lastYear: cell.lastYear)
                if cell.count > 0 && cell.count < 10 { #expect(reason == .fewerRecords, "\(unit.area) \(cell)") }
                if cell.count == 0 { #expect(reason == nil, "a known zero is shown: \(unit.area) \(cell)") }
            }
            for lastYear in [false, true] {
                // A unit's promises add up to its broken promises: never exactly one of them withheld.
                let members = [Figure.brokenPromises] + (1...10).map { Figure.promise($0) }
                let withheld = members.filter { disclosure.reason(unit.area, $0, lastYear: lastYear) != nil }
                #expect(withheld.count != 1, "\(unit.area) lastYear=\(lastYear): only \(withheld) withheld")
            }
        }
        for cell in Self.cells(force) { #expect(disclosure.reason(.force, cell.figure, lastYear: cell.lastYear) == nil) }
        #expect(ComplaintsDisclosure.none.reason(.unit("City"), .all, lastYear: false) == nil)
    }

    @Test("a unit's large count is withheld when the force's total less it would give a small one back")
    func complementaryAcrossUnits() {
        let zone = ComplaintsAnalysisTests.zone
        var complaints: [ComplaintFact] = []
        for (index, neighbourhood) in (Array(repeating: "CITY", count: 12) + Array(repeating: "VALE", count: 4)).enumerated() {
            complaints.append(
                ComplaintFact(
                    received: Oracle.instant("2009-05-01T10:00:00Z").adding(seconds: Int64(index) * 60), category: "Incivility", promise: 1,
                    id: "K\(index)",
                    neighbourhood: neighbourhood))
        }
        let analysis = { (area: Area) in
            ComplaintsAnalysis(
                area: area, complaints: complaints, calls: ComplaintsAnalysisTests.allCalls, window: ComplaintsAnalysisTests.window,
                lastYear: ReportWindow(period: Period("2008-Q2")!, zone: zone, now: ComplaintsAnalysisTests.now),
                directory: ComplaintsAnalysisTests.directory)
        }
        let disclosure = ComplaintsDisclosure(force: analysis(.force), units: [analysis(.unit("City")), analysis(.unit("County"))])
        #expect(disclosure.reason(.unit("County"), .promise(1), lastYear: false) == .fewerRecords)
        #expect(disclosure.reason(.unit("City"), .promise(1), lastYear: false) == .complementary, "16 less City's 12 gives County's 4")
        #expect(disclosure.reason(.force, .promise(1), lastYear: false) == nil)
    }
}
