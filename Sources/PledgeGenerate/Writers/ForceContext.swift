import Foundation
import PledgeCore

/// Everything a writer needs for one force: its settings and geography, the period, the scale, the seed.
struct ForceContext {
    let settings: ForceSettings
    let geography: Geography
    let period: Period
    let scale: Double
    let seed: UInt64
    let zone: ZoneRules
    let directory: String
    /// Set with `--edge-cases`: where the awkward rows are recorded.
    let edgeCaseLog: EdgeCases.Log?

    var edgeCases: Bool { edgeCaseLog != nil }

    var performance: Performance { settings.performance }
    var time: TimeText { TimeText(zone: zone) }
    var forceID: String { settings.force.id }

    /// An independent random stream for one purpose.
    func random(_ purpose: String) -> SeededRandom { SeededRandom(seed: seed, stream: "\(forceID)/\(purpose)") }

    /// `DIR/leicestershire-calls.csv`.
    func path(_ name: String) -> String { "\(directory)/\(forceID)-\(name)" }

    /// A CSV writer for a kind, its header the kind's columns as the record contract lists them (and
    /// every row written in that order), at `DIR/force-kind.csv` unless `path` says otherwise.
    func writer(_ kind: RecordKind, path: String? = nil) throws -> CSVFileWriter {
        try CSVFileWriter(path: path ?? self.path("\(kind.name).csv"), header: RecordSchema.of(kind).fields.map(\.name))
    }

    /// How many records of something that happens `perYear` times a year, over this period, at this scale.
    func volume(perYear: Double) -> Double { perYear * scale * Double(period.days.count) / 365.25 }

    /// The instant a local day starts, and how many seconds it really lasts (23 or 25 on clock-change days).
    func dayBounds(_ day: LocalDate) -> (start: Instant, seconds: Int64) {
        let start = zone.startOfDay(day)
        return (start, zone.startOfDay(day.adding(days: 1)).secondsSinceEpoch - start.secondsSinceEpoch)
    }

    /// The instant the clocks change on a local day, if they do.
    func clockChange(on day: LocalDate) -> Instant? {
        let (start, seconds) = dayBounds(day)
        guard seconds != 86_400 else { return nil }
        var low = start.secondsSinceEpoch
        var high = low + seconds
        let before = zone.offsetSeconds(at: start)
        while high - low > 1 {
            let mid = (low + high) / 2
            if zone.offsetSeconds(at: Instant(secondsSinceEpoch: mid)) == before { low = mid } else { high = mid }
        }
        return Instant(secondsSinceEpoch: high)
    }

    /// Relative demand on a day: a summer peak (mid-July, +12%) and busier Fridays and Saturdays.
    func dayWeight(_ day: LocalDate) -> Double {
        let dayOfYear = Double(day.daysSinceEpoch - LocalDate(year: day.year, month: 1, day: 1)!.daysSinceEpoch)
        let seasonal = 1 + 0.12 * cos(2 * .pi * (dayOfYear - 196) / 365.25)
        let weekly = [0.95, 0.94, 0.95, 0.97, 1.08, 1.14, 1.0][day.weekday]
        return seasonal * weekly
    }

    /// `count` moments spread over the period (busier days and hours more likely), in time order.
    func sortedMoments(_ count: Int, _ random: inout SeededRandom) -> [Instant] {
        var moments = (0..<count).map { _ in momentInDay(period.days[random.int(0...(period.days.count - 1))], &random) }
        moments.sort()
        return moments
    }

    /// Neighbourhood indices weighted by population (more people, more calls and crimes).
    var neighbourhoodWeights: [Double] {
        var total = 0.0
        return geography.neighbourhoods.map { plan in
            total += Double(plan.population) * (plan.urban ? 1.6 : 1.0)
            return total
        }
    }

    /// A moment in a local day, shaped by how demand rises through the day (quiet 3–7 am, busy evenings).
    func momentInDay(_ day: LocalDate, _ random: inout SeededRandom) -> Instant {
        let (start, seconds) = dayBounds(day)
        let hour = random.weighted(Self.hourCumulative)
        let elapsed = (Double(hour) + random.unit()) / 24 * Double(seconds)
        return start.adding(seconds: Int64(elapsed))
    }

    private static let hourCumulative: [Double] = {
        let weights: [Double] = [
            3.2, 2.6, 2.0, 1.5, 1.2, 1.2, 1.6, 2.4, 3.4, 4.0, 4.4, 4.6, 4.7, 4.7, 4.8, 5.1, 5.5, 5.8, 5.9, 5.8, 5.5, 5.0, 4.5, 3.9,
        ]
        var total = 0.0
        return weights.map {
            total += $0; return total
        }
    }()
}

extension Instant {
    /// The instant `seconds` (fractional) later, to the microsecond.
    func plus(seconds: Double) -> Instant { Instant(microseconds: microseconds + Int64((seconds * 1_000_000).rounded())) }
}
