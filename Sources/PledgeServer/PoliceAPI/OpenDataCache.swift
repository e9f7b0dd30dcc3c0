import PledgeCore
import PledgeOutput
import PledgeStore

/// What the police.uk-compatible API keeps between requests, per data version: the months with crimes,
/// each such month's categories, and every neighbourhood asked for that exists, with its JSON already
/// written, so that the neighbourhood routes answer from memory. Only what the store holds is kept (never
/// an answer about a made-up id or month), so a client inventing ids cannot grow it. Like `SiteData`, it asks the store for its data version on
/// every request and drops everything when an import has moved it on.
actor OpenDataCache {
    /// A neighbourhood as the API serves it. What depends on the day (the team in post, events to come,
    /// current priorities) is written per request from `detail`; the rest is written once.
    struct Neighbourhood: Sendable {
        let detail: NeighbourhoodDetail
        let json: [UInt8]
        let boundaryJSON: [UInt8]
        /// The force's time zone, for the day the team, events and priorities are read on.
        let zone: ZoneRules
        /// Every engagement as an event, soonest first, each written once: a request picks those to come.
        let events: [(startsAt: Instant, json: [UInt8])]

        /// `/events`: the events starting at or after `now`, soonest first.
        func eventsJSON(after now: Instant) -> [UInt8] {
            var bytes: [UInt8] = [UInt8(ascii: "[")]
            for event in events where event.startsAt >= now {
                if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(contentsOf: event.json)
            }
            bytes.append(UInt8(ascii: "]"))
            return bytes
        }
    }

    let store: any PledgeStore
    private var version: Int64?
    private var months: [YearMonth]?
    private var categories: [YearMonth: [CrimeCategory]] = [:]
    private var neighbourhoodLists: [String: [UInt8]] = [:]
    private var neighbourhoods: [String: Neighbourhood] = [:]

    init(store: any PledgeStore) {
        self.store = store
    }

    /// The data version, after dropping what an import has made stale.
    @discardableResult
    private func current() async throws -> Int64 {
        let latest = try await store.dataVersion()
        guard latest != version else { return latest }
        version = latest
        months = nil
        categories = [:]
        neighbourhoodLists = [:]
        neighbourhoods = [:]
        return latest
    }

    /// Keeps what was computed at `computedAt` only if no import has happened since.
    private func keep(_ computedAt: Int64, _ update: () -> Void) { if computedAt == version { update() } }

    /// Every month with crimes, latest first.
    func crimeMonths() async throws -> [YearMonth] {
        let at = try await current()
        if let months { return months }
        let fresh = try await store.publishedCrimeMonths()
        keep(at) { months = fresh }
        return fresh
    }

    /// What `/crime-categories` lists for `month`: police.uk's list and any other category used.
    func categories(for month: YearMonth) async throws -> [CrimeCategory] {
        let at = try await current()
        if let known = categories[month] { return known }
        let fresh = CrimeCategory.categories(including: try await store.crimeTypes(month: month).map(CrimeCategory.init(crimeType:)))
        // Any month may be asked for; only a month with crimes is kept.
        if try await crimeMonths().contains(month) { keep(at) { categories[month] = fresh } }
        return fresh
    }

    /// `/{force}/neighbourhoods`, written.
    func neighbourhoodList(_ force: Force) async throws -> [UInt8] {
        let at = try await current()
        if let known = neighbourhoodLists[force.id] { return known }
        var w = JSONWriter(pretty: false, capacity: 8192)
        let profiles = try await store.neighbourhoodProfiles(force: force)
        w.array(profiles) { w, profile in PoliceJSON.neighbourhoodRef(profile, &w) }
        let fresh = w.bytes
        keep(at) { neighbourhoodLists[force.id] = fresh }
        return fresh
    }

    /// One neighbourhood, or nil when the force has none with that id (ids are case-sensitive).
    func neighbourhood(_ force: Force, id: String) async throws -> Neighbourhood? {
        let at = try await current()
        let key = "\(force.id)/\(id)"
        if let known = neighbourhoods[key] { return known }
        let zone = try force.zoneRules()
        let fresh = try await store.neighbourhoodDetail(force: force, id: id).map { detail in
            var json = JSONWriter(pretty: false, capacity: 2048), boundary = JSONWriter(pretty: false, capacity: 16384)
            PoliceJSON.neighbourhood(detail, &json)
            PoliceJSON.boundary(detail.boundary, &boundary)
            let events = detail.engagements.sorted { $0.startsAt < $1.startsAt }.map { engagement in
                var event = JSONWriter(pretty: false, capacity: 256)
                PoliceJSON.event(engagement, zone: zone, &event)
                return (engagement.startsAt, event.bytes)
            }
            return Neighbourhood(detail: detail, json: json.bytes, boundaryJSON: boundary.bytes, zone: zone, events: events)
        }
        // Any id may be asked for; only a neighbourhood the store holds is kept.
        if let fresh { keep(at) { neighbourhoods[key] = fresh } }
        return fresh
    }

    /// How many neighbourhoods and months' categories are kept (for tests).
    var kept: (neighbourhoods: Int, categoryMonths: Int) { (neighbourhoods.count, categories.count) }
}
