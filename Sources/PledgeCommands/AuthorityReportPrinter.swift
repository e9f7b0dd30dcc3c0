import Foundation
import PledgeCore

/// The quarterly performance report as text and as a printable HTML page.
enum AuthorityReportPrinter {
    /// "93.9% (1,234 / 1,314)", "none counted", or "–" when there is no result.
    static func figure(_ result: IndicatorResult?) -> String {
        guard let result, let value = result.value else { return result?.noRecords == nil && result != nil ? "none counted" : "no records" }
        let unit = result.measure.unit == "hours" ? " h" : ""
        return "\(AuthorityOutput.percent(value)) (\(Thousands.text(result.numerator)) / \(Thousands.text(result.denominator))\(unit))"
    }

    /// The months of the trend with a special-cause signal: "2009-02 outside-limits".
    static func signals(_ result: IndicatorResult?) -> String {
        (result?.series ?? []).filter { !$0.signals.isEmpty }
            .map { "\($0.month) \($0.signals.map(\.rawValue).sorted().joined(separator: "+"))" }.joined(separator: "; ")
    }

    static func areaName(_ report: QuarterlyReport) -> String {
        switch report.area {
        case .force: "the force"
        case .unit(let name): "\(name) (local policing unit)"
        default: report.area.description
        }
    }

    static func actionText(_ line: QuarterlyReport.ActionLine) -> String {
        let action = line.action
        return "\(action.id): \(action.summary) (opened \(action.openedOn)"
            + (action.dueOn.map { ", due \($0)" } ?? "") + (action.closedOn.map { ", closed \($0)" } ?? "") + "): \(line.state.rawValue)"
    }

    static func monitoringText(_ cell: MonitoringPlanView.Cell) -> [String] {
        var lines = cell.entries.map { "\($0.entry.mechanism.id) (\($0.entry.frequency.rawValue)): \(AuthorityPlanPrinter.status($0.status))" }
        lines += cell.runs.map { "ran \($0.closedOn.map(\.description) ?? ""): \($0.mechanism ?? "monitoring") \($0.id): \($0.summary)" }
        if cell.unmonitored { lines.append("UNMONITORED: nothing ran for the promise in \(cell.quarter.label)") }
        return lines
    }

    static func sampleRow(_ sample: DipSample) -> [String] {
        let results = sample.results
        return [
            sample.name, sample.kind.rawValue, sample.period.label, String(sample.items.count), String(results.reviewed),
            results.reviewed == 0 ? "–" : "\(results.kept.numerator) (\(AuthorityOutput.share(results.kept)))",
        ]
    }

    static let sampleHeader = ["sample", "kind", "period", "sampled", "reviewed", "kept [95% interval]"]

    // MARK: Text

    static func text(_ report: QuarterlyReport) -> String {
        var text = "Police Authority quarterly performance report: \(report.forceName), \(areaName(report)), \(report.window.period.label)\n"
        text += "Quarter \(report.window.period.start) to \(report.window.period.end.adding(days: -1)), as of \(report.window.zone.localText(report.window.asOf)); "
        text += "last year \(report.lastYearWindow.period.label); trend over the twelve months \(report.trendWindow.period.start) to \(report.trendWindow.period.end.adding(days: -1))\n"
        for section in report.sections {
            text += "\nPromise \(section.promise): \(section.grading.computed?.label ?? "NOT ASSESSED")\n"
            let rows = section.lines.map { line -> [String] in
                [
                    line.indicator.id, figure(line.quarter), figure(line.lastYear), figure(line.trend),
                    line.grading?.target.map(AuthorityOutput.percent) ?? "info", line.grading?.grade?.label ?? "–",
                    [line.isShortfall ? "BELOW TARGET" : nil, signals(line.trend).isEmpty ? nil : signals(line.trend)].compactMap { $0 }.joined(separator: "; "),
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
        text += report.samples.isEmpty
            ? "  none overlaps the quarter\n"
            : TextTable.render(header: sampleHeader, rows: report.samples.map(sampleRow), rightAligned: [3, 4])
        let missing = report.shortfallsWithoutAction
        text += "\nBelow target with no improvement action: \(missing.isEmpty ? "none" : missing.joined(separator: ", "))\n"
        return text
    }

    // MARK: HTML

    /// One printable page holding every pack, each starting on a new page.
    static func html(_ reports: [QuarterlyReport]) -> String {
        let first = reports[0]
        var page = HTMLPage(
            title: "Police Authority quarterly performance report: \(first.forceName), \(first.window.period.label)",
            css: ReportCard.css + "\n.pack + .pack { break-before: page; } .below { color: #a4161a; font-weight: bold; } .unmonitored { color: #a4161a; }\n")
        for report in reports { write(report, into: &page) }
        return page.finished
    }

    static func write(_ report: QuarterlyReport, into page: inout HTMLPage) {
        page.open("article", ["class": "pack"])
        page.open("header")
        page.element("p", "Police Authority quarterly performance report", ["class": "kicker"])
        page.element("h1", "\(report.forceName): \(areaName(report))")
        let window = report.window
        page.element(
            "p",
            "Quarter \(window.period.label) (\(window.period.start) to \(window.period.end.adding(days: -1))), figures as of "
                + "\(window.zone.localText(window.asOf)); against \(report.lastYearWindow.period.label), "
                + "with the trend of the twelve months to the quarter's end.")
        page.close("header")
        for section in report.sections {
            page.open("section")
            page.element("h2", "Promise \(section.promise): \(section.grading.computed?.label ?? "NOT ASSESSED")")
            page.element("p", section.wording, ["class": "how"])
            page.open("table", ["class": "figures"])
            page.raw("<thead><tr><th>Indicator</th><th>Quarter</th><th>Last year</th><th>Twelve months</th><th>Target</th><th>Grade</th></tr></thead>")
            page.open("tbody")
            for line in section.lines {
                page.open("tr")
                page.open("td")
                page.element("strong", line.indicator.id)
                page.element("p", line.indicator.title, ["class": "how"])
                for action in line.actions { page.element("p", "Action \(actionText(action))", ["class": "how"]) }
                page.close("td")
                page.element("td", figure(line.quarter), line.isShortfall ? ["class": "below"] : [:])
                page.element("td", figure(line.lastYear))
                page.open("td")
                page.raw(RunChart.svg(values: (line.trend?.series ?? []).map(\.value), target: line.grading?.target))
                page.text(figure(line.trend))
                let signals = signals(line.trend)
                if !signals.isEmpty { page.element("p", signals, ["class": "how"]) }
                page.close("td")
                page.element("td", line.grading?.target.map(AuthorityOutput.percent) ?? "info")
                page.element("td", line.grading?.grade?.label ?? "–", ["class": "grade \(ReportCard.gradeClass(line.grading?.grade))"])
                page.close("tr")
            }
            page.close("tbody")
            page.close("table")
            if let cell = section.monitoring {
                page.element("h3", "What the Authority did in \(cell.quarter.label)")
                page.open("ul")
                for line in monitoringText(cell) { page.element("li", line, line.hasPrefix("UNMONITORED") ? ["class": "unmonitored"] : [:]) }
                page.close("ul")
            }
            page.close("section")
        }
        page.open("section")
        page.element("h2", "Dip samples")
        if report.samples.isEmpty {
            page.element("p", "No dip sample overlaps the quarter.")
        } else {
            page.open("table")
            page.raw("<thead><tr>" + sampleHeader.map { "<th>\(HTMLPage.escape($0))</th>" }.joined() + "</tr></thead>")
            page.open("tbody")
            for sample in report.samples {
                page.open("tr")
                for cell in sampleRow(sample) { page.element("td", cell) }
                page.close("tr")
            }
            page.close("tbody")
            page.close("table")
        }
        let missing = report.shortfallsWithoutAction
        page.element("p", "Below target with no improvement action: \(missing.isEmpty ? "none" : missing.joined(separator: ", ")).")
        page.close("section")
        page.close("article")
    }
}
