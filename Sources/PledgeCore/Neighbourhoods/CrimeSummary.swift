/// A neighbourhood's crimes for a month as the public sees them: counts by category, and map points.
///
/// Points are snapped to a grid of about 150 metres and the crimes at each are counted, so that no single
/// crime is shown at the coordinates it was imported with (police.uk's own points are already moved to a
/// nearby "map point"; Pledgewatch coarsens them again rather than trust every source to have done so).
public struct CrimeSummary: Sendable {
    public struct CategoryCount: Sendable, Hashable {
        public let category: String
        public let count: Int
    }

    /// Crimes counted at one snapped point.
    public struct MapPoint: Sendable, Hashable {
        public let point: GeoPoint
        /// The location text the crimes share most ("On or near Market Place").
        public let location: String
        /// By count, most first, then by name.
        public let categories: [CategoryCount]
        public var total: Int { categories.reduce(0) { $0 + $1.count } }
    }

    /// The grid step in degrees of latitude (about 150 m) and of longitude (about 150 m at 52°N).
    public static let latitudeStep = 0.00135
    public static let longitudeStep = 0.0022

    public let month: YearMonth
    /// Every category with its count, most first, then by name.
    public let categories: [CategoryCount]
    /// Points with crimes, north to south then west to east. Crimes without coordinates are counted in
    /// `categories` only.
    public let points: [MapPoint]
    public var total: Int { categories.reduce(0) { $0 + $1.count } }

    public init(month: YearMonth, crimes: [StreetCrime]) {
        self.month = month
        categories = Self.counts(crimes.map(\.category))
        var cells: [[Int]: [StreetCrime]] = [:]
        for crime in crimes {
            guard let point = crime.point else { continue }
            let key = [Int((point.latitude / Self.latitudeStep).rounded()), Int((point.longitude / Self.longitudeStep).rounded())]
            cells[key, default: []].append(crime)
        }
        points = cells.map { key, crimes in
            let locations = Self.counts(crimes.compactMap(\.location))
            return MapPoint(
                point: GeoPoint(longitude: Double(key[1]) * Self.longitudeStep, latitude: Double(key[0]) * Self.latitudeStep),
                location: locations.first?.category ?? "Location not given", categories: Self.counts(crimes.map(\.category)))
        }.sorted { ($0.point.latitude, -$0.point.longitude) > ($1.point.latitude, -$1.point.longitude) }
    }

    private static func counts(_ names: [String]) -> [CategoryCount] {
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        return counts.map { CategoryCount(category: $0.key, count: $0.value) }.sorted { ($1.count, $0.category) < ($0.count, $1.category) }
    }
}
