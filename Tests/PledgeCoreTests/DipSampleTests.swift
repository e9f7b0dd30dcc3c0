import Foundation
import PledgeCore
import Testing

/// Dip samples: proportional allocation by largest remainder (worked by hand), stratified draws that are
/// reproducible whatever order the frame comes in, and the reviewers' findings.
@Suite("dip sample")
struct DipSampleTests {
    @Test(
        "Hamilton allocation, worked by hand",
        arguments: [
            // 10 of 50/30/20 (of 100): exact shares 5, 3, 2.
            (10, [50, 30, 20], [5, 3, 2]),
            // 10 of 7/7/7: 3.33 each → 3, 3, 3 and one left; equal remainders go to the earliest stratum.
            (10, [7, 7, 7], [4, 3, 3]),
            // 5 of 1/1/98 (of 100): 0.05, 0.05, 4.9 → 0, 0, 4; the one left goes to the largest remainder (0.9).
            (5, [1, 1, 98], [0, 0, 5]),
            // 7 of 3/5 (of 8): 2.625, 4.375 → 2, 4; remainders .625 and .375: the first gets the one left.
            (7, [3, 5], [3, 4]),
            // 3 of four strata of 1: 0.75 each → 0s; three left, to the first three.
            (3, [1, 1, 1, 1], [1, 1, 1, 0]),
            // 4 of 0/6/2: an empty stratum gets nothing; 3 and 1 exactly.
            (4, [0, 6, 2], [0, 3, 1]),
            // 6 of 10/10/1 (of 21): 2.857, 2.857, 0.286 → 2, 2, 0; two left to the two remainders of .857.
            (6, [10, 10, 1], [3, 3, 0]),
            // 2 of 10/10/1: 0.952, 0.952, 0.095 → 0, 0, 0; two left, to the first two.
            (2, [10, 10, 1], [1, 1, 0]),
            // A size larger than the frame takes the whole frame.
            (100, [3, 5], [3, 5]),
            (8, [3, 5], [3, 5]),
            // Zero or less takes nothing.
            (0, [3, 5], [0, 0]),
            (-4, [3, 5], [0, 0]),
            // No records.
            (5, [0, 0], [0, 0]),
            (5, [], []),
        ])
    func allocation(size: Int, populations: [Int], expected: [Int]) {
        #expect(DipSample.allocate(size, among: populations) == expected)
    }

    @Test("allocation sums to the size (or the frame) and never exceeds a stratum, over many shapes")
    func allocationInvariants() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let populations = (0..<Int.random(in: 1...6, using: &random)).map { _ in Int.random(in: 0...40, using: &random) }
            let size = Int.random(in: 0...120, using: &random)
            let counts = DipSample.allocate(size, among: populations)
            let total = populations.reduce(0, +)
            #expect(counts.reduce(0, +) == min(size, total), "\(size) of \(populations)")
            for (count, population) in zip(counts, populations) {
                #expect(count >= 0 && count <= population, "\(size) of \(populations): \(counts)")
                // Each stratum gets its exact share rounded down or up.
                if total > 0 {
                    let exact = Double(min(size, total)) * Double(population) / Double(total)
                    #expect(Double(count) >= exact.rounded(.down) && Double(count) <= exact.rounded(.up), "\(size) of \(populations): \(counts)")
                }
            }
        }
    }

    static let at = Instant(secondsSinceEpoch: 1_241_164_800)
    static let period = Period("2009-Q2")!

    /// Records `prefix-1`… of one stratum.
    static func records(_ count: Int, promise: Int?, unit: String?, prefix: String) -> [SampleFrameRecord] {
        (1...count).map {
            SampleFrameRecord(id: "\(prefix)-\(String(format: "%03d", $0))", promise: promise, unit: unit, at: at.adding(seconds: Int64($0)))
        }
    }

    /// 20 records in four strata: P1·City 10, P1·County 5, P5·City 4, no promise·no unit 1.
    static let frame =
        records(10, promise: 1, unit: "City", prefix: "A") + records(5, promise: 1, unit: "County", prefix: "B")
        + records(4, promise: 5, unit: "City", prefix: "C") + records(1, promise: nil, unit: nil, prefix: "D")

    static func draw(_ frame: [SampleFrameRecord], size: Int, seed: UInt64, kind: DipSampleKind = .complaints) -> DipSample {
        DipSample(name: "test", forceID: "leicestershire", kind: kind, period: period, frame: frame, size: size, seed: seed, drawnAt: at)
    }

    @Test("each stratum's drawn count is its allocation, drawn from that stratum; the counts sum to the size")
    func strata() {
        // 8 of 10/5/4/1 (of 20): 4, 2, 1.6, 0.4 → 4, 2, 1, 0 and one left for the remainder .6 (P5·City).
        let sample = Self.draw(Self.frame, size: 8, seed: 42)
        #expect(sample.allocations.map(\.stratum.description) == ["P1 · City", "P1 · County", "P5 · City", "no promise · no unit"])
        #expect(sample.allocations.map(\.population) == [10, 5, 4, 1])
        #expect(sample.allocations.map(\.drawn) == [4, 2, 2, 0])
        #expect(sample.items.count == 8)
        #expect(sample.size == 8)
        for allocation in sample.allocations {
            #expect(sample.items.filter { $0.record.stratum == allocation.stratum }.count == allocation.drawn, "\(allocation.stratum)")
        }
        // Every item is a distinct record of the frame, unreviewed, ordered by stratum and then id.
        #expect(Set(sample.items.map(\.record.id)).count == 8)
        #expect(sample.items.allSatisfy { item in Self.frame.contains(item.record) && item.kept == nil && item.notes == nil })
        let order = sample.items.map { ($0.record.stratum, $0.record.id) }
        #expect(zip(order, order.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test("a size larger than the frame takes every record; a size of zero takes none")
    func sizes() {
        let all = Self.draw(Self.frame, size: 50, seed: 1)
        #expect(all.items.map(\.record.id).sorted() == Self.frame.map(\.id).sorted())
        #expect(all.allocations.map(\.drawn) == [10, 5, 4, 1])
        #expect(all.size == 50)
        let none = Self.draw(Self.frame, size: 0, seed: 1)
        #expect(none.items.isEmpty)
        #expect(none.allocations.map(\.drawn) == [0, 0, 0, 0])
        let empty = Self.draw([], size: 10, seed: 1)
        #expect(empty.items.isEmpty && empty.allocations.isEmpty)
    }

    @Test("the same frame in any order, size and seed give the same sample")
    func reproducible() {
        let big = Self.records(300, promise: 4, unit: "City", prefix: "E") + Self.records(200, promise: 9, unit: nil, prefix: "F") + Self.frame
        let first = Self.draw(big, size: 60, seed: 2009)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5 {
            let again = Self.draw(big.shuffled(using: &generator), size: 60, seed: 2009)
            #expect(again.items.map(\.record.id) == first.items.map(\.record.id))
            #expect(again.allocations == first.allocations)
        }
        #expect(first.items.count == 60)
    }

    @Test("a different seed draws a different selection from a large frame")
    func seeds() {
        let big = Self.records(1_000, promise: 1, unit: "City", prefix: "G")
        let selections = Set([1, 2, 3, UInt64.max].map { Self.draw(big, size: 30, seed: $0).items.map(\.record.id) })
        #expect(selections.count == 4)
        // Drawn records spread over the frame rather than taking its first ids.
        let drawn = Self.draw(big, size: 30, seed: 7).items.map(\.record.id)
        #expect(drawn != big.prefix(30).map(\.id))
    }

    static func findings(_ pairs: [(String, Bool?)]) -> [DipSample.Finding] {
        pairs.map { DipSample.Finding(recordID: $0.0, kept: $0.1, notes: "note \($0.0)") }
    }

    /// The Wilson score interval written out, z = 1.959964, as an oracle for the sample's results.
    static func wilson(_ k: Int, _ n: Int) -> (Double, Double) {
        let (p, n, z) = (Double(k) / Double(n), Double(n), 1.959964)
        let centre = (p + z * z / (2 * n)) / (1 + z * z / n)
        let half = z / (1 + z * z / n) * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()
        return (max(0, centre - half), min(1, centre + half))
    }

    @Test("findings applied: reviewed, kept and awaiting counts, by promise and stratum, and the Wilson interval")
    func results() throws {
        let sample = Self.draw(Self.frame, size: 20, seed: 3)
        // Promise 1 · City: A-001…A-004 kept, A-005 not, A-006 could not say; promise 1 · County: B-001 not kept;
        // promise 5 · City: C-001 and C-002 kept; no promise: D-001 kept.
        let reviewed = try Self.draw(Self.frame, size: 20, seed: 3).applying(
            Self.findings([
                ("A-001", true), ("A-002", true), ("A-003", true), ("A-004", true), ("A-005", false), ("A-006", nil), ("B-001", false),
                ("C-001", true), ("C-002", true), ("D-001", true),
            ])
        ).get()
        #expect(sample.results.reviewed == 0 && sample.results.awaiting == 20, "the sample itself is unchanged")
        let results = reviewed.results
        #expect(results.reviewed == 9)
        #expect(results.awaiting == 11)
        #expect((results.kept.numerator, results.kept.denominator) == (7, 9))
        let interval = try #require(results.kept.wilsonInterval())
        let expected = try #require(Proportion(7, of: 9).wilsonInterval())
        #expect(interval == expected)
        let oracle = Self.wilson(7, 9)
        #expect(abs(interval.lower - oracle.0) < 1e-12 && abs(interval.upper - oracle.1) < 1e-12)
        #expect(
            results.byPromise.map { "\($0.promise.map(String.init) ?? "-") \($0.kept.numerator)/\($0.kept.denominator)" } == [
                "1 4/6", "5 2/2", "- 1/1",
            ])
        #expect(
            results.byStratum.map { "\($0.stratum) \($0.kept.numerator)/\($0.kept.denominator)" } == [
                "P1 · City 4/5", "P1 · County 0/1", "P5 · City 2/2", "no promise · no unit 1/1",
            ])
        let item = try #require(reviewed.items.first { $0.record.id == "A-005" })
        #expect(item.kept == false && item.notes == "note A-005")
        #expect(reviewed.items.first { $0.record.id == "A-006" }?.notes == "note A-006")
        // A later finding replaces an earlier one.
        let changed = try reviewed.applying(Self.findings([("A-005", true)])).get()
        #expect(changed.results.kept.numerator == 8)
    }

    @Test("findings for records not in the sample are refused, all of them, and none is applied")
    func unknownRecords() throws {
        let sample = Self.draw(Self.frame, size: 4, seed: 11)
        let inSample = try #require(sample.items.first?.record.id)
        let notDrawn = try #require(Self.frame.map(\.id).first { id in !sample.items.contains { $0.record.id == id } })
        let result = sample.applying(Self.findings([(inSample, true), (notDrawn, false), ("NOT-IN-FRAME", true)]))
        switch result {
        case .success: Issue.record("findings for records not in the sample were applied")
        case .failure(let error): #expect(error.ids == [notDrawn, "NOT-IN-FRAME"])
        }
        #expect(sample.results.reviewed == 0)
        #expect(try sample.applying([]).get() == sample)
    }
}
