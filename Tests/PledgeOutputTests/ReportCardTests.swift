import Foundation
import PledgeCore
import PledgeOutput
import Testing

/// The report card from hand-built force results: grades, drafted findings quoting the counts, NOT ASSESSED
/// promises, an assessment's overrides, findings and improvement areas, reality checks as evidence, JSON.
@Suite("report card")
struct ReportCardTests {
    static let force = ForceCatalogue.force(id: "leicestershire")!
    static let zone = ZoneRulesCache.rules(for: force.timeZone)!
    static let window = ReportWindow(period: Period("2008/09")!, zone: zone, now: Instant(microseconds: 1_300_000_000_000_000))

    static func result(_ id: String, _ numerator: Int, of denominator: Int, area: Area = .force) -> IndicatorResult {
        let definition = IndicatorCatalogue.definition(id)!
        return IndicatorResult(
            indicator: definition, area: area, measure: .records(Proportion(numerator, of: denominator)), target: definition.defaultTarget,
            targetIsDefault: true, series: [], centre: nil)
    }

    static let results = [
        result("P5.answer_10s", 9_460, of: 10_000),  // 94.6% against 90%: GOOD (lower end below 95%)
        result("P5.attend_urban_15m", 8_020, of: 10_000),  // 80.2% against 85%: FAIR
        result("P5.attend_rural_20m", 2_410, of: 3_000),  // 80.3% against 85%: FAIR
        result("P5.eta_given", 310, of: 10_000),  // 3.1% against 90%: POOR
        result("P5.answer_10s", 1, of: 100, area: .neighbourhood("NC04")),  // not the force: ignored
        result("P9.kept_informed", 9_000, of: 10_000),
        result("P9.preferences_recorded", 1_190, of: 10_000),
        result("P3.abstraction", 5, of: 100),  // informational
    ]

    static let checks = [
        RealityCheckFact(neighbourhood: "NC04", made: Instant(microseconds: 1_220_000_000_000_000), promise: 5, met: true),
        RealityCheckFact(neighbourhood: "NC04", made: Instant(microseconds: 1_230_000_000_000_000), promise: 5, met: false),
        RealityCheckFact(neighbourhood: "NC04", made: Instant(microseconds: 1_250_000_000_000_000), promise: 5, met: true),  // after the period
    ]

    @Test("a reality check is listed by the name of the neighbourhood it was made in; by its id when the store has no name")
    func realityCheckPlaces() throws {
        let named = ReportCard(
            force: Self.force, window: Self.window, results: Self.results, realityChecks: Self.checks,
            neighbourhoodNames: ["NC04": "Leicester City Centre"])
        let five = named.promises[4]
        #expect(five.realityChecks.map(five.place(of:)) == ["Leicester City Centre", "Leicester City Centre"])
        #expect(named.text.contains("  Leicester City Centre  met") && !named.text.contains("NC04"))
        let unnamed = ReportCard(force: Self.force, window: Self.window, results: Self.results, realityChecks: Self.checks)
        #expect(unnamed.promises[4].realityChecks.map(unnamed.promises[4].place(of:)) == ["NC04", "NC04"])
        let forceWide = RealityCheckFact(neighbourhood: nil, made: Instant(microseconds: 1_220_000_000_000_000), promise: 5, met: true)
        #expect(unnamed.promises[4].place(of: forceWide) == "force-wide")
    }

    @Test("grades and drafted findings come from the force's figures, quoting their counts and targets")
    func drafted() throws {
        let card = ReportCard(force: Self.force, window: Self.window, results: Self.results, realityChecks: Self.checks)
        let five = card.promises[4]
        #expect(five.grading.mean == PointsMean(weightedPoints: 15, weights: 7) && five.grading.published == .fair)
        #expect(
            five.findings.map(\.text) == [
                "94.6% of 999 calls were answered within 10 seconds (9,460 of 10,000; target 90%).",
                "But only 80.2% of urban emergencies were reached within 15 minutes, against a target of 85% (8,020 of 10,000).",
                "But only 80.3% of rural emergencies were reached within 20 minutes, against a target of 85% (2,410 of 3,000).",
                "But only 3.1% of emergency callers were given an estimated time of arrival, against a target of 90% (310 of 10,000).",
            ])
        #expect(five.findings.allSatisfy { $0.origin == .drafted })
        #expect(five.realityChecks.count == 2, "the check after the period is not evidence for it")
        // Listed under their promise: 1,220,000,000 s is 2008-08-29 (BST), 1,230,000,000 s is 2008-12-23.
        #expect(card.text.contains("  Reality checks: 1 of 2 met\n    2008-08-29  NC04  met\n    2008-12-23  NC04  not met\n"))
        #expect(card.promises[8].grading.published == .fair)  // 9: GOOD ×2, POOR ×1 = 7/3
        let three = card.promises[2]
        #expect(three.grading.published == nil && three.findings.isEmpty && three.results.map(\.indicator.id) == ["P3.abstraction"])
        // Promises 5 and 9 FAIR, nothing else graded, no areas: (2 + 2) / 2, but the force is graded only when all
        // ten promises have a grade.
        #expect(card.grading.mean == PointsMean(weightedPoints: 4, weights: 2) && card.grading.grade == nil)
        #expect(card.grading.explanation.contains("promises 1, 2, 3, 4, 6, 7, 8, 10 have none"))
        #expect(card.text.contains("PLEDGE POINT 3: NOT ASSESSED"))
        #expect(card.text.contains("P5.eta_given  3.1% [2.8%–3.5%]  target 90%  310 of 10,000  POOR"))
    }

    @Test("an assessment's override, findings and improvement areas are published, and told apart from the drafts")
    func assessed() throws {
        let at = Instant(microseconds: 1_255_000_000_000_000)
        let assessment = Assessment(
            improvementAreas: [
                1: .init(grade: .good, evidence: "survey results discussed monthly", assessor: "HMI Smith", at: at),
                2: .init(grade: .good, evidence: "action plan", assessor: "HMI Smith", at: at),
            ],
            overrides: [9: GradeOverride(grade: .good, reason: "audits show monthly updates", assessor: "HMI Smith", at: at)],
            findings: [5: [Finding(kind: .weakness, text: "But ETAs were not given to callers.", origin: .added)]])
        let card = ReportCard(force: Self.force, window: Self.window, results: Self.results, realityChecks: Self.checks, assessment: assessment)
        #expect(card.promises[8].grading.computed == .fair && card.promises[8].grading.published == .good)
        #expect(card.promises[4].findings.map(\.origin) == [.added])
        // 5 FAIR, 9 GOOD (assessed), areas 1 and 2 GOOD: 11 / 4 = 2.75, but eight promises have no grade.
        #expect(card.grading.mean == PointsMean(weightedPoints: 11, weights: 4) && card.grading.grade == nil)
        // With the other eight assessed GOOD: (2 + 9 × 3 + 2 × 3) / 12 = 2.92, GOOD.
        var everyPromise = assessment
        for promise in [1, 2, 3, 4, 6, 7, 8, 10] {
            everyPromise.overrides[promise] = GradeOverride(grade: .good, reason: "seen", assessor: "HMI Smith", at: at)
        }
        let whole = ReportCard(force: Self.force, window: Self.window, results: Self.results, realityChecks: Self.checks, assessment: everyPromise)
        #expect(whole.grading.mean == PointsMean(weightedPoints: 35, weights: 12) && whole.grading.grade == .good)
        #expect(card.text.contains("PLEDGE POINT 9: GOOD (assessed; computed FAIR)"))
        #expect(card.text.contains("But ETAs were not given to callers. [added]"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(card.jsonBytes())) as? [String: Any])
        let promises = try #require(json["promises"] as? [[String: Any]])
        #expect(promises.count == 10)
        #expect((promises[8]["grade"] as? String, promises[8]["computed_grade"] as? String) == ("GOOD", "FAIR"))
        #expect((promises[8]["override"] as? [String: Any])?["reason"] as? String == "audits show monthly updates")
        #expect(promises[0]["override"] is NSNull && promises[2]["grade"] is NSNull)
        let checks = try #require((promises[4]["reality_checks"] as? [String: Any])?["checks"] as? [[String: Any]])
        #expect(checks.map { $0["date"] as? String } == ["2008-08-29", "2008-12-23"] && checks.map { $0["met"] as? Bool } == [true, false])
        #expect((json["grade_scale"] as? [[String: Any]])?.map { $0["grade"] as? String } == ["EXCELLENT", "GOOD", "FAIR", "POOR"])
        #expect((json["force"] as? [String: Any])?["grade"] is NSNull)
        let wholeJSON = try #require(try JSONSerialization.jsonObject(with: Data(whole.jsonBytes())) as? [String: Any])
        #expect((wholeJSON["force"] as? [String: Any])?["grade"] as? String == "GOOD")
        let areas = try #require(json["improvement_areas"] as? [[String: Any]])
        #expect(areas.map { $0["grade"] as? String } == ["GOOD", "GOOD", nil])
    }
}

/// Improvement area 2's count: figures below target answered by an open improvement action.
@Suite("shortfall coverage")
struct ShortfallCoverageTests {
    @Test("only improvement actions open on the as-of day and naming the figure count; figures at target are not shortfalls")
    func coverage() {
        let day = LocalDate(year: 2009, month: 3, day: 31)!
        let gradings = ReportCardTests.results.filter { $0.area == .force && !$0.indicator.isInformational }.map(IndicatorGrading.init)
        func action(
            _ indicator: String, improvement: Bool = true, opened: LocalDate = LocalDate(year: 2008, month: 6, day: 1)!, closed: LocalDate? = nil
        ) -> ActionFact {
            ActionFact(isImprovement: improvement, indicator: indicator, openedOn: opened, closedOn: closed, summary: "s")
        }
        let coverage = ShortfallCoverage(
            gradings: gradings,
            actions: [
                action("P5.eta_given"),
                action("P5.attend_urban_15m", closed: LocalDate(year: 2009, month: 3, day: 31)!),  // closed on the day: not open
                action("P5.attend_rural_20m", improvement: false),  // monitoring, not improvement
                action("P9.preferences_recorded", opened: LocalDate(year: 2009, month: 4, day: 1)!),  // not yet opened
                action("P5.answer_10s"),  // at target: not a shortfall
            ], on: day)
        #expect(coverage.covered == ["P5.eta_given"])
        #expect(coverage.uncovered == ["P5.attend_urban_15m", "P5.attend_rural_20m", "P9.preferences_recorded"])
        #expect(
            coverage.text
                == "1 of 4 figures below target has an open improvement action (P5.eta_given); none for P5.attend_urban_15m, P5.attend_rural_20m, P9.preferences_recorded."
        )
    }
}
