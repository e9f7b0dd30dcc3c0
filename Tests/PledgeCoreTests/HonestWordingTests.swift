import Foundation
import PledgeCore
import Testing

/// Figures that do not mislead: findings say what the grading rule said, and P3's sums of hours do not
/// depend on the order the days come in.
@Suite("honest wording and exact sums")
struct HonestWordingTests {
    static func grading(_ id: String, value: Double, target: Double, interval: (Double, Double), grade: Grade) -> IndicatorGrading {
        IndicatorGrading(
            indicator: IndicatorCatalogue.definition(id)!, value: value, target: target, interval: (interval.0, interval.1), monthsBelowTarget: [],
            grade: grade, rule: "")
    }

    @Test("GOOD from p >= t - 2 says 'within 2 points of the target', not 'not clearly below' (even when the p-value is tiny)")
    func withinTwoPoints() {
        let rule = IndicatorGrading.judge(value: 0.94, target: 0.95, interval: (lower: 0.9399, upper: 0.9401), monthsBelowTarget: [])
        #expect(rule.0 == .good)
        #expect(rule.1 == "94% is within 2 points of the target 95%")
        let strength = Self.grading("P4.response_24h", value: 0.99, target: 0.95, interval: (0.98, 1), grade: .excellent)
        let dip = Self.grading("P4.escalated_16h", value: 0.94, target: 0.95, interval: (0.9399, 0.9401), grade: .good)
        let findings = FindingDrafter.draft([strength, dip], results: [])
        #expect(findings.map(\.kind) == [.strength, .weakness])
        #expect(findings[1].text.hasPrefix("But 94% of messages unanswered at 16 hours were passed on in time, within 2 points of the target of 95%"))
        #expect(!findings[1].text.contains("not clearly below"))
        let reaches = IndicatorGrading.judge(value: 0.90, target: 0.95, interval: (lower: 0.80, upper: 0.96), monthsBelowTarget: [])
        #expect(reaches.0 == .good && reaches.1.contains("reaches the target") && reaches.1.contains("not clearly below"))
    }

    @Test("never 'only 0%'; a weakness opens with 'But' only after a strength")
    func noOnlyZeroAndNoLeadingBut() {
        let none = Self.grading("P5.eta_given", value: 0, target: 0.9, interval: (0, 0.1), grade: .poor)
        let some = Self.grading("P5.attend_urban_15m", value: 0.6, target: 0.85, interval: (0.55, 0.65), grade: .poor)
        let findings = FindingDrafter.draft([none, some], results: [])
        #expect(findings.allSatisfy { $0.kind == .weakness })
        #expect(findings.map(\.text).allSatisfy { !$0.contains("only 0%") && !$0.hasPrefix("But") })
        #expect(findings[0].text.hasPrefix("0% of emergency callers were given"))
        #expect(findings[1].text.hasPrefix("Only 60% of urban emergencies"))
    }

    @Test("P3's hours are summed exactly: the same days in any order give the same bits")
    func hoursInAnyOrder() {
        var random = SeededRandom(seed: 21, stream: "hours")
        let days = (0..<5_000).map { _ in
            let onDuty = Double(random.next() % 2_400) / 100 + 0.01
            return (Double(random.next() % UInt64(onDuty * 100)) / 100 + 0.1 / 3, onDuty)
        }
        var forward = RatioEstimate()
        for (visible, onDuty) in days { forward.add(visible, of: onDuty) }
        var backward = RatioEstimate()
        for (visible, onDuty) in days.reversed() { backward.add(visible, of: onDuty) }
        var halves = RatioEstimate()
        var second = RatioEstimate()
        for (visible, onDuty) in days.prefix(2_500) { halves.add(visible, of: onDuty) }
        for (visible, onDuty) in days.dropFirst(2_500) { second.add(visible, of: onDuty) }
        halves.merge(second)
        for other in [backward, halves] {
            #expect(other.numerator.bitPattern == forward.numerator.bitPattern)
            #expect(other.value?.bitPattern == forward.value?.bitPattern)
            #expect(other.interval()?.lower.bitPattern == forward.interval()?.lower.bitPattern)
            #expect(other.interval()?.upper.bitPattern == forward.interval()?.upper.bitPattern)
        }
    }
}
