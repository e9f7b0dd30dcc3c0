/// Everything the public pages show about one neighbourhood, as a store hands it over.
public struct NeighbourhoodDetail: Sendable {
    public let profile: NeighbourhoodProfile
    public let boundary: Boundary?
    /// Every posting to the team, past ones included, by start date.
    public let postings: [TeamPosting]
    /// Every engagement, by start.
    public let engagements: [Engagement]
    /// Every priority, by the day it was agreed.
    public let priorities: [NeighbourhoodPriority]
    /// Every monthly update, by month.
    public let updates: [NeighbourhoodUpdate]

    public init(
        profile: NeighbourhoodProfile, boundary: Boundary?, postings: [TeamPosting], engagements: [Engagement],
        priorities: [NeighbourhoodPriority], updates: [NeighbourhoodUpdate]
    ) {
        self.profile = profile
        self.boundary = boundary
        self.postings = postings
        self.engagements = engagements
        self.priorities = priorities
        self.updates = updates
    }

    /// The team on `day`: sergeants and inspectors first, then by name.
    public func team(on day: LocalDate) -> [TeamPosting] {
        postings.filter { $0.inPost(on: day) }.sorted { (Self.rankOrder($0.rank), $0.name) < (Self.rankOrder($1.rank), $1.name) }
    }

    /// Engagements starting at or after `instant`, soonest first, at most `limit`.
    public func upcoming(after instant: Instant, limit: Int = 5) -> [Engagement] {
        Array(engagements.filter { $0.startsAt >= instant }.sorted { $0.startsAt < $1.startsAt }.prefix(limit))
    }

    /// Engagements before `instant`, latest first, at most `limit`.
    public func recent(before instant: Instant, limit: Int = 3) -> [Engagement] {
        Array(engagements.filter { $0.startsAt < instant }.sorted { $0.startsAt > $1.startsAt }.prefix(limit))
    }

    /// Priorities agreed on or before `day`, latest first, at most `limit`: the current ones.
    public func currentPriorities(on day: LocalDate, limit: Int = 5) -> [NeighbourhoodPriority] {
        Array(priorities.filter { ($0.agreedOn ?? day) <= day }.sorted { ($0.agreedOn ?? day, $0.id) > ($1.agreedOn ?? day, $1.id) }.prefix(limit))
    }

    /// The latest update published on or before `day`.
    public func latestUpdate(on day: LocalDate) -> NeighbourhoodUpdate? {
        updates.filter { $0.publishedOn <= day }.max { ($0.month, $0.publishedOn) < ($1.month, $1.publishedOn) }
    }

    private static func rankOrder(_ rank: String) -> Int {
        switch rank.lowercased() {
        case "chief inspector": 0
        case "inspector": 1
        case "sergeant": 2
        case "pc", "police constable", "constable": 3
        case "pcso", "police community support officer": 4
        default: 5
        }
    }
}
