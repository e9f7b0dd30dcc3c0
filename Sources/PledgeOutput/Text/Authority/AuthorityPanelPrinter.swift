import Foundation
import PledgeCore

/// The Contact Management Panel as text: a table of calls per month for each line, then the measures.
public enum AuthorityPanelPrinter {
    /// An area's panel for `pledgewatch authority panel`.
    public static func text(_ panel: ContactPanel.AreaPanel, force: Force, window: ReportWindow) -> String {
        var text = "Contact Management Panel: \(force.name), \(panel.area), \(window.period.label) (as of \(window.zone.localText(window.asOf)))\n"
        for (name, months) in [("999 calls", panel.emergency), ("Non-emergency calls", panel.nonEmergency)] {
            text += "\n\(name) (answer bands are shares of answered calls)\n"
            text += TextTable.render(
                header: ["month", "calls", "abandoned", "abandoned %", "limits", "under 10 s", "10–60 s", "60 s+", "mean s"],
                rows: months.map { month in
                    let answered = Double(max(month.answered, 1))
                    return [
                        month.month.description, Thousands.text(Double(month.calls)), Thousands.text(Double(month.abandoned)),
                        TextFigures.percent(month.abandonedShare.value),
                        month.calls == 0
                            ? "–" : month.abandonedLimits.map { "\(TextFigures.percent($0.lower))–\(TextFigures.percent($0.upper))" } ?? "–",
                        TextFigures.percent(month.answered == 0 ? nil : Double(month.under10s) / answered),
                        TextFigures.percent(month.answered == 0 ? nil : Double(month.from10sTo60s) / answered),
                        TextFigures.percent(month.answered == 0 ? nil : Double(month.over60s) / answered),
                        month.meanSecondsToAnswer.map { String(format: "%.1f", $0) } ?? "–",
                    ]
                }, rightAligned: [1, 2, 3, 5, 6, 7, 8])
        }
        text += "\nMeasures by month (control limits from the twelve months before the period)\n"
        var rows: [[String]] = []
        for measure in panel.measures {
            rows.append([
                measure.indicator.id, window.period.label, AuthorityReportPrinter.figure(measure),
                measure.target.map(TextFigures.percent) ?? "info", "", "",
            ])
            for point in measure.series {
                rows.append([
                    "", point.month.description,
                    point.value.map { "\(TextFigures.percent($0)) (\(Thousands.text(point.numerator)) / \(Thousands.text(point.denominator)))" }
                        ?? "none counted",
                    "",
                    point.denominator == 0
                        ? "–" : point.lower.map { "\(TextFigures.percent($0))–\(TextFigures.percent(point.upper))" } ?? "–",
                    point.signals.map(\.rawValue).sorted().joined(separator: " "),
                ])
            }
        }
        text += TextTable.render(header: ["measure", "month", "value", "target", "limits", "signals"], rows: rows)
        return text
    }
}
