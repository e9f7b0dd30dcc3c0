/// One officer's posting to a neighbourhood team (`records.md`, `team`).
public struct TeamPosting: Sendable, Hashable {
    public let officerID: String
    public let name: String
    public let rank: String
    public let bio: String?
    public let email: String?
    public let phone: String?
    public let startedOn: LocalDate
    /// Nil while in post.
    public let endedOn: LocalDate?

    public init(
        officerID: String, name: String, rank: String, bio: String? = nil, email: String? = nil, phone: String? = nil,
        startedOn: LocalDate, endedOn: LocalDate? = nil
    ) {
        self.officerID = officerID
        self.name = name
        self.rank = rank
        self.bio = bio
        self.email = email
        self.phone = phone
        self.startedOn = startedOn
        self.endedOn = endedOn
    }

    /// Whether the officer is on the team on `day`: started by then and not yet left.
    public func inPost(on day: LocalDate) -> Bool { startedOn <= day && (endedOn.map { day <= $0 } ?? true) }

    /// How long the officer has been in post on `day`, in whole months.
    public func monthsInPost(on day: LocalDate) -> Int {
        let months = (day.year - startedOn.year) * 12 + (day.month - startedOn.month) - (day.day < startedOn.day ? 1 : 0)
        return max(0, months)
    }

    /// "3 years 2 months", "5 months", "less than a month": how long in post on `day`, in words.
    public func timeInPostText(on day: LocalDate) -> String {
        let months = monthsInPost(on: day)
        let years = months / 12, rest = months % 12
        func plural(_ count: Int, _ unit: String) -> String { "\(count) \(unit)\(count == 1 ? "" : "s")" }
        switch (years, rest) {
        case (0, 0): return "less than a month"
        case (0, _): return plural(rest, "month")
        case (_, 0): return plural(years, "year")
        default: return "\(plural(years, "year")) \(plural(rest, "month"))"
        }
    }
}
