import Foundation

/// The records a dip sample may be drawn from: complaints (the promise they say was broken, if any),
/// dissatisfaction reports (promise 10) and victims' contact agreements (promise 9).
public enum DipSampleKind: String, Sendable, CaseIterable, Codable {
    case complaints, dissatisfaction, victims
}

/// One record that may be sampled: its id (a complaint id, a report id, or `crime_ref/victim_ref`, all
/// pseudonyms), the promise and local policing unit it is stratified by, and its start instant.
public struct SampleFrameRecord: Sendable, Equatable {
    public let id: String
    public let promise: Int?
    public let unit: String?
    public let at: Instant

    public init(id: String, promise: Int?, unit: String?, at: Instant) {
        self.id = id
        self.promise = promise
        self.unit = unit
        self.at = at
    }

    public var stratum: DipSample.Stratum { DipSample.Stratum(promise: promise, unit: unit) }
}

/// A reproducible random sample of records for the Authority's reviewers, stratified by promise and unit,
/// with the reviewers' findings once imported.
public struct DipSample: Sendable, Equatable {
    /// Records sharing a promise (nil: none named) and a unit (nil: no neighbourhood).
    public struct Stratum: Hashable, Sendable, Comparable, CustomStringConvertible {
        public let promise: Int?
        public let unit: String?

        public init(promise: Int?, unit: String?) {
            self.promise = promise
            self.unit = unit
        }

        public static func < (lhs: Stratum, rhs: Stratum) -> Bool {
            (lhs.promise ?? 11, lhs.unit ?? "\u{10FFFF}") < (rhs.promise ?? 11, rhs.unit ?? "\u{10FFFF}")
        }

        /// `P5 · City`, `no promise · no unit`.
        public var description: String { "\(promise.map { "P\($0)" } ?? "no promise") · \(unit ?? "no unit")" }
    }

    /// One sampled record and, once reviewed, the finding.
    public struct Item: Sendable, Equatable {
        public let record: SampleFrameRecord
        /// Whether the promise was kept for this record; nil until reviewed (or when the reviewer could not say).
        public var kept: Bool?
        public var notes: String?

        public init(record: SampleFrameRecord, kept: Bool? = nil, notes: String? = nil) {
            self.record = record
            self.kept = kept
            self.notes = notes
        }
    }

    /// How many of a stratum's records were in the frame and how many were drawn.
    public struct Allocation: Sendable, Equatable {
        public let stratum: Stratum
        public let population: Int
        public let drawn: Int

        public init(stratum: Stratum, population: Int, drawn: Int) {
            self.stratum = stratum
            self.population = population
            self.drawn = drawn
        }
    }

    /// The sample's name, unique for the force.
    public let name: String
    public let forceID: String
    public let kind: DipSampleKind
    public let period: Period
    public let seed: UInt64
    /// The size asked for (the sample is smaller only when the frame is).
    public let size: Int
    public let drawnAt: Instant
    public let allocations: [Allocation]
    /// By stratum, then record id.
    public var items: [Item]

    public init(
        name: String, forceID: String, kind: DipSampleKind, period: Period, seed: UInt64, size: Int, drawnAt: Instant, allocations: [Allocation],
        items: [Item]
    ) {
        self.name = name
        self.forceID = forceID
        self.kind = kind
        self.period = period
        self.seed = seed
        self.size = size
        self.drawnAt = drawnAt
        self.allocations = allocations
        self.items = items
    }

    /// Draws `size` records from `frame`: each stratum gets its proportional share (largest remainders
    /// first, ties to the earlier stratum), and within a stratum the records, ordered by id, are shuffled
    /// by a SplitMix64 stream named after the seed, kind and stratum. The same frame, size and seed always
    /// give the same sample, whatever order the frame comes in.
    public init(
        name: String, forceID: String, kind: DipSampleKind, period: Period, frame: [SampleFrameRecord], size: Int, seed: UInt64, drawnAt: Instant
    ) {
        let strata = Dictionary(grouping: frame, by: \.stratum).mapValues { $0.sorted { $0.id < $1.id } }
        let keys = strata.keys.sorted()
        let counts = Self.allocate(size, among: keys.map { strata[$0]!.count })
        var items: [Item] = []
        var allocations: [Allocation] = []
        for (index, stratum) in keys.enumerated() {
            var records = strata[stratum]!
            var random = SeededRandom(seed: seed, stream: "dip-sample/\(kind.rawValue)/\(stratum)")
            let take = counts[index]
            for position in 0..<take {
                let other = position + Int(random.next() % UInt64(records.count - position))
                records.swapAt(position, other)
            }
            items += records.prefix(take).sorted { $0.id < $1.id }.map { Item(record: $0) }
            allocations.append(Allocation(stratum: stratum, population: records.count, drawn: take))
        }
        self.init(
            name: name, forceID: forceID, kind: kind, period: period, seed: seed, size: size, drawnAt: drawnAt, allocations: allocations,
            items: items)
    }

    /// Proportional allocation by largest remainder (Hamilton): `size * N_h / N` rounded down, then one
    /// more to the strata with the largest remainders, never more than a stratum holds.
    public static func allocate(_ size: Int, among populations: [Int]) -> [Int] {
        let total = populations.reduce(0, +)
        guard total > 0 else { return populations.map { _ in 0 } }
        let wanted = min(max(size, 0), total)
        var counts = populations.map { wanted * $0 / total }
        let remainders = populations.indices.map { (index: $0, remainder: wanted * populations[$0] % total) }
            .sorted { ($1.remainder, $0.index) < ($0.remainder, $1.index) }
        var left = wanted - counts.reduce(0, +)
        for entry in remainders where left > 0 && counts[entry.index] < populations[entry.index] {
            counts[entry.index] += 1
            left -= 1
        }
        return counts
    }
}

extension DipSample {
    /// The findings so far: records reviewed (kept said yes or no) and kept, overall, by promise and by
    /// stratum. Proportional allocation makes the pooled share the stratified estimate (up to rounding).
    public struct Results: Sendable {
        public let reviewed: Int
        public let kept: Proportion
        public let byPromise: [(promise: Int?, kept: Proportion)]
        public let byStratum: [(stratum: Stratum, kept: Proportion)]
        /// Items with no finding yet.
        public let awaiting: Int
    }

    public var results: Results {
        let reviewed = items.filter { $0.kept != nil }
        func share(_ items: [Item]) -> Proportion { Proportion(items.filter { $0.kept == true }.count, of: items.count) }
        let promises = Set(reviewed.map(\.record.promise)).sorted { ($0 ?? 11) < ($1 ?? 11) }
        let strata = Set(reviewed.map(\.record.stratum)).sorted()
        return Results(
            reviewed: reviewed.count, kept: share(reviewed),
            byPromise: promises.map { promise in (promise, share(reviewed.filter { $0.record.promise == promise })) },
            byStratum: strata.map { stratum in (stratum, share(reviewed.filter { $0.record.stratum == stratum })) },
            awaiting: items.count - reviewed.count)
    }
}

extension DipSample {
    /// A reviewer's finding on one sampled record.
    public struct Finding: Sendable, Equatable {
        public let recordID: String
        /// Whether the promise was kept; nil when the reviewer could not say.
        public let kept: Bool?
        public let notes: String?

        public init(recordID: String, kept: Bool?, notes: String?) {
            self.recordID = recordID
            self.kept = kept
            self.notes = notes
        }
    }

    /// The sample with `findings` applied, or the ids that are not in the sample.
    public func applying(_ findings: [Finding]) -> Result<DipSample, UnknownRecords> {
        let positions = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($0.element.record.id, $0.offset) })
        let unknown = findings.map(\.recordID).filter { positions[$0] == nil }
        guard unknown.isEmpty else { return .failure(UnknownRecords(ids: unknown)) }
        var sample = self
        for finding in findings {
            sample.items[positions[finding.recordID]!].kept = finding.kept
            sample.items[positions[finding.recordID]!].notes = finding.notes
        }
        return .success(sample)
    }

    /// Findings for records the sample does not hold.
    public struct UnknownRecords: Error, Sendable, Equatable {
        public let ids: [String]
    }
}
