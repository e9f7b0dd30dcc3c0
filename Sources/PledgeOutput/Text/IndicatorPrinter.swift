import Foundation
import PledgeCore

/// The three forms of an indicator report.
public enum IndicatorPrinter {
    public static let csvHeader =
        "id,promise,area,numerator,denominator,value,interval_lower,interval_upper,target,target_source,p_value_below_target,small_sample,unit,sample_size"

    public static func csv(_ report: IndicatorReport) -> String {
        func number(_ value: Double?) -> String { value.map { String(format: "%.6f", $0) } ?? "" }
        func field(_ text: String) -> String {
            text.contains(",") || text.contains("\"") ? "\"\(text.replacingOccurrences(of: "\"", with: "\"\""))\"" : text
        }
        var lines = [csvHeader]
        for e in report.indicators {
            lines.append(
                [
                    e.id, String(e.promise), field(e.area), amount(e.numerator), amount(e.denominator), number(e.value), number(e.intervalLower),
                    number(e.intervalUpper), number(e.target), e.targetSource, number(e.pValueBelowTarget), e.smallSample ? "true" : "false",
                    e.unit, String(e.sampleSize),
                ].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A terminal table: the figure, its interval, the target, and what the last months signal.
    public static func table(_ report: IndicatorReport) -> String {
        var text = "\(report.force.name): \(report.period.label) (\(report.period.start) to \(report.period.end), as of \(report.period.asOf))\n"
        let n = report.narrative
        text +=
            "\(Thousands.text(n.calls999)) 999 and \(Thousands.text(n.calls101)) non-emergency calls; "
            + "emergencies reached in \(n.medianEmergencyAttendanceSeconds.map(duration) ?? "–") (median); "
            + "messages answered in \(n.medianMessageResponseSeconds.map(duration) ?? "–") (median); "
            + "\(n.neighbourhoods) neighbourhoods held \(Thousands.text(n.engagementsHeld)) meetings and other engagements "
            + "with \(Thousands.text(n.attendees)) people attending\n\n"
        func percent(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0 * 100) } ?? "–" }
        let rows = report.indicators.map { e -> [String] in
            let signals = Set(e.series.flatMap(\.signals)).sorted().joined(separator: " ")
            let leftOut = e.noRecords == nil && !e.monthsLeftOut.isEmpty ? "no records in \(e.monthsLeftOut.joined(separator: ", "))" : nil
            let notes = [e.noRecords, e.smallSample && e.noRecords == nil ? "small sample" : nil, leftOut, signals.isEmpty ? nil : signals]
                .compactMap { $0 }.joined(separator: "; ")
            return [
                e.id, e.area, count(e), e.value == nil ? "no records" : percent(e.value),
                e.intervalLower.map { "\(percent($0))–\(percent(e.intervalUpper))" } ?? "–",
                e.target.map { percent($0) + (e.targetSource == "force" ? " (force)" : "") } ?? "info",
                e.pValueBelowTarget.map { $0 < 0.001 ? "<0.001" : String(format: "%.3f", $0) } ?? "–", notes,
            ]
        }
        text += TextTable.render(
            header: ["indicator", "area", "count", "value", "95% interval", "target", "p below", "notes"], rows: rows, rightAligned: [2, 3])
        if !report.homeOffice999.isEmpty {
            text += "\n999 calls (Home Office bands, shares of answered calls)\n"
            text += TextTable.render(
                header: ["month", "calls", "abandoned", "under 10 s", "10–60 s", "60 s+", "mean s"],
                rows: report.homeOffice999.map { row in
                    let answered = max(1, row.calls - row.abandoned)
                    return [
                        row.month, Thousands.text(row.calls), Thousands.text(row.abandoned), percent(Double(row.under10s) / Double(answered)),
                        percent(Double(row.from10sTo60s) / Double(answered)), percent(Double(row.over60s) / Double(answered)),
                        row.meanSecondsToAnswer.map { String(format: "%.1f", $0) } ?? "–",
                    ]
                }, rightAligned: [1, 2, 3, 4, 5, 6])
        }
        for gap in report.respectGap {
            guard let points = gap.largestGapPoints, let low = gap.lowestGroup, let high = gap.highestGroup else { continue }
            text += "\nP1.respect_gap (\(gap.area)): \(String(format: "%.1f", points)) points between \(low) and \(high)"
            text += gap.intervalsApart == true ? ", intervals apart\n" : ", within the intervals\n"
        }
        if !report.times.isEmpty {
            text += "\nTimes (median and 90th percentile)\n"
            text += TextTable.render(
                header: ["measure", "calls", "median", "90th percentile"],
                rows: report.times.map { [$0.measure, Thousands.text($0.count), duration($0.medianSeconds), duration($0.percentile90Seconds)] },
                rightAligned: [1, 2, 3])
        }
        return text
    }

    /// A count as a whole number; a sum of hours with the decimals it has (at most six).
    public static func amount(_ value: Double) -> String {
        value == value.rounded()
            ? String(Int(value)) : String(format: "%.6f", value).replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
    }

    /// "141,846 / 149,886" records, or "18,432.5 / 23,040 h" hours.
    public static func count(_ e: IndicatorReport.Entry) -> String {
        "\(Thousands.text(e.numerator)) / \(Thousands.text(e.denominator))" + (e.unit == "hours" ? " h" : "")
    }

    public static func duration(_ seconds: Double) -> String {
        seconds < 120
            ? String(format: "%.0f s", seconds)
            : (seconds < 7_200 ? String(format: "%.1f min", seconds / 60) : String(format: "%.1f h", seconds / 3_600))
    }
}
