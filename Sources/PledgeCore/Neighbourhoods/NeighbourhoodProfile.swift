/// What the public is told about a neighbourhood: its name, unit, where its team is based and how to reach
/// it (`records.md`, `neighbourhoods`). Blank fields are nil.
public struct NeighbourhoodProfile: Sendable, Hashable {
    public let forceID: String
    public let id: String
    public let name: String
    /// The local policing unit it belongs to.
    public let unit: String?
    public let urban: Bool
    /// Where the team is based (a police station, a shop front).
    public let base: String?
    public let address: String?
    public let postcode: String?
    public let phone: String?
    public let email: String?
    public let url: String?
    public let latitude: Double?
    public let longitude: Double?
    public let population: Int?
    public let description: String?

    public init(
        forceID: String, id: String, name: String, unit: String?, urban: Bool, base: String? = nil, address: String? = nil,
        postcode: String? = nil, phone: String? = nil, email: String? = nil, url: String? = nil, latitude: Double? = nil,
        longitude: Double? = nil, population: Int? = nil, description: String? = nil
    ) {
        self.forceID = forceID
        self.id = id
        self.name = name
        self.unit = unit
        self.urban = urban
        self.base = base
        self.address = address
        self.postcode = postcode
        self.phone = phone
        self.email = email
        self.url = url
        self.latitude = latitude
        self.longitude = longitude
        self.population = population
        self.description = description
    }

    /// The centre to show it at, when both coordinates are recorded.
    public var centre: GeoPoint? {
        guard let latitude, let longitude else { return nil }
        return GeoPoint(longitude: longitude, latitude: latitude)
    }
}
