import Foundation
import Hummingbird
import PledgeCore
import PledgeStore

/// What a request asks of the figures, answered as domain values: the one query layer the website's pages
/// and the `/api/v1` answers both call, so that a page and its JSON always show the same thing. Each reads
/// its parameters from the request (`Requested`), and its figures through `SiteData`, which keeps them.
enum SiteQueries {
    /// What `?q=` or `?lat=&lng=` finds, and the query in words.
    static func search(_ request: Request, data: SiteData) async throws -> (String, NeighbourhoodFinder.Found) {
        let finder = try await data.neighbourhoodFinder()
        // A query given but blank is refused even beside a point, as the API document says (`q` must hold a
        // character that is not white space: Unicode's White_Space, and the separators U+001C to U+001F that
        // other libraries count as space too).
        if let asked = Requested.parameter(request, "q"),
            asked.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || (0x1C...0x1F).contains($0.value) })
        {
            throw SiteError(
                status: .badRequest, title: "Enter a postcode or a place",
                message: "Enter a postcode, the first part of one, or the name of a place or neighbourhood.")
        }
        // A point given at all must be whole: a latitude without a longitude (or either not a number) is
        // refused, never quietly dropped for the query beside it.
        let (lat, lng) = (Requested.parameter(request, "lat"), Requested.parameter(request, "lng"))
        if lat != nil || lng != nil {
            guard let lat, let lng, let latitude = Double(lat), let longitude = Double(lng), (-90...90).contains(latitude),
                (-180...180).contains(longitude)
            else {
                throw SiteError(
                    status: .badRequest, title: "Check the latitude and longitude",
                    message: "Give the latitude and the longitude in decimal degrees, for example 52.6369 and -1.1398.")
            }
            return ("\(lat), \(lng)", finder.byPoint(GeoPoint(longitude: longitude, latitude: latitude)))
        }
        guard let query = Requested.parameter(request, "q")?.trimmingCharacters(in: .whitespacesAndNewlines), !query.isEmpty else {
            throw SiteError(
                status: .badRequest, title: "Enter a postcode or a place",
                message: "Enter a postcode, the first part of one, or the name of a place or neighbourhood.")
        }
        return (query, finder.search(query))
    }

    /// The force's figures for the period asked for (its latest financial year by default) and the periods it has.
    static func figures(_ request: Request, _ context: some RequestContext, data: SiteData) async throws -> (PublicFigures, [String]) {
        let force = try Requested.force(context)
        let choices = try await data.periodChoices(force)
        guard let period = try Requested.period(request, fallback: choices.first) else {
            throw SiteError.notFound("\(force.name) has no calls recorded yet, so there are no figures to show.")
        }
        return (try await data.figures(force, period: period), choices)
    }

    /// The promise asked for, with its units and neighbourhoods, from the force's figures for the period.
    static func promiseFigures(_ request: Request, _ context: some RequestContext, data: SiteData) async throws -> (
        PromiseFigures, PublicFigures, [String]
    ) {
        let promise = try Requested.promise(context)
        let (figures, choices) = try await figures(request, context, data: data)
        let names = try await data.neighbourhoodNames(try Requested.force(context))
        let shown = PromiseFigures(card: figures.card.promises[promise - 1], results: figures.results, names: names, disclosure: figures.disclosure)
        return (shown, figures, choices)
    }

    /// The neighbourhood asked for, with its figures for the period asked for (else the force's latest), and
    /// the periods the force can show.
    static func neighbourhood(_ request: Request, _ context: some RequestContext, data: SiteData) async throws -> (NeighbourhoodFigures, [String]) {
        let force = try Requested.force(context)
        guard let id = context.parameters.get("neighbourhood"), let detail = try await data.store.neighbourhoodDetail(force: force, id: id) else {
            throw SiteError.notFound("\(force.name) has no neighbourhood with that name. Its neighbourhoods are listed on the force's page.")
        }
        let crimes: CrimeSummary?
        if let month = try await data.store.crimeMonths(force: force, neighbourhood: id).first {
            crimes = CrimeSummary(month: month, crimes: try await data.store.streetCrimes(force: force, neighbourhood: id, month: month))
        } else {
            crimes = nil
        }
        let choices = try await data.periodChoices(force)
        let period = try Requested.period(request, fallback: choices.first)
        var results: [IndicatorResult] = []
        var disclosure = Disclosure.none
        if let period {
            let figures = try await data.figures(force, period: period)
            (results, disclosure) = (figures.results, figures.disclosure)
        }
        let figures = NeighbourhoodFigures(
            detail: detail, now: data.now(), zone: try force.zoneRules(), crimes: crimes, period: period?.label,
            local: results.filter { $0.area == .neighbourhood(id) }, force: results.filter { $0.area == .force }, disclosure: disclosure)
        return (figures, choices)
    }
}
