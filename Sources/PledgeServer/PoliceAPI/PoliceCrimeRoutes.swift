import Hummingbird
import PledgeCore
import PledgeOutput
import PledgeStore

/// The street-level crime, outcome and stop-and-search routes (reference §2, rows 11–22).
struct PoliceCrimeRoutes: Sendable {
    let store: any PledgeStore
    let cache: OpenDataCache

    /// police.uk refuses an area with more results than this (§1.2).
    static let resultLimit = 10_000

    func register(on api: RouterGroup<some RequestContext>) {
        api.get("crime-categories") { request, _ in
            try await PoliceAPIRoutes.answer { () async throws in
                let parameters = PoliceParameters(fields: FormFields(request.uri.query.map { Substring($0) }))
                let months = try await cache.crimeMonths()
                // Any month has police.uk's list; a month with crimes adds whatever else it used.
                let month = try parameters.month(in: months)
                let categories = if let month { try await cache.categories(for: month) } else { CrimeCategory.current }
                return PoliceReply.json { PoliceJSON.categories(categories, &$0) }
            }
        }
        api.get("crime-last-updated") { _, _ in
            let latest = try await cache.crimeMonths().first
            return PoliceReply.json { w in
                w.object { w in w.field("date", latest.map { "\($0.firstDay)" }) }
            }
        }
        api.get("crimes-street-dates") { _, _ in
            let months = try await cache.crimeMonths()
            return PoliceReply.json { w in
                w.array(months) { w, month in
                    w.object { w in
                        w.field("date", month.description)
                        w.key("stop-and-search"); w.array { _ in }
                    }
                }
            }
        }
        for method in [HTTPRequest.Method.get, .post] {
            api.on("crimes-street/:category", method: method) { request, context in
                try await answer(request) { parameters, month in
                    let area = try place(parameters)
                    guard let month else { return PoliceReply.emptyList }
                    let found = try await crimes(in: area, month: month)
                    let category = context.parameters.get("category") ?? CrimeCategory.allCrime.slug
                    return try crimeList(crimes(found, in: category), names: PoliceJSON.mapPointNames(found))
                }
            }
            api.on("outcomes-at-location", method: method) { request, _ in
                try await answer(request) { parameters, month in
                    let area = try place(parameters)
                    guard let month else { return PoliceReply.emptyList }
                    let found = try await crimes(in: area, month: month, known: true)
                    let outcomes = found.filter { !($0.outcome ?? "").isEmpty }
                    guard outcomes.count <= Self.resultLimit else { throw PoliceAPIError.tooManyResults }
                    let names = PoliceJSON.mapPointNames(found)
                    return PoliceReply.json(capacity: 512 * outcomes.count) { w in
                        w.array(outcomes) { w, crime in PoliceJSON.outcome(crime, names: names, includingCrime: true, &w) }
                    }
                }
            }
            // No stop-and-search records are imported yet: every stop route answers an empty list, after the
            // same checks of its parameters as the crime routes.
            api.on("stops-street", method: method) { request, _ in
                try await answer(request) { parameters, _ in
                    guard try parameters.area() != nil else { throw PoliceAPIError.badRequest }
                    return PoliceReply.emptyList
                }
            }
        }
        api.get("crimes-at-location") { request, _ in
            try await answer(request) { parameters, month in
                // A point given by lat/lng is snapped to the map point holding it; only an unknown
                // `location_id` is a 404.
                var place = try place(parameters), known = true
                if case .area(.circle(let centre, _)) = place {
                    place = .mapPoint(AnonymousMapPoint(containing: centre))
                    known = false
                }
                guard let month else { return PoliceReply.emptyList }
                let found = try await crimes(in: place, month: month, known: known)
                return try crimeList(found, names: PoliceJSON.mapPointNames(found))
            }
        }
        api.get("crimes-no-location") { request, _ in
            try await answer(request) { parameters, month in
                guard let force = try forceParameter(parameters), let month else { return PoliceReply.emptyList }
                let found = try await store.publishedCrimes(.withoutLocation(force, month: month))
                let category = parameters.fields.first("category") ?? CrimeCategory.allCrime.slug
                return try crimeList(crimes(found, in: category), names: [:])
            }
        }
        api.get("outcomes-for-crime/:id") { _, context in
            try await PoliceAPIRoutes.answer { () async throws in
                guard let id = context.parameters.get("id"), let crime = try await store.publishedCrimes(.persistentID(id)).first else {
                    throw PoliceAPIError.notFound
                }
                // The map point is named as on every other route: by all its crimes of the month.
                var sharing = [crime]
                if let point = crime.point { sharing = try await crimes(at: AnonymousMapPoint(containing: point), month: crime.month) }
                let names = PoliceJSON.mapPointNames(sharing)
                return PoliceReply.json { w in
                    w.object { w in
                        w.key("crime"); PoliceJSON.crime(crime, names: names, withOutcome: false, &w)
                        w.key("outcomes")
                        w.array { w in
                            if !(crime.outcome ?? "").isEmpty { PoliceJSON.outcome(crime, names: names, includingCrime: false, &w) }
                        }
                    }
                }
            }
        }
        api.get("stops-at-location") { request, _ in
            try await answer(request) { parameters, _ in
                // An unknown location is an empty list here, unlike the crime routes (§1.4).
                guard parameters.fields.first("location_id") != nil else { throw PoliceAPIError.badRequest }
                return PoliceReply.emptyList
            }
        }
        for route in ["stops-no-location", "stops-force"] {
            api.get(RouterPath(route)) { request, _ in
                try await answer(request) { parameters, _ in
                    _ = try forceParameter(parameters)
                    return PoliceReply.emptyList
                }
            }
        }
    }

    /// Reads the parameters and the month asked for (nil when the answer is an empty list: a month after
    /// the latest, or a store with no crimes), then runs `body`, which checks its place parameters first so
    /// that a malformed request is a 400 whatever the month.
    private func answer(
        _ request: Request, _ body: @Sendable (PoliceParameters, YearMonth?) async throws -> Response
    ) async throws -> Response {
        try await PoliceAPIRoutes.answer { () async throws in
            let parameters = try await PoliceParameters.read(request)
            return try await body(parameters, try parameters.month(in: try await cache.crimeMonths()))
        }
    }

    /// Where a request asks about: a map point (`location_id`), or an area (`lat`/`lng` or `poly`).
    private enum Place {
        case mapPoint(AnonymousMapPoint)
        case area(SearchArea)
    }

    /// The place a request names; naming none is a 400.
    private func place(_ parameters: PoliceParameters) throws(PoliceAPIError) -> Place {
        if let point = try parameters.mapPoint() { return .mapPoint(point) }
        if let area = try parameters.area() { return .area(area) }
        throw .badRequest
    }

    /// The month's crimes published at the map point or within the area; with `known`, a map point at
    /// which no crime was ever published is a 404.
    private func crimes(in place: Place, month: YearMonth, known: Bool = false) async throws -> [StreetCrime] {
        switch place {
        case .mapPoint(let cell):
            let found = try await crimes(at: cell, month: month)
            if known, found.isEmpty, try await !everPublished(at: cell) { throw PoliceAPIError.notFound }
            return found
        case .area(let area):
            // A crime is in the area when its published point is: ask for imported points up to half a cell
            // outside, then keep those whose map point lies inside.
            let bounds = area.bounds.expanded(latitude: AnonymousMapPoint.latitudeStep / 2, longitude: AnonymousMapPoint.longitudeStep / 2)
            return try await store.publishedCrimes(.within(bounds, month: month)).filter { crime in
                crime.point.map { area.contains(AnonymousMapPoint(containing: $0).centre) } ?? false
            }
        }
    }

    private func everPublished(at cell: AnonymousMapPoint) async throws -> Bool {
        for month in try await cache.crimeMonths() where try await !crimes(at: cell, month: month).isEmpty { return true }
        return false
    }

    /// The month's crimes published at the map point: those whose imported point lies in its cell.
    private func crimes(at cell: AnonymousMapPoint, month: YearMonth) async throws -> [StreetCrime] {
        try await store.publishedCrimes(.within(cell.bounds, month: month)).filter { $0.point.map(AnonymousMapPoint.init) == cell }
    }

    private func crimeList(_ crimes: [StreetCrime], names: [AnonymousMapPoint: String]) throws(PoliceAPIError) -> Response {
        guard crimes.count <= Self.resultLimit else { throw .tooManyResults }
        return PoliceReply.json(capacity: 400 * crimes.count + 2) { w in
            w.array(crimes) { w, crime in PoliceJSON.crime(crime, names: names, &w) }
        }
    }

    /// The crimes of the category `slug`; `all-crime`, or a slug that is neither police.uk's nor any of
    /// these crimes', means every crime, as on police.uk.
    private func crimes(_ crimes: [StreetCrime], in slug: String) -> [StreetCrime] {
        guard slug != CrimeCategory.allCrime.slug else { return crimes }
        let matching = crimes.filter { CrimeCategory(crimeType: $0.category).slug == slug }
        return matching.isEmpty && !CrimeCategory.isKnown(slug) ? crimes : matching
    }

    /// The `force` parameter: missing is a 400, an unknown force a 404; `btp` (which police.uk accepts
    /// here but Pledgewatch holds nothing of) is nil.
    private func forceParameter(_ parameters: PoliceParameters) throws(PoliceAPIError) -> Force? {
        guard let id = parameters.fields.first("force") else { throw .badRequest }
        if id == "btp" { return nil }
        guard let force = ForceCatalogue.force(id: id) else { throw .notFound }
        return force
    }
}
