import PledgeCore

/// One neighbourhood: its team, where they are based and how to reach them, chances to meet them, current
/// priorities, the latest monthly update, the crime map, and how the promises are kept locally.
public struct NeighbourhoodPage {
    public let figures: NeighbourhoodFigures
    public let forceName: String
    public let periodChoices: [String]

    public init(figures: NeighbourhoodFigures, forceName: String, periodChoices: [String]) {
        self.figures = figures
        self.forceName = forceName
        self.periodChoices = periodChoices
    }

    public var html: String {
        let profile = figures.detail.profile
        let today = figures.zone.localDate(of: figures.now)
        return SiteLayout.page(
            title: profile.name,
            crumbs: [.init("Home", "/"), .init(forceName, SiteLayout.forcePath(profile.forceID))]
        ) { page in
            page.element(
                "p",
                [profile.unit.map { "Part of \($0), \(forceName)." } ?? forceName, profile.description].compactMap { $0 }.joined(separator: " "),
                ["class": "lead"])
            writeTeam(today: today, into: &page)
            writeContact(into: &page)
            writeMeetings(into: &page)
            writePriorities(today: today, into: &page)
            writeUpdate(today: today, into: &page)
            writeCrimes(into: &page)
            writeFigures(into: &page)
        }
    }

    private func writeTeam(today: LocalDate, into page: inout HTMLPage) {
        page.element("h2", "Your neighbourhood team")
        let team = figures.detail.publishedTeam(on: today)
        guard !team.isEmpty else {
            page.element("p", "No officers are recorded in post for this team on \(PlainDates.day(today)).")
            return
        }
        page.open("ul", ["class": "plain team"])
        for member in team {
            page.open("li")
            page.element("strong", "\(member.rank) \(member.name)")
            page.text(", in post for \(member.timeInPostText(on: today)) (since \(PlainDates.day(member.startedOn)))")
            if let bio = member.bio { page.element("p", bio, ["class": "hint"]) }
            page.close("li")
        }
        page.close("ul")
    }

    private func writeContact(into page: inout HTMLPage) {
        let profile = figures.detail.profile
        page.element("h2", "Where they are based and how to contact them")
        page.open("dl")
        if let base = profile.base {
            page.element("dt", "Based at")
            // Addresses often start with the base's name already.
            let address = profile.address.map { $0.hasPrefix(base) ? $0 : "\(base), \($0)" } ?? base
            page.element("dd", [address, profile.postcode].compactMap { $0 }.joined(separator: ", "))
        }
        if let phone = profile.phone {
            page.element("dt", "Phone")
            page.element("dd", phone == "101" ? "101 (the non-emergency number); in an emergency call 999" : phone)
        }
        if let email = profile.email {
            page.element("dt", "Email")
            page.open("dd")
            page.element("a", email, ["href": "mailto:\(email)"])
            page.close("dd")
        }
        page.close("dl")
        page.element("p", "The team promises to answer every message within 24 hours.", ["class": "hint"])
    }

    private func writeMeetings(into page: inout HTMLPage) {
        page.element("h2", "Meet your team")
        let upcoming = figures.detail.upcoming(after: figures.now)
        if upcoming.isEmpty {
            page.element("p", "No meetings are arranged yet. Contact the team to ask when the next one is.")
        } else {
            writeEngagements(upcoming, into: &page)
        }
        let recent = figures.detail.recent(before: figures.now)
        if !recent.isEmpty {
            page.element("h3", "Recent meetings")
            writeEngagements(recent, into: &page)
        }
    }

    private func writeEngagements(_ engagements: [Engagement], into page: inout HTMLPage) {
        page.open("ul")
        for engagement in engagements {
            page.open("li")
            page.element("strong", engagement.title ?? engagement.kindText)
            page.text(": " + PlainDates.span(engagement.startsAt, engagement.endsAt, zone: figures.zone))
            if let address = engagement.address { page.text(", at \(address)") }
            page.text(" (\(engagement.kindText.lowercased()))")
            page.close("li")
        }
        page.close("ul")
    }

    private func writePriorities(today: LocalDate, into page: inout HTMLPage) {
        page.element("h2", "What the team is working on")
        let priorities = figures.detail.currentPriorities(on: today)
        guard !priorities.isEmpty else {
            page.element("p", "No priorities are recorded for this neighbourhood yet.")
            return
        }
        page.table(caption: "Priorities agreed with the community, latest first", columns: ["Priority", "Agreed", "What was done"]) { page in
            for priority in priorities {
                page.open("tr")
                page.element("th", priority.issue, ["scope": "row"])
                page.element("td", priority.agreedOn.map(PlainDates.day) ?? "–")
                let done = priority.action.map { action in priority.actionOn.map { "\(action) (\(PlainDates.day($0)))" } ?? action }
                page.element("td", done ?? "Nothing recorded yet")
                page.close("tr")
            }
        }
    }

    private func writeUpdate(today: LocalDate, into page: inout HTMLPage) {
        page.element("h2", "Latest monthly update")
        guard let update = figures.detail.latestUpdate(on: today) else {
            page.element("p", "No monthly update has been published yet.")
            return
        }
        let contents = update.contents
        page.element(
            "p",
            "The update for \(PlainDates.month(update.month)) was published on \(PlainDates.day(update.publishedOn))\(update.channel.map { " (\($0))" } ?? "")."
                + (contents.isEmpty
                    ? " It did not include a crime map, outcomes, partner action or force performance." : " It included \(Self.list(contents))."))
    }

    private func writeCrimes(into page: inout HTMLPage) {
        guard let crimes = figures.crimes else {
            page.element("h2", "Crime map")
            page.element("p", "No crimes are recorded in this neighbourhood.")
            return
        }
        let title = "Crimes in \(figures.detail.profile.name), \(PlainDates.month(crimes.month))"
        page.element("h2", "Crime map: \(PlainDates.month(crimes.month))")
        page.open("figure")
        page.raw(CrimeMapSVG.svg(boundary: figures.detail.boundary, summary: crimes, title: title))
        page.element(
            "figcaption",
            "\(crimes.total) crimes and incidents of anti-social behaviour. Each circle is a place; bigger circles had more crimes, and the colour is the commonest kind there. Places are shown to within about 150 metres."
        )
        page.close("figure")
        page.table(caption: "Crimes by kind", columns: ["Kind of crime", .number("Number")]) { page in
            for (rank, category) in crimes.categories.enumerated() {
                page.open("tr")
                page.open("th", ["scope": "row"])
                // The colour by class, from the style sheet: the site's Content-Security-Policy allows no inline style.
                page.raw("<span class=\"swatch \(CrimeMapSVG.swatchClass(rank: rank))\" aria-hidden=\"true\"></span>")
                page.text(category.category)
                page.close("th")
                page.element("td", "\(category.count)", ["class": "number"])
                page.close("tr")
            }
        }
        let shown = crimes.points.prefix(Self.placesListed)
        page.open("details")
        page.element("summary", "Crimes place by place (the map as a table)")
        page.table(
            caption: shown.count < crimes.points.count
                ? "The \(shown.count) places listed first of \(crimes.points.count), north to south" : "Every place on the map, north to south",
            columns: ["Place", "Crimes"]
        ) { page in
            for point in shown {
                page.open("tr")
                page.element("th", point.location, ["scope": "row"])
                page.element("td", point.categories.map { "\($0.count) \($0.category)" }.joined(separator: ", "))
                page.close("tr")
            }
        }
        page.close("details")
    }

    private func writeFigures(into page: inout HTMLPage) {
        page.element("h2", "How the promises are kept here")
        guard let period = figures.period, !figures.local.isEmpty else {
            page.element("p", "There are no figures for this neighbourhood yet.")
            return
        }
        page.element(
            "p",
            "Figures for \(period) counted from this neighbourhood's own records, next to the whole force's. Small neighbourhoods have few records, so their figures have wide intervals: read the interval, not just the value. A figure about people (their survey answers, victims, dissatisfaction, vulnerable callers) that stands on \(SmallNumbers.phrase) is not shown, nor are such months in its chart, so that no one's answer or report can be picked out."
        )
        PeriodChooser.write(
            into: &page, action: SiteLayout.neighbourhoodPath(figures.detail.profile.forceID, figures.detail.profile.id), current: period,
            choices: periodChoices)
        let byID = Dictionary(figures.force.map { ($0.indicator.id, $0) }, uniquingKeysWith: { first, _ in first })
        for promise in 1...10 {
            let mine = figures.local.filter { $0.indicator.promise == promise && $0.measure.sampleSize > 0 }
            guard !mine.isEmpty else { continue }
            FigureTable.write(mine, caption: "Promise \(promise)", comparedWith: byID, disclosure: figures.disclosure, into: &page)
        }
    }

    /// Places listed in the table under the map: enough for any neighbourhood's month, bounded so the page stays small.
    static let placesListed = 300

    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
