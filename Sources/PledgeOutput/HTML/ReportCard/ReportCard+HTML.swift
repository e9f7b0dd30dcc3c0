import PledgeCore

extension ReportCard {
    /// The card as one printable HTML document: inline CSS sized for A4, SVG run charts drawn inline, no
    /// scripts and nothing fetched from the network. The markup is also well-formed XML (XHTML syntax), so
    /// it can be checked mechanically. Laid out as the 2009 report: the overall grade, the grades and their
    /// meanings, the promises with their grades, the findings per promise, then how the force is improving;
    /// and, beyond the 2009 report, each figure with its count, interval and target.
    public var html: String {
        var page = HTMLPage(title: "Delivering the Policing Pledge: \(forceName), \(window.period.label)", css: Self.css)
        write(into: &page)
        return page.finished
    }

    /// The card's content (from its heading to its footer), for a page that has its own head and style.
    /// Promise headings link to `promiseLink(n)` when it is given; `afterHeader` writes what a page puts
    /// straight after the card's heading and overall grade.
    public func write(into page: inout HTMLPage, promiseLink: ((Int) -> String)? = nil, afterHeader: ((inout HTMLPage) -> Void)? = nil) {
        page.open("header")
        page.element("p", "Delivering the Policing Pledge", ["class": "kicker"])
        page.element("h1", forceName)
        page.element(
            "p",
            "Period \(window.period.label) (\(window.period.start) to \(window.period.end.adding(days: -1)), both days included); figures as of \(window.zone.localText(window.asOf))."
        )
        page.open("div", ["class": "overall"])
        page.element("p", "The overall grade for \(forceName) is:")
        page.element("p", grading.grade?.label ?? "NOT ASSESSED", ["class": "grade big \(Self.gradeClass(grading.grade))"])
        page.element("p", grading.explanation, ["class": "how"])
        page.close("div")
        page.close("header")
        afterHeader?(&page)

        page.open("section", ["class": "scale"])
        page.element("h2", "The different grades")
        Self.writeGradeScale(into: &page)
        page.close("section")

        page.open("section", ["class": "summary"])
        page.element("h2", "The Policing Pledge points")
        page.open("table")
        page.raw("<thead><tr><th>Pledge point</th><th>Grade</th></tr></thead>")
        page.open("tbody")
        for card in promises {
            page.open("tr")
            page.open("td")
            page.element("strong", "Pledge point \(card.promise)")
            page.element("p", card.wording)
            page.close("td")
            page.element("td", Self.gradeText(card.grading), ["class": "grade \(Self.gradeClass(card.grading.published))"])
            page.close("tr")
        }
        page.close("tbody")
        page.close("table")
        page.close("section")

        page.open("section", ["class": "findings"])
        page.element("h2", "Summary of findings")
        for card in promises { Self.write(card, zone: window.zone, link: promiseLink?(card.promise), into: &page) }
        page.close("section")

        page.open("section", ["class": "improving"])
        page.element("h2", "What the force was doing to improve its performance")
        page.open("table")
        page.open("tbody")
        for area in improvementAreas {
            page.open("tr")
            page.open("td")
            page.element("p", area.wording)
            if let counted = area.counted { page.element("p", "From the records: \(counted)", ["class": "how"]) }
            if let assessed = area.assessed { page.element("p", "Evidence: \(assessed.evidence) (\(assessed.assessor))", ["class": "how"]) }
            page.close("td")
            page.element("td", area.assessed?.grade.label ?? "NOT ASSESSED", ["class": "grade \(Self.gradeClass(area.assessed?.grade))"])
            page.close("tr")
        }
        page.close("tbody")
        page.close("table")
        page.close("section")
        page.open("footer")
        page.element(
            "p",
            "Grades follow the inspectorate's rules as Pledgewatch applies them to the force's own records: each figure is graded against its target using its 95% Wilson interval (a ratio-estimator interval for hours), a promise takes the weighted mean of its figures' grades, and the force the mean of its promises and improvement areas, with caps. Drafted findings come from the figures; findings marked as edited or added are the assessor's."
        )
        page.close("footer")
    }

    private static func write(_ card: PromiseCard, zone: ZoneRules, link: String?, into page: inout HTMLPage) {
        page.open("article", ["class": "promise"])
        page.open("h3")
        if let link { page.element("a", "Pledge point \(card.promise)", ["href": link]) } else { page.text("Pledge point \(card.promise)") }
        page.text(" ")
        page.element("span", gradeText(card.grading), ["class": "grade \(gradeClass(card.grading.published))"])
        page.close("h3")
        if card.findings.isEmpty {
            page.element("p", "No findings: none of this promise's figures could be graded.", ["class": "how"])
        } else {
            page.open("p")
            for (index, finding) in card.findings.enumerated() {
                if index > 0 { page.text(" ") }
                if finding.text.hasPrefix("But ") {
                    page.element("strong", "But")
                    page.text(String(finding.text.dropFirst(3)))
                } else {
                    page.text(finding.text)
                }
                if finding.origin != .drafted { page.element("span", " [\(finding.origin.rawValue) by the assessor]", ["class": "origin"]) }
            }
            page.close("p")
        }
        page.element("p", "How the grade was reached: \(card.grading.explanation)", ["class": "how"])
        if !card.results.isEmpty {
            page.open("table", ["class": "figures"])
            page.raw(
                "<thead><tr><th>Figure</th><th>Value</th><th>95% interval</th><th>Target</th><th>Count</th><th>By month</th><th>Grade</th></tr></thead>"
            )
            page.open("tbody")
            for result in card.results {
                let grade = card.grading.indicators.first { $0.indicator.id == result.indicator.id }?.grade
                page.open("tr")
                page.element("td", result.indicator.title)
                page.element("td", result.value.map(Percent.text) ?? "no records")
                page.element("td", result.interval.map { "\(Percent.text($0.lower))–\(Percent.text($0.upper))" } ?? "–")
                page.element("td", result.target.map(Percent.text) ?? "for information")
                page.element("td", result.measure.sampleSize == 0 ? "none" : result.countText + (result.smallSample ? " (small sample)" : ""))
                page.open("td")
                page.raw(RunChart.svg(values: result.series.map(\.value), target: result.target))
                page.close("td")
                page.element("td", grade?.label ?? "–", ["class": "grade \(gradeClass(grade))"])
                page.close("tr")
            }
            page.close("tbody")
            page.close("table")
        }
        if !card.realityChecks.isEmpty {
            let met = card.realityChecks.filter(\.met).count
            page.element("p", "Reality checks in the period: \(met) of \(card.realityChecks.count) met.", ["class": "how"])
            page.open("ul", ["class": "how"])
            for check in card.realityChecks {
                page.element("li", "\(zone.localDate(of: check.made)), \(card.place(of: check)): \(check.met ? "met" : "not met")")
            }
            page.close("ul")
        }
        page.close("article")
    }

    /// The published grade, marked "(assessed)" when an assessor overrode it.
    public static func gradeText(_ grading: PromiseGrading) -> String {
        guard let published = grading.published else { return "NOT ASSESSED" }
        return grading.override == nil ? published.label : "\(published.label) (assessed)"
    }

    /// The four grades, best first, each with its meaning, as a definition list.
    public static func writeGradeScale(into page: inout HTMLPage) {
        page.open("dl")
        for grade in Grade.allCases.reversed() {
            page.element("dt", grade.label, ["class": "grade \(gradeClass(grade))"])
            page.element("dd", grade.meaning)
        }
        page.close("dl")
    }

    public static func gradeClass(_ grade: Grade?) -> String { grade?.label.lowercased() ?? "none" }

    /// The card's own style sheet, sized for A4.
    public static let css = """
        @page { size: A4; margin: 18mm 16mm; }
        body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; color: #111; max-width: 180mm; margin: 0 auto; line-height: 1.35; }
        h1 { font-size: 22pt; margin: 0 0 4pt; } h2 { font-size: 14pt; border-bottom: 2px solid #1d3f72; padding-bottom: 2pt; margin-top: 18pt; }
        h3 { font-size: 11.5pt; margin: 12pt 0 4pt; } .kicker { text-transform: uppercase; letter-spacing: 0.08em; color: #1d3f72; margin: 0; }
        .overall { border: 2px solid #1d3f72; padding: 8pt 12pt; margin: 10pt 0; } .big { font-size: 20pt; }
        .grade { font-weight: bold; white-space: nowrap; } .excellent { color: #0b6e2f; } .good { color: #1d3f72; } .fair { color: #9a5b00; } .poor { color: #a4161a; } .none { color: #555; }
        .how { color: #444; font-size: 9pt; } .origin { color: #555; font-size: 9pt; }
        table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid #ccc; padding: 3pt 4pt; vertical-align: top; text-align: left; }
        .figures { font-size: 8.5pt; } .figures td:nth-child(n+2) { white-space: nowrap; }
        dl { display: grid; grid-template-columns: 24mm 1fr; gap: 2pt 8pt; } dd { margin: 0; }
        article, tr { break-inside: avoid; } svg { display: block; }
        footer { margin-top: 18pt; font-size: 8.5pt; color: #444; }
        """
}
