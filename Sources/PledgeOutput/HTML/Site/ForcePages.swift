import PledgeCore

/// Every police force of England and Wales, those with records linked.
public enum ForcesPage {
    public static func html(all: [Force], withRecords: Set<String>) -> String {
        SiteLayout.page(title: "Police forces", crumbs: [.init("Home", "/")]) { page in
            page.element("p", "The 43 police forces of England and Wales. Figures are shown for the forces whose records Pledgewatch holds.")
            page.table(caption: "Forces", columns: ["Force", "Records"]) { page in
                for force in all.sorted(by: { $0.name < $1.name }) {
                    page.open("tr")
                    page.open("th", ["scope": "row"])
                    if withRecords.contains(force.id) {
                        page.element("a", force.name, ["href": SiteLayout.forcePath(force.id)])
                    } else {
                        page.text(force.name)
                    }
                    page.close("th")
                    page.element("td", withRecords.contains(force.id) ? "held" : "none yet")
                    page.close("tr")
                }
            }
        }
    }
}

/// One force: its report card, the Police Authority's section, and its neighbourhoods by local policing unit.
public enum ForcePage {
    public static func html(force: Force, neighbourhoods: [NeighbourhoodProfile], latestPeriod: String?) -> String {
        SiteLayout.page(title: force.name, crumbs: [.init("Home", "/"), .init("Police forces", "/forces")]) { page in
            if let latestPeriod {
                page.open("p", ["class": "lead"])
                page.text("How well \(force.name) keeps the Policing Pledge: ")
                page.element("a", "the report card for \(latestPeriod)", ["href": SiteLayout.reportPath(force.id, period: latestPeriod)])
                page.text(".")
                page.close("p")
            } else {
                page.element("p", "No calls are recorded for this force yet, so it has no report card.")
            }
            page.open("p")
            page.text("How the Police Authority makes sure the Pledge is kept: ")
            page.element("a", "Authority", ["href": AuthorityPaths.index(force.id)])
            page.text(" (monitoring plan, quarterly reports, panels, complaints, dip samples and questionnaires).")
            page.close("p")
            page.element("h2", "Neighbourhoods")
            if neighbourhoods.isEmpty { page.element("p", "No neighbourhoods are recorded for this force yet.") }
            let units = Dictionary(grouping: neighbourhoods) { $0.unit ?? "No local policing unit recorded" }
            for unit in units.keys.sorted() {
                page.element("h3", unit)
                page.open("ul", ["class": "columns plain"])
                for profile in units[unit]!.sorted(by: { $0.name < $1.name }) {
                    page.open("li")
                    page.element("a", profile.name, ["href": SiteLayout.neighbourhoodPath(force.id, profile.id)])
                    page.close("li")
                }
                page.close("ul")
            }
        }
    }
}

/// The ten promises and what each means in figures.
public enum PledgePage {
    public static func html() -> String {
        SiteLayout.page(title: "The Policing Pledge", crumbs: [.init("Home", "/")]) { page in
            page.element(
                "p",
                "In 2008 every police force in England and Wales made ten promises to the public. The inspectorate graded each force on each promise as EXCELLENT, GOOD, FAIR or POOR. Pledgewatch measures each promise from the force's own records with the figures below; each figure has a target, and its grade counts in the promise's grade with the weight shown.",
                ["class": "lead"])
            for promise in 1...10 {
                page.open("section", ["aria-labelledby": "promise-\(promise)"])
                page.element("h2", "Promise \(promise)", ["id": "promise-\(promise)"])
                page.element("p", PledgeWording.promise(promise))
                page.table(caption: "How promise \(promise) is measured", columns: ["Figure", "Target", "Weight"]) { page in
                    for indicator in IndicatorCatalogue.all where indicator.promise == promise {
                        page.open("tr")
                        page.element("th", indicator.title, ["scope": "row"])
                        page.element("td", indicator.defaultTarget.map(Percent.text) ?? "for information")
                        page.element("td", indicator.isInformational ? "not graded" : "\(indicator.weight)")
                        page.close("tr")
                    }
                }
                page.close("section")
            }
            page.element("h2", "How grades are given")
            ReportCard.writeGradeScale(into: &page)
            page.element(
                "p",
                "A figure is graded against its target using its 95% interval, so that a figure is not marked down for chance alone. A promise takes the weighted mean of its figures' grades; the force takes the mean of its promises and of three improvement areas the inspectors assess."
            )
        }
    }
}
