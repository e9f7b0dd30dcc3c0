import Foundation

/// A point in WGS84 degrees.
public struct GeoPoint: Hashable, Sendable {
    public let longitude: Double
    public let latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// A neighbourhood's boundary: one or more polygons, each an outer ring with optional holes.
public struct Boundary: Sendable, Equatable {
    public let force: Force
    public let neighbourhoodID: String
    /// Polygons, each a list of rings: the first ring is the outline, later rings are holes.
    public let polygons: [[[GeoPoint]]]
    /// The GeoJSON geometry object the boundary was read from, as text.
    public let geometryJSON: String
    public let minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double

    /// A boundary from a GeoJSON `Polygon` or `MultiPolygon` geometry, or the reason it is not one.
    public init(force: Force, neighbourhoodID: String, geometry: [String: Any]) throws(RowProblem) {
        let polygons = try Boundary.polygons(from: geometry)
        let points = polygons.flatMap { $0.flatMap { $0 } }
        guard !points.isEmpty else { throw RowProblem(field: "geometry", "has no points") }
        self.force = force
        self.neighbourhoodID = neighbourhoodID
        self.polygons = polygons
        self.minLatitude = points.map(\.latitude).min()!
        self.maxLatitude = points.map(\.latitude).max()!
        self.minLongitude = points.map(\.longitude).min()!
        self.maxLongitude = points.map(\.longitude).max()!
        let data = (try? JSONSerialization.data(withJSONObject: geometry, options: [.sortedKeys])) ?? Data()
        self.geometryJSON = String(decoding: data, as: UTF8.self)
    }

    /// A boundary from stored GeoJSON geometry text.
    public init(force: Force, neighbourhoodID: String, geometryJSON: String) throws(RowProblem) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(geometryJSON.utf8)) as? [String: Any] else {
            throw RowProblem(field: "geometry", "is not a JSON object")
        }
        try self.init(force: force, neighbourhoodID: neighbourhoodID, geometry: object)
    }

    /// Whether the point lies inside (holes excluded). Points on an edge may fall either way.
    public func contains(_ point: GeoPoint) -> Bool {
        guard point.latitude >= minLatitude, point.latitude <= maxLatitude, point.longitude >= minLongitude,
            point.longitude <= maxLongitude
        else { return false }
        return polygons.contains { rings in
            guard let outline = rings.first, Boundary.ring(outline, contains: point) else { return false }
            return !rings.dropFirst().contains { Boundary.ring($0, contains: point) }
        }
    }

    public static func == (lhs: Boundary, rhs: Boundary) -> Bool {
        lhs.force == rhs.force && lhs.neighbourhoodID == rhs.neighbourhoodID && lhs.polygons == rhs.polygons
    }

    /// Even-odd ray casting.
    /// Whether the closed ring (its last point need not repeat its first) holds the point: even-odd rule.
    static func ring(_ ring: [GeoPoint], contains point: GeoPoint) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in ring.indices {
            let a = ring[i]
            let b = ring[j]
            if (a.latitude > point.latitude) != (b.latitude > point.latitude) {
                let crossing =
                    (b.longitude - a.longitude) * (point.latitude - a.latitude) / (b.latitude - a.latitude)
                    + a.longitude
                if point.longitude < crossing { inside.toggle() }
            }
            j = i
        }
        return inside
    }

    private static func polygons(from geometry: [String: Any]) throws(RowProblem) -> [[[GeoPoint]]] {
        let type = geometry["type"] as? String
        switch type {
        case "Polygon":
            return [try rings(geometry["coordinates"])]
        case "MultiPolygon":
            guard let list = geometry["coordinates"] as? [Any], !list.isEmpty else {
                throw RowProblem(field: "geometry", "MultiPolygon has no polygons")
            }
            var result: [[[GeoPoint]]] = []
            for polygon in list { result.append(try rings(polygon)) }
            return result
        default:
            throw RowProblem(field: "geometry", "type '\(type ?? "none")' is not Polygon or MultiPolygon")
        }
    }

    private static func rings(_ value: Any?) throws(RowProblem) -> [[GeoPoint]] {
        guard let list = value as? [Any], !list.isEmpty else { throw RowProblem(field: "geometry", "polygon has no rings") }
        var result: [[GeoPoint]] = []
        for ring in list {
            guard let positions = ring as? [Any], positions.count >= 4 else {
                throw RowProblem(field: "geometry", "a ring needs at least 4 positions")
            }
            var points: [GeoPoint] = []
            for position in positions {
                guard let pair = position as? [Any], pair.count >= 2, let lon = number(pair[0]), let lat = number(pair[1]),
                    (-180...180).contains(lon), (-90...90).contains(lat)
                else { throw RowProblem(field: "geometry", "a position is not [longitude, latitude] in degrees") }
                points.append(GeoPoint(longitude: lon, latitude: lat))
            }
            result.append(points)
        }
        return result
    }

    private static func number(_ value: Any) -> Double? {
        // No `is Bool` test: on Linux a JSON 0 or 1 passes it, and longitude 0 is the Greenwich meridian.
        if let number = value as? Double { return number }
        if let number = value as? Int { return Double(number) }
        return nil
    }
}
