/// A neighbourhood's crimes for a month as the public sees them: counts by category, and map points.
///
/// Points are snapped to anonymous map points (`AnonymousMapPoint`, a grid of about 150 metres) and the
/// crimes at each are counted, so that no single crime is shown at the coordinates it was imported with.
public struct CrimeSummary: Sendable {
    public struct CategoryCount: Sendable, Hashable {
        public let category: String
        public let count: Int
    }

    /// Crimes counted at one snapped point.
    public struct MapPoint: Sendable, Hashable {
        public let point: GeoPoint
        /// The published location text the crimes share most ("On or near Market Place"; `PublishedStreet`).
        public let location: String
        /// By count, most first, then by name.
        public let categories: [CategoryCount]
        public var total: Int { categories.reduce(0) { $0 + $1.count } }
    }

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
        points = AnonymousMapPoint.grouping(crimes).map { cell, crimes in
            MapPoint(
                point: cell.centre, location: Self.commonestLocation(crimes) ?? "Location not given",
                categories: Self.counts(crimes.map(\.category)))
        }.sorted { ($0.point.latitude, -$0.point.longitude) > ($1.point.latitude, -$1.point.longitude) }
    }

    /// The published location text most of the crimes share ("On or near Market Place"), ties going to the
    /// first by name; nil when none has one. Only texts in police.uk's anonymised form count
    /// (`PublishedStreet`): any other imported Location is never shown.
    public static func commonestLocation(_ crimes: [StreetCrime]) -> String? {
        counts(crimes.compactMap { PublishedStreet.name($0.location) }).first?.category
    }

    private static func counts(_ names: [String]) -> [CategoryCount] {
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        return counts.map { CategoryCount(category: $0.key, count: $0.value) }.sorted { ($1.count, $0.category) < ($0.count, $1.category) }
    }
}
