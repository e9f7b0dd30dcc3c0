/// Survey and posting indicators of promises 1, 2 and 3 whose counts are records. A date places a record
/// in the period by the local midnight that starts it.
enum CommunityRules {
    static func answers(_ question: String, id: String, zone: ZoneRules) -> IndicatorRule<SurveyAnswerFact> {
        IndicatorRule(id: id, start: { zone.startOfDay($0.respondedOn) }) { answer, _ in
            answer.question == question ? answer.isPositive : nil
        }
    }

    static func surveys(zone: ZoneRules) -> [IndicatorRule<SurveyAnswerFact>] {
        [
            answers("treated_with_respect", id: IndicatorID.p1Respect.rawValue, zone: zone),
            answers("knows_how_to_contact_team", id: IndicatorID.p2Awareness.rawValue, zone: zone),
        ]
    }

    /// P3.retention: postings that ended in the period, by when they ended; kept a year or more.
    static func postings(zone: ZoneRules) -> [IndicatorRule<PostingFact>] {
        [
            IndicatorRule(id: IndicatorID.p3Retention.rawValue, start: { $0.endedOn.map(zone.startOfDay) }) { posting, _ in
                guard let ended = posting.endedOn else { return nil }
                return ended.daysSinceEpoch - posting.startedOn.daysSinceEpoch >= 365
            }
        ]
    }
}
