import PledgeCore

/// The Police Authority's quarterly performance report pack as a page of the site: a chooser of quarter
/// and area, links to the pack of every local policing unit, the printable version and the data, then
/// the report itself (`AuthorityReportContent`).
public enum AuthorityReportPage {
    /// The pack for `report.area`; `units` are the force's local policing units (each has its own pack) and
    /// `quarterChoices` the quarters offered.
    public static func html(report: QuarterlyReport, units: [String], quarterChoices: [String]) -> String {
        let quarter = report.window.period.label
        let unit = unitName(report.area)
        let forceID = report.forceID
        return SiteLayout.page(
            title: "\(report.forceName): quarterly performance report, \(unit.map { "\($0), " } ?? "")\(quarter)",
            crumbs: [
                .init("Home", "/"), .init(report.forceName, SiteLayout.forcePath(forceID)),
                .init("Police Authority", AuthorityPaths.index(forceID, quarter: quarter)),
            ]
        ) { page in
            page.element(
                "p",
                "The Police Authority's report on how \(unit.map { "the \($0) local policing unit of " } ?? "")\(report.forceName) kept the Policing Pledge in \(quarter).",
                ["class": "lead"])
            page.open("p")
            page.element("a", "Printable version of this report", ["href": AuthorityPaths.reportPrint(forceID, quarter: quarter, unit: unit)])
            page.text(" · ")
            page.element("a", "This report as data (JSON)", ["href": AuthorityPaths.reportJSON(forceID, quarter: quarter, unit: unit)])
            page.close("p")
            AuthorityChooser.write(
                into: &page, action: AuthorityPaths.report(forceID),
                hint: "Choose a calendar quarter, and the whole force or one local policing unit.",
                fields: [AuthorityChooser.quarter(quarter, choices: quarterChoices), AuthorityChooser.unit(unit, units: units)])
            writePacks(forceID: forceID, quarter: quarter, current: unit, units: units, into: &page)
            AuthorityReportContent.write(report, into: &page)
        }
    }

    /// The pack as one printable document: its own A4 style sheet, no navigation, no forms and no links
    /// out, nothing fetched from elsewhere.
    public static func printable(report: QuarterlyReport) -> String {
        var page = HTMLPage(title: "\(title(report)) – Pledgewatch", css: printCSS)
        writePack(report, into: &page)
        return page.finished
    }

    /// Several packs (the force's and its units', as `pledgewatch authority report --format html` prints
    /// them) as one printable document, each pack starting on a new page.
    public static func printable(reports: [QuarterlyReport]) -> String {
        guard let first = reports.first else { return "" }
        var page = HTMLPage(
            title: "Police Authority quarterly performance report: \(first.forceName), \(first.window.period.label) – Pledgewatch",
            css: printCSS + "\n.pack + .pack { break-before: page; }\n")
        for report in reports {
            page.open("article", ["class": "pack"])
            writePack(report, into: &page)
            page.close("article")
        }
        return page.finished
    }

    private static func title(_ report: QuarterlyReport) -> String {
        let unit = unitName(report.area)
        return "\(report.forceName): quarterly performance report, \(unit.map { "\($0), " } ?? "")\(report.window.period.label)"
    }

    private static func writePack(_ report: QuarterlyReport, into page: inout HTMLPage) {
        page.open("header")
        page.element("p", "Police Authority quarterly performance report", ["class": "kicker"])
        page.element("h1", title(report))
        page.close("header")
        page.open("main")
        AuthorityReportContent.write(report, into: &page)
        page.close("main")
    }

    /// Links to the force's pack and each unit's, the one shown named but not linked.
    private static func writePacks(forceID: String, quarter: String, current: String?, units: [String], into page: inout HTMLPage) {
        guard !units.isEmpty else { return }
        page.open("nav", ["class": "packs", "aria-label": "Report packs"])
        page.element("h2", "Report packs for \(quarter)")
        page.open("ul", ["class": "columns plain"])
        for unit in [nil] + units.map(Optional.some) {
            page.open("li")
            let name = unit ?? "Whole force"
            if unit == current {
                page.element("strong", "\(name) (this pack)", ["aria-current": "page"])
            } else {
                page.element("a", name, ["href": AuthorityPaths.report(forceID, quarter: quarter, unit: unit)])
            }
            page.close("li")
        }
        page.close("ul")
        page.close("nav")
    }

    private static func unitName(_ area: Area) -> String? { if case .unit(let name) = area { name } else { nil } }

    /// The report card's A4 style sheet with the pack's own classes.
    static let printCSS =
        ReportCard.css + """

            .flag { font-weight: bold; border-left: 4pt solid #a4161a; padding-left: 4pt; } .late { font-weight: bold; } .state { font-weight: bold; }
            .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 8mm; } figure { margin: 0 0 6pt; break-inside: avoid; } figcaption { font-size: 8pt; color: #444; }
            caption { text-align: left; font-weight: bold; margin: 4pt 0; } table.glance th { white-space: nowrap; }
            ul.compact { margin: 2pt 0; padding-left: 12pt; } .panel { border-left: 4pt solid #a4161a; padding: 2pt 8pt; } section.promise { break-before: auto; }
            """
}
