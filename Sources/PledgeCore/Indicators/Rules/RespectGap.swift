/// P1.respect_gap (informational): among the groups with at least 30 answers to
/// `treated_with_respect`, the largest gap in points between two groups' positive shares, and whether
/// their 95% intervals are apart (a gap the sample cannot explain).
public struct RespectGap: Sendable {
    public let area: Area
    /// Groups with at least 30 answers, by name.
    public let groups: [(name: String, share: Proportion)]
    /// Highest share minus lowest, in percentage points; nil with fewer than two groups.
    public let largestGapPoints: Double?
    /// The lowest and highest groups.
    public let between: (lowest: String, highest: String)?
    /// Whether the two groups' Wilson intervals do not overlap.
    public let intervalsApart: Bool?

    public static let minimumAnswers = 30

    /// The gap for every area with answers in the period.
    public static func compute(_ answers: [SurveyAnswerFact], directory: NeighbourhoodDirectory, window: ReportWindow) -> [RespectGap] {
        var counts: [Area: [String: (Int, Int)]] = [:]
        for answer in answers where answer.question == "treated_with_respect" {
            guard let group = answer.group, window.counts(window.zone.startOfDay(answer.respondedOn)) else { continue }
            for area in directory.areas(of: answer.neighbourhood) {
                let current = counts[area, default: [:]][group] ?? (0, 0)
                counts[area, default: [:]][group] = (current.0 + (answer.isPositive ? 1 : 0), current.1 + 1)
            }
        }
        return counts.keys.sorted().map { area in
            let groups = counts[area]!.filter { $0.value.1 >= minimumAnswers }.sorted { $0.key < $1.key }
                .map { (name: $0.key, share: Proportion($0.value.0, of: $0.value.1)) }
            guard groups.count >= 2, let low = groups.min(by: { $0.share.value! < $1.share.value! }),
                let high = groups.max(by: { $0.share.value! < $1.share.value! })
            else { return RespectGap(area: area, groups: groups, largestGapPoints: nil, between: nil, intervalsApart: nil) }
            let apart = low.share.wilsonInterval()!.upper < high.share.wilsonInterval()!.lower
            return RespectGap(
                area: area, groups: groups, largestGapPoints: (high.share.value! - low.share.value!) * 100, between: (low.name, high.name),
                intervalsApart: apart)
        }
    }
}
