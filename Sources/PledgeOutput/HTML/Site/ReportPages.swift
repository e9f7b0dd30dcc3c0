import PledgeCore

/// The force report card as a page of the site, with a period chooser and a link to the printable card.
public enum ReportPage {
    public static func html(card: ReportCard, periodChoices: [String]) -> String {
        let period = card.window.period.label
        return SiteLayout.page(
            title: "\(card.forceName): report card, \(period)",
            crumbs: [.init("Home", "/"), .init(card.forceName, SiteLayout.forcePath(card.forceID))],
            heading: false
        ) { page in
            card.write(into: &page, promiseLink: { SiteLayout.promisePath(card.forceID, $0, period: period) }) { page in
                page.open("p")
                page.element("a", "Printable version of this report card", ["href": SiteLayout.printPath(card.forceID, period: period)])
                page.text(" · ")
                page.element("a", "This report card as data", ["href": "/api/v1/forces/\(card.forceID)/report" + SiteLayout.query(period)])
                page.close("p")
                PeriodChooser.write(into: &page, action: SiteLayout.reportPath(card.forceID), current: period, choices: periodChoices)
            }
        }
    }
}

/// One promise of a force: its grade and findings, and each figure month by month with control limits,
/// and across the force's local policing units and neighbourhoods on funnel plots.
public enum PromisePage {
    public static func html(figures: PromiseFigures, card: ReportCard, periodChoices: [String]) -> String {
        let period = card.window.period.label
        let promise = figures.promise
        return SiteLayout.page(
            title: "\(card.forceName): promise \(promise), \(period)",
            crumbs: [
                .init("Home", "/"), .init(card.forceName, SiteLayout.forcePath(card.forceID)),
                .init("Report card", SiteLayout.reportPath(card.forceID, period: period)),
            ]
        ) { page in
            page.element("p", figures.card.wording, ["class": "lead"])
            page.open("p")
            page.text("Grade: ")
            page.element(
                "span", ReportCard.gradeText(figures.card.grading), ["class": "grade big \(ReportCard.gradeClass(figures.card.grading.published))"])
            page.close("p")
            page.element("p", "How the grade was reached: \(figures.card.grading.explanation)", ["class": "how"])
            for finding in figures.card.findings { page.element("p", finding.text) }
            PeriodChooser.write(into: &page, action: "/forces/\(card.forceID)/promises/\(promise)", current: period, choices: periodChoices)
            for figure in figures.figures { write(figure, into: &page) }
            page.open("p")
            page.element("a", "These figures as data", ["href": "/api/v1/forces/\(card.forceID)/promises/\(promise)" + SiteLayout.query(period)])
            page.close("p")
        }
    }

    private static func write(_ figure: PromiseFigures.Figure, into page: inout HTMLPage) {
        let result = figure.force
        page.open("section", ["aria-labelledby": result.indicator.id])
        page.element("h2", result.indicator.title, ["id": result.indicator.id])
        let value = result.value.map { "\(Percent.text($0)) (\(result.countText))" } ?? "No records in the period"
        let interval = result.interval.map { "; 95% interval \(Percent.text($0.lower)) to \(Percent.text($0.upper))" } ?? ""
        let target = result.target.map { "; target \(Percent.text($0))" } ?? "; for information, not graded"
        page.element("p", value + interval + target + (figure.grade.map { ". Grade: \($0.label)." } ?? "."))
        if writeChart(result, into: &page) { writeMonths(result, into: &page) }
        for (funnel, what) in [(figure.units, "local policing unit"), (figure.neighbourhoods, "neighbourhood")] {
            guard let funnel, funnel.plot.points.count + funnel.withheld.count >= 2 else { continue }
            writeFunnel(funnel, what: what, into: &page)
        }
        page.close("section")
    }

    /// The result's control chart as a figure with its caption; false when it has no months to chart.
    @discardableResult
    static func writeChart(_ result: IndicatorResult, into page: inout HTMLPage) -> Bool {
        let chart = ControlChartSVG.svg(result)
        guard !chart.isEmpty else { return false }
        page.open("figure")
        page.raw(chart)
        page.element(
            "figcaption",
            result.centre == nil
                ? "Month by month, with the target as a red dashed line. There are no control limits: they are drawn from the twelve months before the period, and the records do not go back that far."
                : "Month by month. The grey line is the centre, the dashed grey steps the control limits within which months vary by chance, and the red dashed line the target. Ringed months are unusual: outside the limits, or in a run or trend of seven."
        )
        page.close("figure")
        return true
    }

    /// A chart's months as a table, folded under `summary`: value, count, control limits and signals.
    static func writeMonths(
        _ result: IndicatorResult, summary: String = "The chart as a table",
        signals: (Set<SPCSignal>) -> String = { $0.map(\.rawValue).sorted().joined(separator: ", ") },
        into page: inout HTMLPage
    ) {
        page.open("details")
        page.element("summary", summary)
        page.table(caption: "\(result.indicator.title), by month", columns: ["Month", "Value", "Count", "Control limits", "Unusual"]) { page in
            for point in result.series {
                page.open("tr")
                page.element("th", PlainDates.month(point.month), ["scope": "row"])
                page.element("td", point.value.map(Percent.text) ?? "no records")
                page.element("td", "\(Thousands.text(point.numerator)) of \(Thousands.text(point.denominator))")
                page.element("td", point.lower.flatMap { lower in point.upper.map { "\(Percent.text(lower)) to \(Percent.text($0))" } } ?? "–")
                page.element("td", point.signals.isEmpty ? "no" : signals(point.signals))
                page.close("tr")
            }
        }
        page.close("details")
    }

    /// The funnel plot of the areas shown (when there are two or more), and the areas withheld from it.
    private static func writeFunnel(_ published: PromiseFigures.Funnel, what: String, into page: inout HTMLPage) {
        page.element("h3", "By \(what)")
        if published.plot.points.count >= 2 { writeFunnel(published.plot, what: what, into: &page) }
        guard !published.withheld.isEmpty else { return }
        let names = published.withheld.map { "\($0.name) (\($0.reason.text))" }
        page.element(
            "p",
            "Not shown, to protect the people counted: \(NeighbourhoodPage.list(names)). Their records still count in the share of all of them together.",
            ["class": "how"])
    }

    private static func writeFunnel(_ funnel: FunnelPlot, what: String, into page: inout HTMLPage) {
        page.element(
            "p",
            "Each dot is a \(what), placed by its number of records. The lines are the 95% (inner) and 99.8% (outer) limits around the share of all of them together (\(funnel.national.map(Percent.text) ?? "–")): a \(what) inside them differs from the rest by no more than chance would explain.",
            ["class": "how"])
        page.raw(FunnelChart.svg(funnel))
        let outside = funnel.points.filter { $0.position != .within }
        page.open("table")
        page.element(
            "caption",
            outside.isEmpty
                ? "Every \(what) is within the 95% limits"
                : "\(outside.count) of \(funnel.points.count) \(what)s outside the 95% limits (the rest are within them)")
        if !outside.isEmpty {
            page.raw(
                "<thead><tr><th scope=\"col\">\(what.prefix(1).uppercased() + what.dropFirst())</th><th scope=\"col\">Share</th><th scope=\"col\">Records</th><th scope=\"col\">Position</th></tr></thead>"
            )
            page.open("tbody")
            for point in outside.sorted(by: { $0.value < $1.value }) {
                page.open("tr")
                page.element("th", point.forceName, ["scope": "row"])
                page.element("td", Percent.text(point.value))
                page.element("td", Thousands.text(point.denominator))
                page.element("td", positionText(point.position))
                page.close("tr")
            }
            page.close("tbody")
        }
        page.close("table")
    }

    static func positionText(_ position: FunnelPlot.Position) -> String {
        switch position {
        case .within: "within the limits"
        case .above95: "above the 95% limit"
        case .below95: "below the 95% limit"
        case .above998: "above the 99.8% limit"
        case .below998: "below the 99.8% limit"
        }
    }
}

/// Every force's grades side by side, and the funnel plots of the key figures.
public enum NationalPage {
    public static func html(picture: NationalPicture, period: String, periodChoices: [String]) -> String {
        SiteLayout.page(title: "The Policing Pledge across forces, \(period)", crumbs: [.init("Home", "/")]) { page in
            page.element(
                "p",
                "Each force with records in Pledgewatch, graded the same way. The funnel plots compare forces without ranking them: a force is judged against the limits for its own number of records, because a league table would put differences that are only chance in order.",
                ["class": "lead"])
            PeriodChooser.write(into: &page, action: "/national", current: period, choices: periodChoices)
            if picture.cards.isEmpty {
                page.element("p", "No force has records for this period.")
            } else {
                picture.write(into: &page)
            }
        }
    }
}
