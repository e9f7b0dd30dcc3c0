import PledgeCore

/// Dates and times written the way GOV.UK writes them: "Saturday 19 April 2008", "7pm", "8:30pm".
enum PlainDates {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// "19 April 2008".
    static func day(_ date: LocalDate) -> String { "\(date.day) \(months[date.month - 1]) \(date.year)" }

    /// "Saturday 19 April 2008".
    static func dayWithWeekday(_ date: LocalDate) -> String {
        "\(weekdays[date.weekday]) \(day(date))"
    }

    /// "April 2008".
    static func month(_ month: YearMonth) -> String { "\(months[month.month - 1]) \(month.year)" }

    /// "7pm", "8:30pm", "midnight", "midday": the local wall time of an instant.
    static func time(_ instant: Instant, zone: ZoneRules) -> String {
        let local = instant.secondsSinceEpoch + zone.offsetSeconds(at: instant)
        let secondOfDay = ((local % 86_400) + 86_400) % 86_400
        let hour = Int(secondOfDay / 3600), minute = Int(secondOfDay / 60 % 60)
        if minute == 0 && hour == 0 { return "midnight" }
        if minute == 0 && hour == 12 { return "midday" }
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        let suffix = hour < 12 ? "am" : "pm"
        return minute == 0 ? "\(twelve)\(suffix)" : "\(twelve):\(minute < 10 ? "0" : "")\(minute)\(suffix)"
    }

    /// "Saturday 19 April 2008, 7pm to 8:30pm".
    static func span(_ start: Instant, _ end: Instant?, zone: ZoneRules) -> String {
        let day = dayWithWeekday(zone.localDate(of: start))
        guard let end else { return "\(day), \(time(start, zone: zone))" }
        return "\(day), \(time(start, zone: zone)) to \(time(end, zone: zone))"
    }
}
