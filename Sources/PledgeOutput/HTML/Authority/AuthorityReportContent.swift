import PledgeCore

/// The body of the Police Authority's quarterly performance report pack, shared by its page and its
/// printable version: the promises at a glance, the figures below target with no improvement action,
/// then each promise (its figures against the same quarter last year, the twelve-month trend, the force's
/// improvement actions and what the Authority did), and the dip samples that cover the quarter.
enum AuthorityReportContent {
    static func write(_ report: QuarterlyReport, into page: inout HTMLPage) {
        let quarter = report.window.period
        page.element(
            "p",
            "Each figure for \(AuthorityText.period(quarter)) beside the same quarter last year (\(report.lastYearWindow.period.label)), with the twelve months to \(PlainDates.day(quarter.end.adding(days: -1))) as a control chart. Records are counted up to and including \(PlainDates.day(report.window.asOfDay)).",
            ["class": "how"])
        writeGlance(report, into: &page)
        writeShortfalls(report, into: &page)
        for section in report.sections { write(section, of: report, into: &page) }
        writeSamples(report.samples, into: &page)
    }

    private static func writeGlance(_ report: QuarterlyReport, into page: inout HTMLPage) {
        page.element("h2", "The promises at a glance")
        page.table(
            ["class": "glance"], caption: "Grades for the quarter, figures below target and the Authority's monitoring",
            columns: ["Promise", "Grade", "Figures below target", "Authority monitoring"]
        ) { page in
            for section in report.sections {
                page.open("tr")
                page.open("th", ["scope": "row"])
                page.element("a", "Promise \(section.promise)", ["href": "#promise-\(section.promise)"])
                page.close("th")
                writeGrade(section, element: "td", into: &page)
                let short = section.lines.filter(\.isShortfall)
                page.element("td", short.isEmpty ? "none" : "\(short.count): " + short.map(\.indicator.title).joined(separator: "; "))
                page.element("td", monitoringSummary(section.monitoring))
                page.close("tr")
            }
        }
    }

    /// The promise's grade, or "withheld" when a grade would give a withheld figure away.
    private static func writeGrade(_ section: QuarterlyReport.Section, element: String, into page: inout HTMLPage) {
        if section.gradeWithheld {
            page.element(element, "withheld", ["class": "grade none"])
        } else {
            page.element(element, ReportCard.gradeText(section.grading), ["class": "grade \(ReportCard.gradeClass(section.grading.published))"])
        }
    }

    private static func monitoringSummary(_ cell: MonitoringPlanView.Cell?) -> String {
        guard let cell else { return "–" }
        if cell.unmonitored { return "Unmonitored: nothing ran" }
        let overdue = cell.overdue.count
        let runs = "\(cell.runs.count) run\(cell.runs.count == 1 ? "" : "s")"
        return overdue == 0 ? runs : "\(runs); \(overdue) overdue"
    }

    private static func writeShortfalls(_ report: QuarterlyReport, into page: inout HTMLPage) {
        page.element("h2", "Figures below target with no improvement action")
        let ids = report.shortfallsWithoutAction
        guard !ids.isEmpty else {
            page.element("p", "None: every figure below its target in the quarter has an improvement action.")
            return
        }
        page.open("div", ["class": "panel warning"])
        page.element(
            "p", "\(ids.count) figure\(ids.count == 1 ? " is" : "s are") below target in the quarter with no improvement action from the force:")
        page.open("ul")
        for id in ids {
            let title = IndicatorCatalogue.definition(id)?.title ?? id
            page.element("li", "\(title) (promise \(IndicatorCatalogue.definition(id)?.promise ?? 0))")
        }
        page.close("ul")
        page.close("div")
    }

    private static func write(_ section: QuarterlyReport.Section, of report: QuarterlyReport, into page: inout HTMLPage) {
        let quarter = report.window.period.label
        page.open("section", ["class": "promise", "aria-labelledby": "promise-\(section.promise)"])
        page.open("h2", ["id": "promise-\(section.promise)"])
        page.text("Promise \(section.promise): ")
        writeGrade(section, element: "span", into: &page)
        page.close("h2")
        page.element("p", section.wording)
        page.element(
            "p", section.gradeWithheld ? QuarterlyReport.Section.gradeWithheldText : "How the grade was reached: \(section.grading.explanation)",
            ["class": "how"])
        writeFigures(section, quarter: quarter, lastYear: report.lastYearWindow.period.label, into: &page)
        writeTrends(section, into: &page)
        writeActions(section, asOf: report.window.asOfDay, into: &page)
        page.element("h3", "What the Authority did in \(quarter)")
        if let cell = section.monitoring {
            AuthorityMonitoringCell.write(cell, into: &page)
        } else {
            page.element("p", "The monitoring plan was not read for this report.", ["class": "how"])
        }
        page.close("section")
    }

    private static func writeFigures(_ section: QuarterlyReport.Section, quarter: String, lastYear: String, into page: inout HTMLPage) {
        page.table(
            ["class": "quarter"], caption: "Promise \(section.promise): \(quarter) against \(lastYear)",
            columns: ["Figure", .init(quarter), "95% interval", .init(lastYear), "Change", "Target", "Grade", "Below target"]
        ) { page in
            for line in section.lines {
                page.open("tr")
                page.element("th", line.indicator.title, ["scope": "row"])
                if let reason = line.withheld {
                    // Only the words: no count, value, interval, change or grade that would give the figure away.
                    page.element("td", reason.text, ["colspan": "5", "class": "withheld"])
                    page.element("td", "withheld", ["class": "grade none"])
                    page.element("td", "–")
                    page.close("tr")
                    continue
                }
                page.element("td", AuthorityText.valueWithCount(line.quarter))
                page.element("td", AuthorityText.interval(line.quarter?.interval))
                page.element("td", line.lastYearWithheld?.text ?? AuthorityText.valueWithCount(line.lastYear))
                page.element("td", AuthorityText.change(from: line.lastYear?.value, to: line.quarter?.value))
                page.element("td", (line.quarter?.target ?? line.indicator.defaultTarget).map(Percent.text) ?? "for information")
                let grade = line.grading?.grade
                page.element(
                    "td", grade?.label ?? (line.indicator.isInformational ? "not graded" : "–"), ["class": "grade \(ReportCard.gradeClass(grade))"])
                if line.isShortfall {
                    page.element("td", line.actions.isEmpty ? "Yes, with no improvement action" : "Yes", ["class": "late"])
                } else {
                    page.element("td", grade == nil ? "–" : "No")
                }
                page.close("tr")
            }
        }
    }

    private static func writeTrends(_ section: QuarterlyReport.Section, into page: inout HTMLPage) {
        let charted = section.lines.compactMap { line -> (QuarterlyReport.Line, String)? in
            guard let trend = line.trend else { return nil }
            let chart = AuthorityTrendChart.svg(trend)
            return chart.isEmpty ? nil : (line, chart)
        }
        guard !charted.isEmpty else { return }
        page.open("div", ["class": "columns trends"])
        for (line, chart) in charted {
            page.open("figure")
            page.raw(chart)
            page.element("figcaption", AuthorityTrendChart.caption(line.trend!))
            page.close("figure")
        }
        page.close("div")
    }

    private static func writeActions(_ section: QuarterlyReport.Section, asOf day: LocalDate, into page: inout HTMLPage) {
        let actions = section.lines.flatMap { line in line.actions.map { (line.indicator, $0) } }
        page.element("h3", "The force's improvement actions")
        guard !actions.isEmpty else {
            page.element("p", "No improvement action is open for this promise's figures.", ["class": "how"])
            return
        }
        page.table(
            caption: "Improvement actions for promise \(section.promise), with where each stands",
            columns: ["Action", "Figure", "Opened", "Due", "Closed", "State"]
        ) { page in
            for (indicator, line) in actions {
                page.open("tr")
                page.element("th", line.action.summary, ["scope": "row"])
                page.element("td", indicator.title)
                page.element("td", PlainDates.day(line.action.openedOn))
                page.element("td", line.action.dueOn.map(PlainDates.day) ?? "no due date")
                page.element("td", line.action.closedOn.flatMap { $0 <= day ? PlainDates.day($0) : nil } ?? "open")
                page.element("td", line.state.rawValue, ["class": line.state.isOnTime ? "state" : "late"])
                page.close("tr")
            }
        }
    }

    private static func writeSamples(_ samples: [DipSample], into page: inout HTMLPage) {
        page.element("h2", "Dip samples")
        guard !samples.isEmpty else {
            page.element("p", "No dip sample covers this quarter.")
            return
        }
        AuthoritySampleTable.writeResults(
            samples, caption: "Dip samples whose period overlaps the quarter: the share of reviewed records where the promise was kept", into: &page)
    }
}
