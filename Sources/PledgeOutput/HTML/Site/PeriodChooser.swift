import PledgeCore

/// A form that reloads the page for another period: a labelled list and a button, sent by GET, so it works
/// without JavaScript and the chosen period is in the address.
enum PeriodChooser {
    static func write(into page: inout HTMLPage, action: String, current: String, choices: [String]) {
        guard !choices.isEmpty else { return }
        page.open("form", ["class": "search", "method": "get", "action": action])
        page.element("label", "Show another period", ["for": "period"])
        page.element("p", "Financial years run from April to March; quarters and months are also available.", ["class": "hint", "id": "period-hint"])
        page.open("select", ["id": "period", "name": "period", "aria-describedby": "period-hint"])
        for choice in choices {
            var attributes = ["value": choice]
            if choice == current { attributes["selected"] = "selected" }
            page.element("option", choice, attributes)
        }
        page.close("select")
        page.raw(" ")
        page.element("button", "Show", ["type": "submit"])
        page.close("form")
    }
}

/// Tables of indicator results, used wherever figures are shown.
enum FigureTable {
    /// One row per result: the figure, its value and interval, the target, the count and a run chart. A
    /// result `disclosure` withholds shows only why, and a month it withholds is a gap in the chart.
    static func write(
        _ results: [IndicatorResult], caption: String, comparedWith force: [String: IndicatorResult] = [:], disclosure: Disclosure = .none,
        into page: inout HTMLPage
    ) {
        let forceColumn: [HTMLPage.Column] = force.isEmpty ? [] : ["Whole force"]
        let columns: [HTMLPage.Column] = ["Figure", "Value", "95% interval"] + forceColumn + ["Target", "Count", "By month"]
        page.table(["class": "figures"], caption: caption, columns: columns) { page in
            for result in results {
                page.open("tr")
                page.element("th", result.indicator.title, ["scope": "row"])
                let withheld = disclosure.reason(result)
                if let withheld {
                    page.element("td", withheld.text)
                    page.element("td", "–")
                } else {
                    page.element("td", result.value.map(Percent.text) ?? "no records")
                    page.element("td", result.interval.map { "\(Percent.text($0.lower)) to \(Percent.text($0.upper))" } ?? "–")
                }
                if !force.isEmpty { page.element("td", force[result.indicator.id]?.value.map(Percent.text) ?? "no records") }
                page.element("td", result.target.map(Percent.text) ?? "for information")
                if withheld != nil {
                    page.element("td", "–")
                } else {
                    page.element("td", result.measure.sampleSize == 0 ? "none" : result.countText + (result.smallSample ? " (small sample)" : ""))
                }
                page.open("td")
                page.raw(RunChart.svg(values: disclosure.chartValues(result), target: result.target))
                page.close("td")
                page.close("tr")
            }
        }
    }
}
