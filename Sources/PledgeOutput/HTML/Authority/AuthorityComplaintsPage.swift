import PledgeCore

/// The Police Authority's analysis of complaints for the force or one local policing unit: the totals and
/// "the promise to keep the promises" (complaints that say a promise was broken) against the same period
/// last year, per 1,000 calls; each promise against last year and the peer forces; and promise by category.
public enum AuthorityComplaintsPage {
    /// `peerNames` names the peer forces by id; `units` are the force's local policing units; `disclosure`
    /// says which of a unit's counts are withheld (a small number of complaints, or what would give one away).
    public static func html(
        forceID: String, forceName: String, analysis: ComplaintsAnalysis, period: String, lastYear: String, periodChoices: [String], units: [String],
        peerNames: [String: String], disclosure: ComplaintsDisclosure = .none
    ) -> String {
        let unit: String? = if case .unit(let name) = analysis.area { name } else { nil }
        return AuthorityLayout.page(
            forceID: forceID, forceName: forceName, title: "\(forceName): complaints analysis, \(unit.map { "\($0), " } ?? "")\(period)",
            lead:
                "Complaints about \(unit.map { "the \($0) local policing unit of " } ?? "")\(forceName) in \(period), as the Police Authority analyses them: when a promise is not kept, it comes to the force as a complaint."
        ) { page in
            AuthorityChooser.write(
                into: &page, action: AuthorityPaths.complaints(forceID), hint: "Choose a period, and the whole force or one local policing unit.",
                fields: [AuthorityChooser.period(period, choices: periodChoices), AuthorityChooser.unit(unit, units: units)])
            let cell = Cells(area: analysis.area, disclosure: disclosure)
            writeTotals(analysis, period: period, lastYear: lastYear, cell: cell, into: &page)
            writePromises(analysis, period: period, lastYear: lastYear, peerNames: peerNames, cell: cell, into: &page)
            writeCategories(analysis, period: period, lastYear: lastYear, cell: cell, into: &page)
        }
    }

    private static func writeTotals(_ analysis: ComplaintsAnalysis, period: String, lastYear: String, cell: Cells, into page: inout HTMLPage) {
        page.element("h2", "The promise to keep the promises")
        page.element(
            "p",
            "If the force fails to keep a promise, it has said it will explain why. A complaint that says a promise was broken is counted here; rates are per 1,000 calls to the force in the same area and period, so that busier periods and places compare fairly.",
            ["class": "how"])
        page.table(caption: "Complaints in \(period) and in \(lastYear)", columns: ["Complaints", .init(period), .init(lastYear)]) { page in
            for what in [
                ("Saying a promise was broken", ComplaintsDisclosure.Figure.brokenPromises, analysis.brokenPromises, analysis.brokenPromisesLastYear),
                ("All complaints", .all, analysis.all, analysis.allLastYear),
            ] {
                page.open("tr")
                page.element("th", what.0, ["scope": "row"])
                page.element("td", cell.text(what.1, what.2, lastYear: false))
                page.element("td", cell.text(what.1, what.3, lastYear: true))
                page.close("tr")
            }
        }
    }

    /// "12 (0.85 per 1,000 calls)".
    static func countText(_ count: ComplaintsAnalysis.Count) -> String {
        "\(Thousands.text(count.complaints)) (\(AuthorityText.perThousand(count)))"
    }

    /// The text of each count of one area's tables: the count and its rate, or why it is withheld (no rate
    /// either, since the calls are shown and the rate would give the count back).
    struct Cells {
        let area: Area
        let disclosure: ComplaintsDisclosure

        func text(_ figure: ComplaintsDisclosure.Figure, _ count: ComplaintsAnalysis.Count, lastYear: Bool) -> String {
            disclosure.reason(area, figure, lastYear: lastYear).map(\.text) ?? countText(count)
        }
    }

    private static func writePromises(
        _ analysis: ComplaintsAnalysis, period: String, lastYear: String, peerNames: [String: String], cell: Cells, into page: inout HTMLPage
    ) {
        page.element("h2", "By promise")
        if analysis.peerIDs.isEmpty {
            page.element(
                "p", "No other force with calls in the period has records in Pledgewatch, so there is no comparison with peers.", ["class": "how"])
        } else {
            let names = analysis.peerIDs.map { peerNames[$0] ?? $0 }
            page.element(
                "p",
                "Peers are every other force with records in Pledgewatch, pooled: \(names.joined(separator: ", ")). Their rate is for the whole of each force.",
                ["class": "how"])
        }
        let peers: [HTMLPage.Column] = analysis.peerIDs.isEmpty ? [] : ["Peers, \(period)"]
        page.table(
            caption: "Complaints saying each promise was broken, per 1,000 calls", columns: ["Promise", .init(period), .init(lastYear)] + peers
        ) { page in
            for row in analysis.promises {
                page.open("tr")
                page.element("th", "Promise \(row.promise)", ["scope": "row"])
                page.element("td", cell.text(.promise(row.promise), row.now, lastYear: false))
                page.element("td", cell.text(.promise(row.promise), row.lastYear, lastYear: true))
                if !analysis.peerIDs.isEmpty { page.element("td", row.peers.map(countText) ?? "–") }
                page.close("tr")
            }
        }
    }

    private static func writeCategories(_ analysis: ComplaintsAnalysis, period: String, lastYear: String, cell: Cells, into page: inout HTMLPage) {
        page.element("h2", "By promise and category")
        guard !analysis.rows.isEmpty else {
            page.element("p", "No complaints were recorded in either period.")
            return
        }
        page.table(
            caption: "Complaints by the promise they name and their category", columns: ["Promise", "Category", .init(period), .init(lastYear)]
        ) { page in
            for row in analysis.rows {
                page.open("tr")
                page.element("th", AuthorityText.promise(row.promise), ["scope": "row"])
                page.element("td", row.category)
                let figure = ComplaintsDisclosure.Figure.row(promise: row.promise, category: row.category)
                page.element("td", cell.text(figure, row.now, lastYear: false))
                page.element("td", cell.text(figure, row.lastYear, lastYear: true))
                page.close("tr")
            }
        }
    }
}
