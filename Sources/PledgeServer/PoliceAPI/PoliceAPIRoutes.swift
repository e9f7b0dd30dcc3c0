import Foundation
import Hummingbird
import PledgeCore
import PledgeOutput
import PledgeStore

/// The national police open-data API (data.police.uk, reference §2), served under `/api/` from the
/// store, so that existing clients work with only their base URL changed.
///
/// Fixed routes are registered before the `/{force}/{neighbourhood}` catch-all and the router prefers
/// fixed path segments, which gives §1.5's precedence; `/{force}/neighbourhoods` beats
/// `/{force}/{neighbourhood}` the same way. Every handler answers in the API's own manner (`PoliceReply`).
enum PoliceAPIRoutes {
    static func register(on router: Router<some RequestContext>, cache: OpenDataCache, site: SiteData) {
        let api = router.group("api")
        let crimes = PoliceCrimeRoutes(store: cache.store, cache: cache)

        api.get("forces") { _, _ in
            PoliceReply.json(capacity: 4096) { w in
                w.array(ForceCatalogue.all.sorted { $0.id < $1.id }) { w, force in PoliceJSON.forceRef(force, &w) }
            }
        }
        api.get("forces/:force") { _, context in
            try await answer { () async throws in
                let force = try Self.force(context.parameters.get("force"))
                return PoliceReply.json { PoliceJSON.force(force, &$0) }
            }
        }
        // Senior officers are not among the records a force imports: the list is empty, with the right shape.
        api.get("forces/:force/people") { _, context in
            try await answer { () async throws in
                _ = try Self.force(context.parameters.get("force"))
                return PoliceReply.emptyList
            }
        }
        api.get("locate-neighbourhood") { request, _ in
            try await answer { () async throws in
                let text = FormFields(request.uri.query.map { Substring($0) }).first("q") ?? ""
                let parts = text.split(separator: ",", omittingEmptySubsequences: false)
                guard parts.count == 2, let point = PoliceParameters.point(latitude: String(parts[0]), longitude: String(parts[1])),
                    let found = try await site.neighbourhoodFinder().byPoint(point).neighbourhoods.first
                else { throw PoliceAPIError.unknown }
                return PoliceReply.json { w in
                    w.object { w in
                        w.field("force", found.forceID)
                        w.field("neighbourhood", found.id)
                    }
                }
            }
        }
        crimes.register(on: api)
        registerNeighbourhoods(on: api, cache: cache, now: site.now)
    }

    private static func registerNeighbourhoods(on api: RouterGroup<some RequestContext>, cache: OpenDataCache, now: @escaping @Sendable () -> Instant)
    {
        api.get(":force/neighbourhoods") { _, context in
            try await answer { () async throws in PoliceReply.json(try await cache.neighbourhoodList(try pathForce(context))) }
        }
        api.get(":force/:neighbourhood") { _, context in
            try await answer { () async throws in PoliceReply.json(try await neighbourhood(context, cache).json) }
        }
        api.get(":force/:neighbourhood/boundary") { _, context in
            try await answer { () async throws in PoliceReply.json(try await neighbourhood(context, cache).boundaryJSON) }
        }
        api.get(":force/:neighbourhood/people") { _, context in
            try await answer { () async throws in
                let found = try await neighbourhood(context, cache), detail = found.detail
                let day = found.zone.localDate(of: now())
                return PoliceReply.json { w in w.array(detail.publishedTeam(on: day)) { w, officer in PoliceJSON.officer(officer, &w) } }
            }
        }
        api.get(":force/:neighbourhood/events") { _, context in
            try await answer { () async throws in
                PoliceReply.json(try await neighbourhood(context, cache).eventsJSON(after: now()))
            }
        }
        api.get(":force/:neighbourhood/priorities") { _, context in
            try await answer { () async throws in
                let found = try await neighbourhood(context, cache), detail = found.detail, zone = found.zone
                let day = zone.localDate(of: now())
                let starts = Dictionary(detail.engagements.map { ($0.id, $0.startsAt) }, uniquingKeysWith: { first, _ in first })
                return PoliceReply.json { w in
                    w.array { w in
                        for priority in detail.currentPriorities(on: day, limit: .max) {
                            // Strict clients need an issue date: the day agreed, else the day of the meeting
                            // that agreed it; a priority with neither is not served.
                            guard let agreed = priority.agreedOn ?? priority.engagementID.flatMap({ starts[$0] }).map(zone.localDate)
                            else { continue }
                            PoliceJSON.priority(priority, agreedOn: agreed, &w)
                        }
                    }
                }
            }
        }
    }

    /// Runs a handler, answering a `PoliceAPIError` with its status in the API's manner. Other errors go
    /// on to `ErrorReplies`, which also answers them in the API's manner.
    static func answer(_ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let error as PoliceAPIError {
            return PoliceReply.failure(error.status, saying: error == .unknown)
        }
    }

    /// The force a path names; `btp` and any other id outside the 43 is `.unknown`.
    static func force(_ id: String?) throws(PoliceAPIError) -> Force {
        guard let id, let force = ForceCatalogue.force(id: id) else { throw .unknown }
        return force
    }

    /// The force of a `/{force}/…` path. `/api/v1/…` paths that match no route of Pledgewatch's own API
    /// reach these routes too (the router tries the catch-all); they get that API's JSON 404.
    private static func pathForce(_ context: some RequestContext) throws -> Force {
        let id = decoded(context.parameters.get("force"))
        if id == "v1" { throw HTTPError(.notFound) }
        return try force(id)
    }

    private static func neighbourhood(_ context: some RequestContext, _ cache: OpenDataCache) async throws -> OpenDataCache.Neighbourhood {
        let force = try pathForce(context)
        guard let id = decoded(context.parameters.get("neighbourhood")), let found = try await cache.neighbourhood(force, id: id) else {
            throw PoliceAPIError.unknown
        }
        return found
    }

    /// A path segment percent-decoded: neighbourhood ids may hold spaces (`%20`), §1.5.
    private static func decoded(_ segment: String?) -> String? { segment.map { $0.removingPercentEncoding ?? $0 } }

}
