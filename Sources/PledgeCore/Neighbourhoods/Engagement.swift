/// A public meeting or other chance to meet a neighbourhood team (`records.md`, `engagements`).
public struct Engagement: Sendable, Hashable {
    public let id: String
    /// `public-meeting`, `surgery`, `street-briefing`, `mobile-station`, `online` or `other`.
    public let kind: String
    public let startsAt: Instant
    public let endsAt: Instant?
    public let title: String?
    public let address: String?

    public init(id: String, kind: String, startsAt: Instant, endsAt: Instant? = nil, title: String? = nil, address: String? = nil) {
        self.id = id
        self.kind = kind
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.title = title
        self.address = address
    }

    /// The kind in words: "Public meeting", "Mobile police station".
    public var kindText: String {
        switch kind {
        case "public-meeting": "Public meeting"
        case "surgery": "Surgery"
        case "street-briefing": "Street briefing"
        case "mobile-station": "Mobile police station"
        case "online": "Online meeting"
        default: "Other event"
        }
    }
}

/// A priority agreed with the community and what was done about it (`records.md`, `priorities`).
public struct NeighbourhoodPriority: Sendable, Hashable {
    public let id: String
    public let issue: String
    public let agreedOn: LocalDate?
    /// The engagement where it was agreed.
    public let engagementID: String?
    /// What was done, once something was.
    public let action: String?
    public let actionOn: LocalDate?

    public init(id: String, issue: String, agreedOn: LocalDate? = nil, engagementID: String? = nil, action: String? = nil, actionOn: LocalDate? = nil)
    {
        self.id = id
        self.issue = issue
        self.agreedOn = agreedOn
        self.engagementID = engagementID
        self.action = action
        self.actionOn = actionOn
    }
}

/// A monthly neighbourhood update (`records.md`, `updates`).
public struct NeighbourhoodUpdate: Sendable, Hashable {
    public let id: String
    public let month: YearMonth
    public let publishedOn: LocalDate
    public let channel: String?
    public let hasCrimeMap: Bool?
    public let hasJusticeOutcomes: Bool?
    public let hasPartnerAction: Bool?
    public let hasForcePerformance: Bool?

    public init(
        id: String, month: YearMonth, publishedOn: LocalDate, channel: String? = nil, hasCrimeMap: Bool? = nil,
        hasJusticeOutcomes: Bool? = nil, hasPartnerAction: Bool? = nil, hasForcePerformance: Bool? = nil
    ) {
        self.id = id
        self.month = month
        self.publishedOn = publishedOn
        self.channel = channel
        self.hasCrimeMap = hasCrimeMap
        self.hasJusticeOutcomes = hasJusticeOutcomes
        self.hasPartnerAction = hasPartnerAction
        self.hasForcePerformance = hasForcePerformance
    }

    /// What the update covered, in words, in the order the pledge lists them.
    public var contents: [String] {
        [
            (hasCrimeMap, "a crime map"), (hasJusticeOutcomes, "what happened to offenders"), (hasPartnerAction, "what partners did"),
            (hasForcePerformance, "how the force is performing"),
        ].compactMap { $0.0 == true ? $0.1 : nil }
    }
}
