/// A territorial police force of England and Wales, as police.uk names it.
public struct Force: Hashable, Sendable, Identifiable {
    /// The police.uk force id, e.g. `leicestershire`.
    public let id: String
    /// The force's name as police.uk publishes it, e.g. `Leicestershire Police`.
    public let name: String
    /// A small stable number used as the storage key (1…43, alphabetical by id; never reused).
    public let number: Int
    /// The tz database zone its local times and months are read in.
    public let timeZone: String

    public init(id: String, name: String, number: Int, timeZone: String = "Europe/London") {
        self.id = id
        self.name = name
        self.number = number
        self.timeZone = timeZone
    }
}
