/// Promises 7 and 8 over neighbourhood-months: every neighbourhood of the area × every whole month.
enum NeighbourhoodRules {
    /// Promise 7, counted over the months engagements cover.
    static let meetings: [IndicatorRule<NeighbourhoodMonth>] = [
        IndicatorRule(id: IndicatorID.p7MonthlyMeeting.rawValue, start: { $0.start }) { month, _ in month.metTheTeam },
        IndicatorRule(id: IndicatorID.p7PrioritiesAgreed.rawValue, start: { $0.start }) { month, _ in month.agreedPriorities },
    ]

    /// Promise 8, counted over the months updates cover.
    static let updates: [IndicatorRule<NeighbourhoodMonth>] = [
        IndicatorRule(id: IndicatorID.p8MonthlyUpdate.rawValue, start: { $0.start }) { month, _ in month.updateDue ? month.updatedInTime : nil },
        IndicatorRule(id: IndicatorID.p8CompleteUpdate.rawValue, start: { $0.start }) { month, _ in
            month.updateDue ? month.countedUpdateComplete : nil
        },
    ]

    /// The neighbourhood-months of `months` for every neighbourhood, from the engagements and updates.
    static func neighbourhoodMonths(
        _ months: [YearMonth], neighbourhoods: [String], engagements: [EngagementFact], updates: [UpdateFact], window: ReportWindow
    ) -> [NeighbourhoodMonth] {
        var met: Set<String> = []
        var agreed: Set<String> = []
        for engagement in engagements {
            let key = "\(engagement.neighbourhood)\u{1F}\(window.month(of: engagement.starts))"
            met.insert(key)
            if engagement.prioritiesAgreed == true { agreed.insert(key) }
        }
        // The update that counts for a neighbourhood-month: published by the last day of the next month,
        // the earliest by published_on, then id.
        var counted: [String: UpdateFact] = [:]
        for update in updates where update.publishedOn < update.month.next.next.firstDay {
            let key = "\(update.neighbourhood)\u{1F}\(update.month)"
            if let current = counted[key], (current.publishedOn, current.id) <= (update.publishedOn, update.id) { continue }
            counted[key] = update
        }
        return months.flatMap { month in
            let start = window.zone.startOfDay(month.firstDay)
            let due = window.zone.startOfDay(month.next.next.firstDay) <= window.asOf
            return neighbourhoods.map { id in
                let key = "\(id)\u{1F}\(month)"
                return NeighbourhoodMonth(
                    neighbourhood: id, start: start, metTheTeam: met.contains(key), agreedPriorities: agreed.contains(key), updateDue: due,
                    updatedInTime: counted[key] != nil, countedUpdateComplete: counted[key]?.complete)
            }
        }
    }
}
