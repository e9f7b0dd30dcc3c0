import Foundation
import Hummingbird
import PledgeCore
import PledgeOutput
import PledgeStore

/// The public website's pages.
enum SiteRoutes {
    static func register(on router: Router<some RequestContext>, data: SiteData) {
        router.get("/") { _, _ in Reply.html(HomePage.html(forces: try await data.forcesWithRecords())) }
        router.get("assets/site.css") { _, _ in Reply.css(SiteStyle.css) }
        router.get("pledge") { _, _ in Reply.html(PledgePage.html()) }
        router.get("find") { request, _ in try await find(request, data: data) }
        router.get("forces") { _, _ in
            let held = Set(try await data.forcesWithRecords().map(\.id))
            return Reply.html(ForcesPage.html(all: ForceCatalogue.all, withRecords: held))
        }
        router.get("forces/:force") { _, context in
            let force = try Requested.force(context)
            let profiles = try await data.store.neighbourhoodProfiles(force: force)
            let latest = try await data.periodChoices(force).first
            return Reply.html(ForcePage.html(force: force, neighbourhoods: profiles, latestPeriod: latest))
        }
        // The pages most asked for are kept rendered (SiteData.page).
        router.get("forces/:force/report") { request, context in
            try await kept(request, data: data) {
                let (figures, choices) = try await SiteQueries.figures(request, context, data: data)
                return ReportPage.html(card: figures.card, periodChoices: choices)
            }
        }
        router.get("forces/:force/report/print") { request, context in
            try await kept(request, data: data) { try await SiteQueries.figures(request, context, data: data).0.card.html }
        }
        router.get("forces/:force/promises/:promise") { request, context in
            try await kept(request, data: data) {
                let (promise, figures, choices) = try await SiteQueries.promiseFigures(request, context, data: data)
                return PromisePage.html(figures: promise, card: figures.card, periodChoices: choices)
            }
        }
        router.get("forces/:force/neighbourhoods/:neighbourhood") { request, context in
            try await kept(request, data: data) {
                let (figures, choices) = try await SiteQueries.neighbourhood(request, context, data: data)
                let force = try Requested.force(context)
                return NeighbourhoodPage(figures: figures, forceName: force.name, periodChoices: choices).html
            }
        }
        router.get("national") { request, _ in
            let choices = try await data.nationalChoices()
            guard let period = try Requested.period(request, fallback: choices.first) else {
                return Reply.html(NationalPage.html(picture: NationalPicture(cards: []), period: "–", periodChoices: []))
            }
            return Reply.html(NationalPage.html(picture: try await data.national(period: period), period: period.label, periodChoices: choices))
        }
    }

    /// The page at the request's address, from the site's kept pages or rendered and kept.
    static func kept(
        _ request: Request, data: SiteData, render: @escaping @Sendable () async throws -> String
    ) async throws -> Response {
        Reply.html(try await data.page(request.uri.description, render: render))
    }

    /// A search: one neighbourhood found goes straight to its page; several, or none, get a results page.
    static func find(_ request: Request, data: SiteData) async throws -> Response {
        let (query, found) = try await SiteQueries.search(request, data: data)
        if found.neighbourhoods.count == 1, let only = found.neighbourhoods.first {
            return Reply.redirect(to: SiteLayout.neighbourhoodPath(only.forceID, only.id))
        }
        return Reply.html(FindPage.html(query: query, found: found))
    }
}
