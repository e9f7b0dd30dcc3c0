/// A public meeting or other chance to meet the team (promise 7).
public struct EngagementFact: Sendable {
    public let neighbourhood: String
    public let starts: Instant
    public let prioritiesAgreed: Bool?
    public let attendees: Int?

    public init(neighbourhood: String, starts: Instant, prioritiesAgreed: Bool? = nil, attendees: Int? = nil) {
        self.neighbourhood = neighbourhood
        self.starts = starts
        self.prioritiesAgreed = prioritiesAgreed
        self.attendees = attendees
    }
}

/// A monthly neighbourhood update (promise 8).
public struct UpdateFact: Sendable {
    public let id: String
    public let neighbourhood: String
    public let month: YearMonth
    public let publishedOn: LocalDate
    /// Crime map, justice outcomes, partner action and force performance all present.
    public let complete: Bool

    public init(id: String, neighbourhood: String, month: YearMonth, publishedOn: LocalDate, complete: Bool) {
        self.id = id
        self.neighbourhood = neighbourhood
        self.month = month
        self.publishedOn = publishedOn
        self.complete = complete
    }
}

/// What the public can find about a neighbourhood's team (promise 2).
public struct NeighbourhoodFact: Sendable {
    public let id: String
    public let hasName: Bool
    public let hasBase: Bool
    /// A phone number or an email address.
    public let hasContact: Bool

    public init(id: String, hasName: Bool, hasBase: Bool, hasContact: Bool) {
        self.id = id
        self.hasName = hasName
        self.hasBase = hasBase
        self.hasContact = hasContact
    }
}

/// One neighbourhood in one month, with what happened in it: the unit that P7 and P8 count.
struct NeighbourhoodMonth: Sendable {
    let neighbourhood: String
    /// The local midnight the month starts at.
    let start: Instant
    let metTheTeam: Bool
    let agreedPriorities: Bool
    /// The following month has ended by as-of, so the update's deadline has passed.
    let updateDue: Bool
    let updatedInTime: Bool
    /// The update counted (the earliest in time, by published_on then id) was complete; nil without one.
    let countedUpdateComplete: Bool?
}
