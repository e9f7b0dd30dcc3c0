/// A crime as police.uk publishes it, placed in a neighbourhood (`records.md`, `crimes`).
public struct StreetCrime: Sendable, Hashable {
    public let month: YearMonth
    /// The police.uk crime type, e.g. "Anti-social behaviour".
    public let category: String
    /// "On or near …".
    public let location: String?
    public let outcome: String?
    public let point: GeoPoint?

    public init(month: YearMonth, category: String, location: String? = nil, outcome: String? = nil, point: GeoPoint? = nil) {
        self.month = month
        self.category = category
        self.location = location
        self.outcome = outcome
        self.point = point
    }
}
