import Foundation

/// The area a police.uk query asks about: a circle around a point, or a custom polygon.
public enum SearchArea: Sendable, Equatable {
    /// Everything within `radius` metres of `centre` (police.uk's lat/lng queries use one mile).
    case circle(centre: GeoPoint, radius: Double)
    /// A polygon given as its vertices; the ring closes itself.
    case polygon([GeoPoint])

    /// police.uk's radius for a point query: one mile.
    public static let mileRadius = 1609.344
    /// The mean radius of the Earth in metres (IUGG).
    static let earthRadius = 6_371_008.8

    public func contains(_ point: GeoPoint) -> Bool {
        switch self {
        case .circle(let centre, let radius): Self.distance(centre, point) <= radius
        case .polygon(let vertices): bounds.contains(point) && Boundary.ring(vertices, contains: point)
        }
    }

    /// Bounds that hold the whole area, for asking a store for candidate points.
    public var bounds: GeoBounds {
        switch self {
        case .circle(let centre, let radius):
            let latitude = radius / Self.earthRadius * 180 / .pi
            let longitude = latitude / max(cos(centre.latitude * .pi / 180), 0.01)
            return GeoBounds(
                minLatitude: centre.latitude - latitude, maxLatitude: centre.latitude + latitude,
                minLongitude: centre.longitude - longitude, maxLongitude: centre.longitude + longitude)
        case .polygon(let vertices):
            return GeoBounds(
                minLatitude: vertices.map(\.latitude).min() ?? 0, maxLatitude: vertices.map(\.latitude).max() ?? 0,
                minLongitude: vertices.map(\.longitude).min() ?? 0, maxLongitude: vertices.map(\.longitude).max() ?? 0)
        }
    }

    /// The great-circle distance in metres (haversine).
    public static func distance(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let radians = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * radians, dLon = (b.longitude - a.longitude) * radians
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.latitude * radians) * cos(b.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadius * asin(min(1, h.squareRoot()))
    }
}
