/// Everything shown about one neighbourhood on a day: its detail (team, contacts, meetings, priorities,
/// updates), its latest month of street crimes, and its figures for a period beside the force's, with what
/// of them must be withheld. The website's page and the API's answer are both written from it.
public struct NeighbourhoodFigures: Sendable {
    public let detail: NeighbourhoodDetail
    /// The site's now, and the zone its times are shown in.
    public let now: Instant
    public let zone: ZoneRules
    /// The latest month with crimes, summarised; nil when none are placed here.
    public let crimes: CrimeSummary?
    /// The period of the figures (nil: the force has no calls, so no period to show).
    public let period: String?
    /// The neighbourhood's own figures for `period`, and the force's for comparison.
    public let local: [IndicatorResult]
    public let force: [IndicatorResult]
    /// What of `local` must not be shown (small numbers about people); the force's figures are all shown.
    public let disclosure: Disclosure

    public init(
        detail: NeighbourhoodDetail, now: Instant, zone: ZoneRules, crimes: CrimeSummary?, period: String?, local: [IndicatorResult],
        force: [IndicatorResult], disclosure: Disclosure
    ) {
        self.detail = detail
        self.now = now
        self.zone = zone
        self.crimes = crimes
        self.period = period
        self.local = local
        self.force = force
        self.disclosure = disclosure
    }
}
