import PledgeCore

extension NationalPicture {
    /// The national picture as one self-contained HTML page: the grades side by side, and each key
    /// indicator as a drawn funnel plot (inline SVG) with its 95% and 99.8% limits.
    public var html: String {
        let label = cards.first?.window.period.label ?? ""
        var page = HTMLPage(title: "The Policing Pledge across forces, \(label)", css: ReportCard.css)
        page.element("h1", "The Policing Pledge across forces, \(label)")
        write(into: &page)
        return page.finished
    }

    /// The grades table and the funnel plots, for a page that has its own head, style and heading.
    public func write(into page: inout HTMLPage) {
        page.open("table")
        page.raw("<thead><tr><th>Force</th>" + (1...10).map { "<th>\($0)</th>" }.joined() + "<th>Force grade</th></tr></thead>")
        page.open("tbody")
        for card in cards {
            page.open("tr")
            page.element("td", card.forceName)
            for promise in card.promises {
                page.element(
                    "td", promise.grading.published.map { String($0.label.prefix(1)) } ?? "–",
                    ["class": "grade \(ReportCard.gradeClass(promise.grading.published))"])
            }
            page.element("td", card.grading.grade?.label ?? "NOT ASSESSED", ["class": "grade \(ReportCard.gradeClass(card.grading.grade))"])
            page.close("tr")
        }
        page.close("tbody")
        page.close("table")
        page.element("p", "E EXCELLENT, G GOOD, F FAIR, P POOR, – not assessed.", ["class": "how"])
        for funnel in funnels where !funnel.points.isEmpty {
            page.element("h2", "\(funnel.indicator.title) (\(funnel.indicator.id))")
            page.element(
                "p",
                "National share \(funnel.national.map(Percent.text) ?? "–"). Each dot is a force, placed by its number of records; the lines are the 95% (inner) and 99.8% (outer) limits within which a force's share would fall by chance alone.",
                ["class": "how"])
            page.raw(FunnelChart.svg(funnel))
        }
    }
}
