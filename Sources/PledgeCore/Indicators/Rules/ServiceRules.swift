/// Promises 4, 9, 10 and the reality checks, exactly as the spec's table defines them. Where the table
/// names as-of, a record whose clock has not run out by as-of is pending: in neither count.
enum ServiceRules {
    static let messages: [IndicatorRule<MessageFact>] = [
        IndicatorRule(id: IndicatorID.p4Response24h.rawValue, start: { $0.received }) { message, context in
            context.clocked(message.received, context.seen(message.responded), within: 24 * Duration.hour)
        },
        IndicatorRule(id: IndicatorID.p4Escalated16h.rawValue, start: { $0.received }) { message, context in
            let responded = context.seen(message.responded)
            guard !within(message.received, responded, 16 * Duration.hour),
                message.received.microseconds + 16 * Duration.hour <= context.asOf.microseconds
            else { return nil }
            // Passed on within the hour's grace after 16 hours; the clock is the whole 17 hours, so an
            // unescalated message is pending until they have run out.
            return context.clocked(message.received, context.seen(message.escalated), within: 17 * Duration.hour)
        },
    ]

    static let dissatisfaction: [IndicatorRule<DissatisfactionFact>] = [
        IndicatorRule(id: IndicatorID.p10Ack24h.rawValue, start: { $0.received }) { report, context in
            context.clocked(report.received, context.seen(report.acknowledged), within: 24 * Duration.hour)
        },
        IndicatorRule(id: IndicatorID.p10Discussed.rawValue, start: { $0.received }) { report, context in
            guard report.received.microseconds + 14 * Duration.day <= context.asOf.microseconds else { return nil }
            return context.seen(report.discussed) != nil
        },
        IndicatorRule(id: IndicatorID.p10CallbackRecorded.rawValue, start: { $0.received }) { report, _ in report.callbackConsent != nil },
    ]

    /// The victims' rules; `zone` places the midnight that ends an agreed date.
    static func victims(zone: ZoneRules) -> [IndicatorRule<VictimFact>] {
        [
            IndicatorRule(id: IndicatorID.p9PreferencesRecorded.rawValue, start: { $0.reported }) { victim, _ in victim.contactAgreed == true },
            IndicatorRule(id: IndicatorID.p9KeptInformed.rawValue, start: { $0.reported }) { victim, context in
                if victim.intervalDays == 0 { return nil }  // wants no updates
                return keptInformed(victim, asOf: context.asOf, zone: zone)
            },
        ]
    }

    /// The victim was kept informed when every gap between consecutive points of `reported, t0, t1, …`
    /// (the updates in `[reported, end]`) is at most the interval, and so is `end` minus the last point;
    /// `end = min(closed_at, agreed_until at the midnight ending that day, as-of)`.
    static func keptInformed(_ victim: VictimFact, asOf: Instant, zone: ZoneRules) -> Bool {
        let interval = Int64(victim.intervalDays ?? 31) * Duration.day
        var end = asOf
        if let closed = victim.closed { end = min(end, closed) }
        if let until = victim.agreedUntil { end = min(end, zone.startOfDay(until.adding(days: 1))) }
        var last = victim.reported
        for update in victim.updates.sorted() where update >= victim.reported && update <= end {
            if update.microseconds - last.microseconds > interval { return false }
            last = update
        }
        return end.microseconds - last.microseconds <= interval
    }

    static let realityChecks: [IndicatorRule<RealityCheckFact>] = (1...10).map { promise in
        IndicatorRule(id: "P\(promise).reality_checks", start: { $0.made }) { check, _ in check.promise == promise ? check.met : nil }
    }
}
