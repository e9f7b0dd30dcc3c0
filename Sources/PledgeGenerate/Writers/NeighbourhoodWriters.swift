import Foundation
import PledgeCore

/// Messages to teams, officers' duty days, public meetings and monthly updates.
enum NeighbourhoodWriters {
    static func messages(_ context: ForceContext) throws -> String {
        let writer = try context.writer(.messages)
        var random = context.random("messages")
        let p = context.performance
        let time = context.time
        let perDay = context.volume(perYear: 300 * Double(context.geography.neighbourhoods.count)) / Double(context.period.days.count)
        var serial = 0
        for day in context.period.days {
            var received = (0..<random.round(perDay * context.dayWeight(day))).map { _ in context.momentInDay(day, &random) }
            received.sort()
            for instant in received {
                serial += 1
                let plan = random.pick(context.geography.neighbourhoods)
                let channel = ["email", "email", "phone", "voicemail", "web", "letter", "social", "in-person"][random.int(0...7)]
                let hours = random.skewed(limit: 24, share: p.messagesWithin24h, sigma: 0.9)
                let answered = random.chance(0.995)
                // Unanswered at 16 hours: passed to another member of staff (within the hour's grace).
                let escalated =
                    (!answered || hours > p.escalationHours) && random.chance(0.97)
                    ? time.local(instant.plus(seconds: p.escalationHours * 3600 + Double(random.int(0...1_800)))) : nil
                let detailed =
                    answered && random.chance(0.2) ? time.local(instant.plus(seconds: hours * 3600 + Double(random.int(1...5)) * 86_400)) : nil
                writer.append([
                    "MSG\(serial)", context.forceID, plan.id, channel, time.local(instant),
                    answered ? time.local(instant.plus(seconds: (hours * 3600).rounded())) : nil, escalated, detailed,
                ])
            }
        }
        try writer.close()
        return writer.path
    }

    /// A duty day for each officer in post on about two days in three.
    static func duty(_ context: ForceContext, postings: [Posting]) throws -> String {
        let writer = try context.writer(.duty)
        var random = context.random("duty")
        let p = context.performance
        let reasons = ["court", "training", "public order", "custody cover", "response cover"]
        let days = context.period.days
        let workDays = max(1, Int((context.scale * 0.66 * 7).rounded()))
        for posting in postings {
            for day in days where posting.inPost(on: day) && Int(random.next() % 7) < min(workDays, 7) {
                let onDuty = [8.0, 8.0, 8.0, 7.5, 10.0][random.int(0...4)]
                let visibleShare = min(1, max(0.5, (p.visibleShareByMonth[day.month] ?? p.visibleShare) + 0.04 * random.normal()))
                let visible = min(onDuty, (onDuty * visibleShare * 10).rounded() / 10)
                let abstracted = min(onDuty - visible, (onDuty * max(0, p.abstractedShare + 0.03 * random.normal()) * 10).rounded(.down) / 10)
                writer.append([
                    context.forceID, posting.officerID, posting.neighbourhood, day.description, number(onDuty), number(visible),
                    number(abstracted), abstracted >= 0.5 ? random.pick(reasons) : nil,
                ])
            }
        }
        if context.edgeCases { EdgeCases.duty(writer, context, postings: postings) }
        try writer.close()
        return writer.path
    }

    /// A public meeting most months in each neighbourhood, and sometimes a surgery or street briefing.
    static func engagements(_ context: ForceContext) throws -> (path: String, meetings: [Meeting]) {
        let writer = try context.writer(.engagements)
        var random = context.random("engagements")
        let p = context.performance
        let time = context.time
        var meetings: [Meeting] = []
        var serial = 0
        for month in context.period.months {
            for plan in context.geography.neighbourhoods {
                var kinds: [String] = []
                if random.chance(p.monthlyMeeting) { kinds.append("public-meeting") }
                if random.chance(0.4 * context.scale) { kinds.append(random.pick(["surgery", "street-briefing", "mobile-station"])) }
                for kind in kinds {
                    let day = month.firstDay.adding(days: Int64(random.int(2...26)))
                    guard day >= context.period.start, day < context.period.end else { continue }
                    serial += 1
                    let starts = context.zone.startOfDay(day).adding(
                        seconds: kind == "public-meeting" ? 19 * 3600 : Int64(random.int(10...16)) * 3600)
                    let agreed = kind == "public-meeting" && random.chance(p.prioritiesAgreed)
                    let id = "EN\(serial)"
                    if kind == "public-meeting" { meetings.append(Meeting(id: id, neighbourhood: plan.id, day: day, prioritiesAgreed: agreed)) }
                    writer.append([
                        id, context.forceID, plan.id, kind, time.local(starts),
                        time.local(starts.adding(seconds: kind == "public-meeting" ? 5_400 : 7_200)),
                        "\(plan.name) \(kind.replacingOccurrences(of: "-", with: " "))", "\(plan.lpu) Community Centre",
                        day.adding(days: -14).description, kind == "public-meeting" ? (agreed ? "true" : "false") : nil,
                        random.chance(0.9) ? String(random.int(kind == "public-meeting" ? 6...60 : 2...25)) : nil,
                    ])
                }
            }
        }
        try writer.close()
        return (writer.path, meetings)
    }

    /// Monthly web updates in most areas; quarterly newsletters only in some.
    static func updates(_ context: ForceContext) throws -> String {
        let writer = try context.writer(.updates)
        var random = context.random("updates")
        let p = context.performance
        let quarterly = Set(context.geography.neighbourhoods.filter { _ in random.chance(p.quarterlyNewsletterAreas) }.map(\.id))
        // Each of the three optional parts appears with this chance, so all four appear in `completeUpdates`.
        let part = pow(p.completeUpdates, 1.0 / 3.0)
        var serial = 0
        for month in context.period.months {
            for plan in context.geography.neighbourhoods {
                let newsletter = quarterly.contains(plan.id)
                if newsletter && month.month % 3 != 0 { continue }
                if !newsletter && random.chance(0.02) { continue }
                serial += 1
                let late = random.chance(0.03)
                let published = month.next.firstDay.adding(days: Int64(late ? random.int(32...45) : random.int(0...24)))
                writer.append([
                    "UP\(serial)", context.forceID, plan.id, month.description, published.description, newsletter ? "newsletter" : "web", "true",
                    flag(random.chance(part)), flag(random.chance(part)), flag(random.chance(part)),
                ])
            }
        }
        try writer.close()
        return writer.path
    }

    static func number(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value) }
    static func flag(_ value: Bool) -> String { value ? "true" : "false" }
}
