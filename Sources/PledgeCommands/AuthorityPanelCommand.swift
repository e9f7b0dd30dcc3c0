import ArgumentParser
import Foundation
import PledgeCore
import PledgeOutput
import PledgeStore

/// `pledgewatch authority panel`: what the Contact Management Panel looks at (promises 5 and 6).
struct AuthorityPanelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "panel",
        abstract: "The Contact Management Panel: 999 and non-emergency calls by month, and the panel's measures with their limits.",
        discussion: """
            Per month: calls, abandoned with the p-chart limits drawn from the twelve months before the \
            period, answers in the Home Office bands (under 10 s, 10–60 s, 60 s or more) and the mean time \
            to answer. Then each measure (answer times, attendance urban and rural, ETAs given) by month with \
            its control limits and signals.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var force: AuthorityForce

    @OptionGroup var selection: AuthorityPeriodOptions

    @Option(help: "text or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("The force's configuration file (JSON, its own targets); default $PLEDGEWATCH_CONFIG.", valueName: "file"))
    var config: String?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let opened = try await store.openExisting()
        let area = try await force.area(unit: selection.unit, in: opened)
        let window = try force.window(period: selection.period, asOf: selection.asOf)
        let panel = try await Measurements(opened).contactPanel(
            force: force.chosen, window: window, targets: AuthorityOutput.configuration(config).targets)
        guard let chosen = panel.areas.first(where: { $0.area == area }) else {
            throw CommandFailure("--unit: \(area) has no calls in the store")
        }
        switch format {
        case .text: print(Self.text(chosen, force: force.chosen, window: window), terminator: "")
        case .json: print(Self.json(chosen, force: force.chosen, window: window))
        }
    }

    static func text(_ panel: ContactPanel.AreaPanel, force: Force, window: ReportWindow) -> String {
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

    static func json(_ panel: ContactPanel.AreaPanel, force: Force, window: ReportWindow) -> String {
        var w = JSONWriter(pretty: true)
        w.object { w in
            w.field("area", panel.area.description)
            for (key, months) in [("emergency", panel.emergency), ("non_emergency", panel.nonEmergency)] {
                w.key(key)
                w.array(months) { w, month in
                    w.object { w in
                        w.field("abandoned", month.abandoned)
                        w.field("abandoned_lower", month.abandonedLimits?.lower)
                        w.field("abandoned_upper", month.abandonedLimits?.upper)
                        w.field("calls", month.calls)
                        w.field("from_10s_to_60s", month.from10sTo60s)
                        w.field("mean_seconds_to_answer", month.meanSecondsToAnswer)
                        w.field("month", month.month.description)
                        w.field("over_60s", month.over60s)
                        w.field("under_10s", month.under10s)
                    }
                }
            }
            w.key("force")
            w.object { w in
                w.field("id", force.id)
                w.field("name", force.name)
            }
            w.key("measures")
            w.array(panel.measures) { w, measure in
                w.object { w in
                    w.field("denominator", measure.denominator)
                    w.field("id", measure.indicator.id)
                    w.field("numerator", measure.numerator)
                    w.key("series")
                    w.array(measure.series) { w, point in
                        w.object { w in
                            w.field("denominator", point.denominator)
                            w.field("lower", point.lower)
                            w.field("month", point.month.description)
                            w.field("numerator", point.numerator)
                            w.key("signals")
                            w.array(point.signals.map(\.rawValue).sorted()) { w, signal in w.string(signal) }
                            w.field("upper", point.upper)
                            w.field("value", point.value)
                        }
                    }
                    w.field("target", measure.target)
                    w.field("title", measure.indicator.title)
                    w.field("value", measure.value)
                }
            }
            w.key("period")
            w.object { w in
                w.field("as_of", window.zone.localText(window.asOf))
                w.field("end", window.period.end.description)
                w.field("label", window.period.label)
                w.field("start", window.period.start.description)
            }
        }
        return w.text
    }
}
