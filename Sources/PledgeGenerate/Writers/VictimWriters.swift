import PledgeCore

/// Victims' contact agreements and the updates they were given.
enum VictimWriters {
    static func write(_ context: ForceContext) throws -> [String] {
        let victims = try context.writer(.victims)
        let updates = try context.writer(.victimUpdates)
        var random = context.random("victims")
        let p = context.performance
        let time = context.time
        let perDay = context.volume(perYear: Double(context.settings.population) * 0.03) / Double(context.period.days.count)
        var serial = 0
        var updateSerial = 0
        for day in context.period.days {
            for _ in 0..<random.round(perDay * context.dayWeight(day)) {
                serial += 1
                let reported = context.momentInDay(day, &random)
                let crime = "CR\(serial)"
                let victim = "V\(random.int(1...9))"
                let agreed = random.chance(p.victimPreferencesRecorded)
                let wantsNone = random.chance(p.victimsWantingNoUpdates)
                let interval: Int? = wantsNone ? 0 : (agreed && random.chance(0.4) ? random.pick([14, 28]) : nil)
                let gapLimit = Double(interval ?? 31)
                let closed = reported.plus(seconds: Double(random.int(20...200)) * 86_400)
                let method = random.pick(["phone", "phone", "email", "letter", "visit"])
                victims.append([
                    crime, victim, context.forceID, random.chance(0.95) ? random.pick(context.geography.neighbourhoods).id : nil,
                    time.local(reported), agreed ? "true" : (random.chance(0.3) ? nil : "false"), interval.map(String.init),
                    nil, agreed ? method : nil, time.local(closed),
                ])
                guard !wantsNone else { continue }
                // Updates at gaps within the agreed interval, or, for the few not kept informed, one gap too long.
                let lapse = random.chance(p.victimsKeptInformed) ? -1 : random.int(0...3)
                var last = reported
                var gapIndex = 0
                while true {
                    let days = gapIndex == lapse ? gapLimit * (1.2 + random.unit()) : gapLimit * (0.55 + 0.42 * random.unit())
                    let next = last.plus(seconds: days * 86_400)
                    if next >= closed {
                        break
                    }
                    updateSerial += 1
                    updates.append(["VU\(updateSerial)", context.forceID, crime, victim, time.local(next), method])
                    last = next
                    gapIndex += 1
                }
            }
        }
        try victims.close()
        if context.edgeCases { EdgeCases.victimUpdates(updates, context) }
        try updates.close()
        return [victims.path, updates.path]
    }
}
