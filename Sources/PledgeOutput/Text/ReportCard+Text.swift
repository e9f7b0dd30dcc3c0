import PledgeCore

extension ReportCard {
    /// The card as plain text for a terminal: the grades, each promise's findings and the figures behind
    /// them with count, interval and target, and how each grade came about.
    public var text: String {
        var lines: [String] = []
        lines.append("DELIVERING THE POLICING PLEDGE: \(forceName), \(window.period.label) (figures as of \(window.zone.localText(window.asOf)))")
        lines.append("")
        lines.append("Overall grade: \(grading.grade?.label ?? "NOT ASSESSED")")
        lines.append("  \(grading.explanation)")
        for card in promises {
            lines.append("")
            let published = card.grading.published?.label ?? "NOT ASSESSED"
            lines.append(
                "PLEDGE POINT \(card.promise): \(published)\(card.grading.override == nil ? "" : " (assessed; computed \(card.grading.computed?.label ?? "NOT ASSESSED"))")"
            )
            lines.append("  \(card.wording)")
            lines.append("  Grade: \(card.grading.explanation)")
            if !card.findings.isEmpty {
                lines.append("  Findings:")
                for finding in card.findings {
                    lines.append("    - \(finding.text)\(finding.origin == .drafted ? "" : " [\(finding.origin.rawValue)]")")
                }
            }
            lines.append("  Figures:")
            for result in card.results {
                let grading = card.grading.indicators.first { $0.indicator.id == result.indicator.id }
                lines.append("    \(Self.figureLine(result, grade: grading?.grade))")
            }
            if !card.realityChecks.isEmpty {
                let met = card.realityChecks.filter(\.met).count
                lines.append("  Reality checks: \(met) of \(card.realityChecks.count) met")
                for check in card.realityChecks {
                    lines.append(
                        "    \(window.zone.localDate(of: check.made))  \(card.place(of: check))  \(check.met ? "met" : "not met")")
                }
            }
        }
        lines.append("")
        lines.append("WHAT THE FORCE WAS DOING TO IMPROVE ITS PERFORMANCE")
        for area in improvementAreas {
            lines.append("  \(area.area). \(area.wording)")
            if let counted = area.counted { lines.append("     From the records: \(counted)") }
            if let assessed = area.assessed {
                lines.append("     \(assessed.grade.label): \(assessed.evidence) (\(assessed.assessor))")
            } else {
                lines.append("     NOT ASSESSED: no assessment recorded")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `P5.answer_10s  94.6% [94.4–94.8]  target 90%  123,456 of 130,500  GOOD`
    static func figureLine(_ result: IndicatorResult, grade: Grade?) -> String {
        let value = result.value.map(Percent.text) ?? "no records"
        let interval = result.interval.map { "[\(Percent.text($0.lower))–\(Percent.text($0.upper))]" } ?? ""
        let target = result.target.map { "target \(Percent.text($0))" } ?? "informational"
        let counts = result.noRecords ?? (result.measure.sampleSize == 0 ? "nothing counted" : result.countText)
        let small = result.smallSample && result.measure.sampleSize > 0 ? " (small sample)" : ""
        return
            "\(result.indicator.id)  \(value) \(interval)  \(target)  \(counts)\(small)  \(grade?.label ?? (result.indicator.isInformational ? "" : "not graded"))"
    }
}
