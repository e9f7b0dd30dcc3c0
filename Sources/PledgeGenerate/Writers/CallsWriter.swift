import PledgeCore

/// Every call to the force, day by day in time order: 999 and non-emergency lines, answer times,
/// abandonment, the response decided, deployments and arrivals.
enum CallsWriter {
    /// The calls columns in contract order; rows are built by position in it.
    static let fieldCount = RecordSchema.of(.calls).fields.count

    static func write(_ context: ForceContext) throws -> String {
        let writer = try context.writer(.calls)
        var random = context.random("calls")
        let days = context.period.days
        let weights = days.map(context.dayWeight)
        let totalWeight = weights.reduce(0, +)
        let expected999 = context.volume(perYear: Double(context.settings.calls999))
        let expected101 = context.volume(perYear: Double(context.settings.calls101))
        let neighbourhoods = context.geography.neighbourhoods
        let cumulative = context.neighbourhoodWeights
        var serial = 0
        var firstCallID: String?
        var calls: [(Instant, Bool)] = []
        for (index, day) in days.enumerated() {
            calls.removeAll(keepingCapacity: true)
            for _ in 0..<random.round(expected999 * weights[index] / totalWeight) {
                calls.append((context.momentInDay(day, &random), true))
            }
            for _ in 0..<random.round(expected101 * weights[index] / totalWeight) {
                calls.append((context.momentInDay(day, &random), false))
            }
            // On a clock-change day, a few calls arrive in the seconds before the clocks change, so their
            // answers and arrivals fall after it: durations that the wall clock gets wrong.
            if let change = context.clockChange(on: day) {
                for _ in 0..<3 { calls.append((change.adding(seconds: -Int64(random.int(1...4))), true)) }
            }
            calls.sort { $0.0 < $1.0 }
            for (received, is999) in calls {
                serial += 1
                let plan: NeighbourhoodPlan? = random.chance(0.03) ? nil : neighbourhoods[random.weighted(cumulative)]
                let fields = row(serial, received, is999, plan, context, &random)
                if firstCallID == nil { firstCallID = fields[0] }
                writer.append(fields)
            }
        }
        if context.edgeCases { EdgeCases.calls(writer, context, firstCallID: firstCallID) }
        try writer.close()
        return writer.path
    }

    private static func row(
        _ serial: Int, _ received: Instant, _ is999: Bool, _ plan: NeighbourhoodPlan?, _ context: ForceContext,
        _ random: inout SeededRandom
    ) -> [String?] {
        let p = context.performance
        let time = context.time
        var fields: [String?] = Array(repeating: nil, count: fieldCount)
        fields[0] = "\(context.forceID.prefix(2).uppercased())\(is999 ? "E" : "N")\(serial)"
        fields[1] = context.forceID
        fields[2] = is999 ? "999" : "101"
        fields[3] = time.local(received)
        fields[5] = plan?.id
        guard !random.chance(is999 ? p.abandoned999 : p.abandoned101) else { return fields }
        let wait =
            is999
            ? random.skewed(limit: 10, share: p.answer999Within10s, sigma: 0.6)
            : random.skewed(limit: 30, share: p.answer101Within30s, sigma: 0.9)
        let answered = received.plus(seconds: wait.rounded())
        fields[4] = time.local(answered)
        let responses: [Double] = is999 ? [45, 75, 80, 90, 100] : [2, 24, 40, 72, 100]
        let response = ["emergency", "priority", "appointment", "advice", "none"][random.weighted(responses)]
        fields[9] = response
        let vulnerable = random.chance(response == "priority" ? 0.45 : 0.08)
        let onPriority = random.chance(response == "priority" ? 0.18 : 0.04)
        fields[7] = random.chance(0.04) ? nil : (vulnerable ? "true" : "false")
        fields[8] = random.chance(0.04) ? nil : (onPriority ? "true" : "false")
        let rural = plan.map { !$0.urban } ?? false
        switch response {
        case "emergency":
            let deployed = answered.plus(seconds: random.skewed(limit: 120, share: 0.9, sigma: 0.7))
            fields[11] = time.local(deployed)
            fields[10] = random.chance(p.etaGivenEmergency) ? "true" : "false"
            guard !random.chance(0.02) else { break }  // stood down before arrival
            let minutes: Double
            if rural, let ruralShare = p.ruralEmergencyWithin20m {
                minutes = random.skewed(limit: 20, share: ruralShare, sigma: 0.5)
            } else {
                minutes = random.skewed(limit: 15, share: p.emergencyWithin15m, sigma: 0.5)
            }
            fields[12] = time.local(maxInstant(received.plus(seconds: (minutes * 60).rounded()), deployed.plus(seconds: 60)))
        case "priority":
            let deployed = answered.plus(seconds: random.skewed(limit: 600, share: 0.8, sigma: 0.8))
            fields[11] = time.local(deployed)
            fields[10] = random.chance(p.etaGivenPriority) ? "true" : "false"
            guard !random.chance(0.03) else { break }
            let minutes = random.skewed(limit: 60, share: p.priorityWithin60m, sigma: 0.6)
            fields[12] = time.local(maxInstant(received.plus(seconds: (minutes * 60).rounded()), deployed.plus(seconds: 60)))
        case "appointment":
            let hours = random.skewed(limit: 48, share: p.appointmentWithin48h, sigma: 0.7)
            let appointment = received.plus(seconds: max(1, hours) * 3600)
            fields[13] = time.local(appointment)
            if random.chance(p.appointmentKept) {
                fields[12] = time.local(appointment.plus(seconds: Double(random.int(-900...1500))))
            } else if random.chance(0.7) {
                fields[12] = time.local(appointment.plus(seconds: Double(random.int(2_400...10_800))))
            }
        default:
            break
        }
        return fields
    }

    private static func maxInstant(_ a: Instant, _ b: Instant) -> Instant { a > b ? a : b }
}
