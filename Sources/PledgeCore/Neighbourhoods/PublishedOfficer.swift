/// What the public is told about an officer on a neighbourhood team, on the website and through both APIs
/// alike (`NeighbourhoodDetail.publishedTeam`): name, rank, the biography the force wrote for the public,
/// and since when they are on the team.
///
/// Never an officer's own e-mail address or telephone number, even when the team records hold them: the
/// public reaches the team through the neighbourhood's shared contacts (`NeighbourhoodProfile.email` and
/// `.phone`), which are published, so that messages reach whoever is on duty, an officer is not contacted
/// at home or on leave, and no number stays public after its holder moves on.
public struct PublishedOfficer: Sendable, Hashable {
    private let posting: TeamPosting

    public init(_ posting: TeamPosting) { self.posting = posting }

    public var name: String { posting.name }
    public var rank: String { posting.rank }
    public var bio: String? { posting.bio }
    public var startedOn: LocalDate { posting.startedOn }

    /// How long the officer has been in post on `day`, in whole months.
    public func monthsInPost(on day: LocalDate) -> Int { posting.monthsInPost(on: day) }

    /// "3 years 2 months", "5 months", "less than a month".
    public func timeInPostText(on day: LocalDate) -> String { posting.timeInPostText(on: day) }
}

extension NeighbourhoodDetail {
    /// The team in post on `day` as the public sees it (`PublishedOfficer`), sergeants first.
    public func publishedTeam(on day: LocalDate) -> [PublishedOfficer] { team(on: day).map(PublishedOfficer.init) }
}
