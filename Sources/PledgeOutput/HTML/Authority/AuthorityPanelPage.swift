import PledgeCore

/// What the Police Authority's Contact Management Panel reads (promises 5 and 6), for the force or one local
/// policing unit: 999 and non-emergency calls month by month (volumes, abandoned calls against the control
/// limits of their share, the Home Office answer-time bands and the mean time to answer), then each of the
/// panel's measures with its control chart and the chart as a table. One area a page, with links to the rest.
public enum AuthorityPanelPage {
    /// The page for `area` (`.force` or `.unit`) of `panel`; `disclosure` says which small numbers about
    /// people (a unit's vulnerable callers) are withheld.
    public static func html(
        forceID: String, forceName: String, panel: ContactPanel, area: Area, period: String, periodChoices: [String], disclosure: Disclosure = .none
    ) -> String {
        let unit: String? = if case .unit(let name) = area { name } else { nil }
        let units = panel.areas.compactMap { if case .unit(let name) = $0.area { name } else { nil } }
        return AuthorityLayout.page(
            forceID: forceID, forceName: forceName, title: "\(forceName): Contact Management Panel, \(unit.map { "\($0), " } ?? "")\(period)",
            lead:
                "How \(unit.map { "the \($0) local policing unit of " } ?? "")\(forceName) answers and attends 999 and non-emergency calls (promises 5 and 6), month by month, as the Police Authority's Contact Management Panel reviews them."
        ) { page in
            AuthorityChooser.write(
                into: &page, action: AuthorityPaths.panel(forceID), hint: "Choose a period, and the whole force or one local policing unit.",
                fields: [AuthorityChooser.period(period, choices: periodChoices), AuthorityChooser.unit(unit, units: units)])
            writeAreas(forceID: forceID, period: period, current: unit, units: units, into: &page)
            guard let shown = panel.areas.first(where: { $0.area == area }) else {
                page.element("p", "There are no calls for this area.")
                return
            }
            writeLine(shown.emergency, title: "999 calls by month", into: &page)
            writeLine(shown.nonEmergency, title: "Non-emergency calls by month", into: &page)
            page.element("h2", "The panel's measures")
            if shown.measures.isEmpty { page.element("p", "None of the panel's measures has records in this area and period.") }
            for result in shown.measures { writeMeasure(result, disclosure: disclosure, into: &page) }
        }
    }

    private static func writeAreas(forceID: String, period: String, current: String?, units: [String], into page: inout HTMLPage) {
        guard !units.isEmpty else { return }
        page.open("details")
        page.element("summary", "The panel for each local policing unit")
        page.open("ul", ["class": "columns plain"])
        for unit in [nil] + units.map(Optional.some) {
            page.open("li")
            if unit == current {
                page.element("strong", "\(unit ?? "Whole force") (shown)", ["aria-current": "page"])
            } else {
                page.element("a", unit ?? "Whole force", ["href": AuthorityPaths.panel(forceID, period: period, unit: unit)])
            }
            page.close("li")
        }
        page.close("ul")
        page.close("details")
    }

    private static func writeLine(_ months: [ContactPanel.LineMonth], title: String, into page: inout HTMLPage) {
        page.element("h2", title)
        guard !months.isEmpty else {
            page.element("p", "No whole month of the period has ended yet.")
            return
        }
        page.table(
            ["class": "figures"],
            caption: "\(title): calls, abandoned calls with the control limits of their share, and answer times in the Home Office bands",
            columns: [
                "Month", .number("Calls"), .number("Abandoned"), "Abandoned share", "Control limits", .number("Under 10 s"),
                .number("10 to under 60 s"), .number("60 s or more"), .number("Mean seconds to answer"),
            ]
        ) { page in
            for month in months {
                page.open("tr")
                page.element("th", PlainDates.month(month.month), ["scope": "row"])
                page.element("td", Thousands.text(month.calls), ["class": "number"])
                page.element("td", Thousands.text(month.abandoned), ["class": "number"])
                page.element("td", abandonedText(month))
                page.element("td", month.abandonedLimits.map { "\(Percent.text($0.lower)) to \(Percent.text($0.upper))" } ?? "–")
                page.element("td", Thousands.text(month.under10s), ["class": "number"])
                page.element("td", Thousands.text(month.from10sTo60s), ["class": "number"])
                page.element("td", Thousands.text(month.over60s), ["class": "number"])
                page.element("td", month.meanSecondsToAnswer.map { Thousands.text($0) } ?? "–", ["class": "number"])
                page.close("tr")
            }
        }
    }

    /// The abandoned share, saying in words when it is outside its control limits.
    static func abandonedText(_ month: ContactPanel.LineMonth) -> String {
        guard let share = month.abandonedShare.value else { return "no calls" }
        var text = Percent.text(share)
        if let limits = month.abandonedLimits {
            if share > limits.upper { text += " (above the upper limit)" } else if share < limits.lower { text += " (below the lower limit)" }
        }
        return text
    }

    /// What a measure withheld whole shows instead: the figure's reason, or, when only some of its months
    /// stand on 1 to 9 records, that (its chart and table would show them, so none of it is shown).
    static func withheldText(_ result: IndicatorResult, _ disclosure: Disclosure) -> String? {
        if let reason = disclosure.reason(result) { return reason.text }
        guard result.series.contains(where: { disclosure.withholds($0, of: result) }) else { return nil }
        return "Not shown: in one or more months it stands on \(SmallNumbers.phrase)"
    }

    private static func writeMeasure(_ result: IndicatorResult, disclosure: Disclosure, into page: inout HTMLPage) {
        page.open("section", ["aria-labelledby": "measure-\(result.indicator.id)"])
        page.element("h3", result.indicator.title, ["id": "measure-\(result.indicator.id)"])
        if let withheld = withheldText(result, disclosure) {
            page.element("p", withheld + ".", ["class": "withheld"])
            page.close("section")
            return
        }
        let value = AuthorityText.valueWithCount(result)
        let interval = result.interval.map { "; 95% interval \(AuthorityText.interval($0))" } ?? ""
        let target = result.target.map { "; target \(Percent.text($0))" } ?? ""
        let unusual = result.series.filter { !$0.signals.isEmpty }
        let signals =
            unusual.isEmpty
            ? ""
            : ". Unusual months: " + unusual.map { "\(PlainDates.month($0.month)) (\(AuthorityText.signals($0.signals)))" }.joined(separator: "; ")
        page.element("p", value + interval + target + signals + ".")
        PromisePage.writeChart(result, into: &page)
        PromisePage.writeMonths(result, summary: "\(result.indicator.title): the months as a table", signals: AuthorityText.signals, into: &page)
        page.close("section")
    }
}
