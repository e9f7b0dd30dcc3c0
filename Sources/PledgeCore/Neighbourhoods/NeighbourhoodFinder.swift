import Foundation

/// Finds neighbourhoods the way the public asks: by postcode, by the name of a place or neighbourhood, or
/// by a point on the map. Postcodes are matched against the neighbourhoods' own (their bases' postcodes):
/// the exact postcode first, then its sector, then its district, so a postcode near a base still finds the
/// team. Pledgewatch holds no national postcode directory; a point is the exact way in.
public struct NeighbourhoodFinder: Sendable {
    /// How a search found its neighbourhoods.
    public enum Match: String, Sendable {
        case postcode, sector, district, name, point
    }

    /// What a search found: how it matched, and the neighbourhoods, best first (empty when nothing did).
    public struct Found: Sendable {
        public let match: Match?
        public let neighbourhoods: [NeighbourhoodProfile]
    }

    private let profiles: [NeighbourhoodProfile]
    private let boundaries: [Boundary]

    /// A finder over neighbourhoods (of any number of forces) and their boundaries.
    public init(profiles: [NeighbourhoodProfile], boundaries: [Boundary]) {
        self.profiles = profiles.sorted { ($0.forceID, $0.id) < ($1.forceID, $1.id) }
        self.boundaries = boundaries.sorted { ($0.force.id, $0.neighbourhoodID) < ($1.force.id, $1.neighbourhoodID) }
    }

    /// Searches by postcode when the text reads as one (or part of one), else by name.
    public func search(_ text: String) -> Found {
        let query = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty else { return Found(match: nil, neighbourhoods: []) }
        if let postcode = Postcode(query) {
            let found = byPostcode(postcode)
            // "LE1" is a district, but could be part of a name too: fall through to names when nothing matched.
            if found.match != nil || postcode.isFull { return found }
        }
        return byName(query)
    }

    /// Neighbourhoods whose postcode is this postcode, else in its sector, else in its district.
    public func byPostcode(_ postcode: Postcode) -> Found {
        let coded = profiles.compactMap { profile in profile.postcode.flatMap(Postcode.init).map { (profile, $0) } }
        if postcode.isFull {
            let exact = coded.filter { $0.1 == postcode }.map(\.0)
            if !exact.isEmpty { return Found(match: .postcode, neighbourhoods: exact) }
        }
        if let sector = postcode.sector {
            let inSector = coded.filter { $0.1.sector == sector }.map(\.0)
            if !inSector.isEmpty { return Found(match: .sector, neighbourhoods: inSector) }
        }
        let inDistrict = coded.filter { $0.1.district == postcode.district }.map(\.0)
        return Found(match: inDistrict.isEmpty ? nil : .district, neighbourhoods: inDistrict)
    }

    /// Neighbourhoods whose name, unit, base or address holds every word of the query (any case): names
    /// that equal the query first, then names that start with it, then other name matches, then the rest.
    public func byName(_ text: String) -> Found {
        let query = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let words = query.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return Found(match: nil, neighbourhoods: []) }
        func rank(_ profile: NeighbourhoodProfile) -> Int? {
            let name = profile.name.lowercased()
            if name == query { return 0 }
            if name.hasPrefix(query) { return 1 }
            if words.allSatisfy(name.contains) { return 2 }
            let around = [profile.unit, profile.base, profile.address].compactMap { $0?.lowercased() }.joined(separator: " ")
            return words.allSatisfy(around.contains) ? 3 : nil
        }
        let ranked = profiles.compactMap { profile in rank(profile).map { ($0, profile) } }
        let sorted = ranked.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
        return Found(match: sorted.isEmpty ? nil : .name, neighbourhoods: sorted)
    }

    /// The neighbourhood whose boundary holds the point (the first by force and id where boundaries overlap).
    public func byPoint(_ point: GeoPoint) -> Found {
        guard let boundary = boundaries.first(where: { $0.contains(point) }),
            let profile = profiles.first(where: { $0.forceID == boundary.force.id && $0.id == boundary.neighbourhoodID })
        else { return Found(match: nil, neighbourhoods: []) }
        return Found(match: .point, neighbourhoods: [profile])
    }
}
