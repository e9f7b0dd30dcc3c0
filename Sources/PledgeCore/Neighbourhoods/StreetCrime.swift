/// A crime as police.uk publishes it, placed in a neighbourhood (`records.md`, `crimes`).
public struct StreetCrime: Sendable, Hashable {
    public let month: YearMonth
    /// The police.uk crime type, e.g. "Anti-social behaviour".
    public let category: String
    /// "On or near …".
    public let location: String?
    public let outcome: String?
    /// The imported point: never published as it is (see `AnonymousMapPoint`).
    public let point: GeoPoint?
    /// The store's number for the crime: police.uk's API-only `id`, not stable and not a police reference.
    public let number: Int64
    /// The force it falls within (police.uk id), when the store says.
    public let forceID: String?
    /// The published persistent id (`PersistentCrimeID`), `""` when it has none.
    public let persistentID: String

    public init(
        month: YearMonth, category: String, location: String? = nil, outcome: String? = nil, point: GeoPoint? = nil, number: Int64 = 0,
        forceID: String? = nil, persistentID: String = ""
    ) {
        self.month = month
        self.category = category
        self.location = location
        self.outcome = outcome
        self.point = point
        self.number = number
        self.forceID = forceID
        self.persistentID = persistentID
    }
}
