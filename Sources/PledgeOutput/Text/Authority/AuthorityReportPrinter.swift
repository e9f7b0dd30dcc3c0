import Foundation
import PledgeCore

/// The quarterly performance report as text and as a printable HTML page.
public enum AuthorityReportPrinter {
    /// "93.9% (1,234 / 1,314)", "none counted", or "–" when there is no result.
    public static func figure(_ result: IndicatorResult?) -> String {
        guard let result, let value = result.value else { return result?.noRecords == nil && result != nil ? "none counted" : "no records" }
        let unit = result.measure.unit == "hours" ? " h" : ""
        return "\(TextFigures.percent(value)) (\(Thousands.text(result.numerator)) / \(Thousands.text(result.denominator))\(unit))"
    }

    /// The months of the trend with a special-cause signal: "2009-02 outside-limits".
    public static func signals(_ result: IndicatorResult?) -> String {
        (result?.series ?? []).filter { !$0.signals.isEmpty }
            .map { "\($0.month) \($0.signals.map(\.rawValue).sorted().joined(separator: "+"))" }.joined(separator: "; ")
    }

    public static func areaName(_ report: QuarterlyReport) -> String {
        switch report.area {
        case .force: "the force"
        case .unit(let name): "\(name) (local policing unit)"
        default: report.area.description
        }
    }

    public static func actionText(_ line: QuarterlyReport.ActionLine) -> String {
        let action = line.action
        return "\(action.id): \(action.summary) (opened \(action.openedOn)"
            + (action.dueOn.map { ", due \($0)" } ?? "") + (action.closedOn.map { ", closed \($0)" } ?? "") + "): \(line.state.rawValue)"
    }

    public static func monitoringText(_ cell: MonitoringPlanView.Cell) -> [String] {
        var lines = cell.entries.map { "\($0.entry.mechanism.id) (\($0.entry.frequency.rawValue)): \(AuthorityPlanPrinter.status($0.status))" }
        lines += cell.runs.map { "ran \($0.closedOn.map(\.description) ?? ""): \($0.mechanism ?? "monitoring") \($0.id): \($0.summary)" }
        if cell.unmonitored { lines.append("UNMONITORED: nothing ran for the promise in \(cell.quarter.label)") }
        return lines
    }

    public static func sampleRow(_ sample: DipSample) -> [String] {
        let results = sample.results
        return [
            sample.name, sample.kind.rawValue, sample.period.label, String(sample.items.count), String(results.reviewed),
            results.reviewed == 0 ? "–" : "\(results.kept.numerator) (\(TextFigures.share(results.kept)))",
        ]
    }

    public static let sampleHeader = ["sample", "kind", "period", "sampled", "reviewed", "kept [95% interval]"]

    // MARK: Text

    public static func text(_ report: QuarterlyReport) -> String {
        var text = "Police Authority quarterly performance report: \(report.forceName), \(areaName(report)), \(report.window.period.label)\n"
        text +=
            "Quarter \(report.window.period.start) to \(report.window.period.end.adding(days: -1)), as of \(report.window.zone.localText(report.window.asOf)); "
        text +=
            "last year \(report.lastYearWindow.period.label); trend over the twelve months \(report.trendWindow.period.start) to \(report.trendWindow.period.end.adding(days: -1))\n"
        for section in report.sections {
            text += "\nPromise \(section.promise): \(section.grading.computed?.label ?? "NOT ASSESSED")\n"
            let rows = section.lines.map { line -> [String] in
                [
                    line.indicator.id, figure(line.quarter), figure(line.lastYear), figure(line.trend),
                    line.grading?.target.map(TextFigures.percent) ?? "info", line.grading?.grade?.label ?? "–",
                    [line.isShortfall ? "BELOW TARGET" : nil, signals(line.trend).isEmpty ? nil : signals(line.trend)].compactMap { $0 }.joined(
                        separator: "; "),
                ]
            }
            text += TextTable.render(header: ["indicator", "quarter", "last year", "12 months", "target", "grade", "notes"], rows: rows)
                .split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
            for line in section.lines where !line.actions.isEmpty {
                for action in line.actions { text += "  action on \(line.indicator.id): \(actionText(action))\n" }
            }
            if let cell = section.monitoring {
                text += "  Monitoring in \(cell.quarter.label):\n"
                for line in monitoringText(cell) { text += "    \(line)\n" }
            }
        }
        text += "\nDip samples\n"
        text +=
            report.samples.isEmpty
            ? "  none overlaps the quarter\n"
            : TextTable.render(header: sampleHeader, rows: report.samples.map(sampleRow), rightAligned: [3, 4])
        let missing = report.shortfallsWithoutAction
        text += "\nBelow target with no improvement action: \(missing.isEmpty ? "none" : missing.joined(separator: ", "))\n"
        return text
    }
}
