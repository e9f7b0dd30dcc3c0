import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeSQLite
import PledgeStore
import PledgeTestSupport
import Testing

/// Call facts packed per force and month: the bytes give back exactly the calls put in, and a report reads
/// the same facts from the packed months as from the rows, whatever was written since the last repacking.
@Suite("packed call facts")
struct PackedCallsTests {
    static let force = ForceCatalogue.force(id: "leicestershire")!
    static let zone = ZoneRulesCache.rules(for: force.timeZone)!

    static func instant(_ text: String) -> Instant {
        switch Array(text.utf8).withUnsafeBytes({ InstantParser.parse($0, zone: zone) }) {
        case .success(let instant): return instant
        case .failure(let problem): fatalError("bad test instant \(text): \(problem.reason)")
        }
    }

    /// Calls covering every value each field can take, including none.
    static let everyShape: [CallFact] = {
        let base = instant("2009-01-10T12:00:00Z")
        let tristates: [Bool?] = [nil, false, true]
        let responses: [CallFact.Response?] = [nil, .emergency, .priority, .appointment, .advice, CallFact.Response.none]
        var calls: [CallFact] = []
        for (index, response) in responses.enumerated() {
            for (shape, flag) in tristates.enumerated() {
                let offset = Int64(index * 3 + shape) * 1_000_000
                func later(_ seconds: Int64) -> Instant? {
                    flag == nil ? nil : Instant(microseconds: base.microseconds + offset + seconds * 1_000_000)
                }
                calls.append(
                    CallFact(
                        received: Instant(microseconds: base.microseconds + offset), answered: later(7), is999: index % 2 == 0,
                        neighbourhood: [nil, "NC04", "a-neighbourhood-id-well-beyond-fifteen-bytes-é"][shape], urban: flag,
                        vulnerable: tristates[(shape + 1) % 3], neighbourhoodPriority: tristates[(shape + 2) % 3], response: response,
                        etaGiven: flag.map { !$0 }, deployed: later(60), arrived: later(600), appointment: later(86_400)))
            }
        }
        return calls
    }()

    @Test("packing and unpacking gives back every call exactly, and keeps only what is asked for")
    func roundTrip() throws {
        let bytes = try #require(PackedCalls.encode(Self.everyShape))
        var all: [CallFact] = []
        try bytes.withUnsafeBytes { try PackedCalls.decode($0, into: &all) { _ in true } }
        #expect(all == Self.everyShape)
        var urbanOnly: [CallFact] = [CallFact(received: Instant(microseconds: 1), is999: false)]
        try bytes.withUnsafeBytes { try PackedCalls.decode($0, into: &urbanOnly) { $0.urban == true } }
        #expect(urbanOnly.count == 1 + 6)
        #expect(urbanOnly.dropFirst().allSatisfy { $0.urban == true })
        #expect(PackedCalls.encode([]) != nil)
        // Deltas of either sign and of any size: instants out of order, before 1970, and at the extremes.
        let extremes = [
            CallFact(received: Instant(microseconds: 1_230_000_000_000_000), answered: Instant(microseconds: -7), is999: true),
            CallFact(received: Instant(microseconds: -86_400_000_000), is999: false, appointment: Instant(microseconds: .max)),
            CallFact(received: Instant(microseconds: .min), is999: false, deployed: Instant(microseconds: .max)),
        ]
        var back: [CallFact] = []
        try #require(PackedCalls.encode(extremes)).withUnsafeBytes { try PackedCalls.decode($0, into: &back) { _ in true } }
        #expect(back == extremes)
    }

    @Test("damaged bytes are refused, never read as calls")
    func malformed() throws {
        let bytes = try #require(PackedCalls.encode(Self.everyShape))
        var damaged = [bytes.prefix(3).map { $0 }, Array(bytes.dropLast()), [UInt8(ascii: "X")] + bytes.dropFirst(), bytes + [0]]
        // One call naming neighbourhood 9 of 1: after the header (4 + 4 + 2 + 2 + 4 bytes) come its flags
        // (one byte, 0) and its name's number (1), made 9.
        var badName = try #require(PackedCalls.encode([CallFact(received: Instant(microseconds: 5), is999: false, neighbourhood: "NC04")]))
        #expect(badName[16] == 0 && badName[17] == 1)
        badName[17] = 9
        damaged.append(badName)
        for bytes in damaged {
            var calls: [CallFact] = []
            #expect(throws: PackedCalls.Malformed.self) { try bytes.withUnsafeBytes { try PackedCalls.decode($0, into: &calls) { _ in true } } }
        }
    }

    /// Many calls in segments of `PackedCalls.segmentCalls`, every shape repeated at later instants.
    static func segments(calls count: Int) throws -> (calls: [CallFact], segments: [[UInt8]]) {
        let shapes = Self.everyShape
        let calls = (0..<count).map { index -> CallFact in
            let shape = shapes[index % shapes.count]
            let shift = Int64(index / shapes.count) * 60_000_000
            func moved(_ instant: Instant?) -> Instant? { instant.map { Instant(microseconds: $0.microseconds + shift) } }
            return CallFact(
                received: moved(shape.received)!, answered: moved(shape.answered), is999: shape.is999, neighbourhood: shape.neighbourhood,
                urban: shape.urban, vulnerable: shape.vulnerable, neighbourhoodPriority: shape.neighbourhoodPriority, response: shape.response,
                etaGiven: shape.etaGiven, deployed: moved(shape.deployed), arrived: moved(shape.arrived), appointment: moved(shape.appointment))
        }
        let segments = try stride(from: 0, to: count, by: PackedCalls.segmentCalls).map { start in
            try #require(PackedCalls.encode(Array(calls[start..<min(start + PackedCalls.segmentCalls, count)])))
        }
        return (calls, segments)
    }

    @Test("many segments decoded in two parts at once give the calls in order, filtered, as one by one")
    func twoParts() throws {
        let (calls, segments) = try Self.segments(calls: 150_000)
        #expect(segments.count == 7)
        #expect(try PackedCalls.decode(segments) { _ in true } == calls)
        // Dropping calls from the first part moves the second part's down against it.
        let odd: @Sendable (CallFact) -> Bool = { $0.received.microseconds / 1_000_000 % 2 == 1 }
        let kept = try PackedCalls.decode(segments, keep: odd)
        #expect(kept == calls.filter(odd) && kept.count > 10_000)
        #expect(try PackedCalls.decode(segments) { _ in false }.isEmpty)
        #expect(try PackedCalls.decode([]) { _ in true }.isEmpty)
    }

    @Test("a damaged segment in either part is refused, never read as calls")
    func twoPartsDamaged() throws {
        let (_, segments) = try Self.segments(calls: 150_000)
        for index in [1, segments.count - 1] {
            var damaged = segments
            damaged[index] = Array(damaged[index].dropLast())
            #expect(throws: PackedCalls.Malformed.self) { try PackedCalls.decode(damaged) { _ in true } }
        }
    }

    // Every field a call fact is read from, so that the facts packed by the import are checked against the
    // facts read back from the rows.
    static let header =
        "call_id,force,line,received_at,answered_at,neighbourhood_id,area_type,vulnerable,neighbourhood_priority,response,eta_given,deployed_at,arrived_at,appointment_at"
    static let rows = [
        "C1,leicestershire,999,2008-12-31T23:59:59Z,2009-01-01T00:00:01Z,NC05,rural,false,,,,,,",
        "C2,leicestershire,999,2009-01-10T12:00:00Z,2009-01-10T12:00:11Z,NC04,urban,true,false,emergency,true,2009-01-10T12:01:00Z,2009-01-10T12:09:00Z,",
        "C3,leicestershire,101,2009-01-20T09:00:00Z,2009-01-20T09:00:30Z,,,,true,appointment,false,,,2009-02-01T09:00:00Z",
        "C4,leicestershire,999,2009-02-02T08:00:00Z,,NC05,,,,none,,,,",
        // Received in the last hour of 31 March, British Summer Time: April in London.
        "C5,leicestershire,101,2009-03-31T23:30:00Z,2009-03-31T23:30:05Z,NC04,,,,advice,,,,",
    ]

    func facts(_ harness: ImportHarness, _ period: String) async throws -> [CallFact] {
        let window = ReportWindow(period: Period(period)!, zone: Self.zone, now: FixedClock.now)
        return try await harness.store.indicatorFacts(force: Self.force, from: window.start, to: window.end).calls
    }

    func packed(_ harness: ImportHarness) throws -> (months: [Int], stale: Int) {
        let queue = try DatabaseQueue(path: harness.databasePath)
        return try queue.read { db in
            (
                try Int.fetchAll(db, sql: "SELECT local_month FROM packed_calls ORDER BY local_month"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM packed_calls_stale") ?? -1
            )
        }
    }

    /// The force's longest receipt-to-appointment time, as the store keeps it.
    static func lead(_ harness: ImportHarness) throws -> Int64? {
        try DatabaseQueue(path: harness.databasePath).read { try Int64.fetchOne($0, sql: "SELECT lead FROM packed_calls_lead") }
    }

    func write(_ harness: ImportHarness, _ sql: String) throws {
        try DatabaseQueue(path: harness.databasePath).write { try $0.execute(sql: sql) }
    }

    @Test("an import packs each month it touched; a report reads the same calls from them as from the rows")
    func packedEqualsRows() async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04", "NC05"])
        #expect(try harness.importText(Self.header + "\n" + Self.rows.joined(separator: "\n") + "\n", name: "calls.csv").isClean)
        #expect(try packed(harness) == ([200812, 200901, 200902, 200904], 0))

        var fromPacked: [String: [String]] = [:]
        for period in ["2009-01", "2009-02", "2009-03", "2009-04", "2008/09", "2009-01-15..2009-02-01"] {
            fromPacked[period] = try await facts(harness, period).map { "\($0)" }.sorted()
        }
        // February: C4, and C3 whose appointment on 1 February is kept (or not) then, though it was made in January.
        #expect(try await facts(harness, "2009-02").map(\.received).sorted() == ["2009-01-20T09:00:00Z", "2009-02-02T08:00:00Z"].map(Self.instant))
        #expect(try await facts(harness, "2009-03").isEmpty)
        #expect(try await facts(harness, "2009-04").map(\.received) == [Self.instant("2009-03-31T23:30:00Z")])

        // Every month marked stale: the same periods now come from the rows, and must not differ.
        try write(harness, "INSERT OR IGNORE INTO packed_calls_stale SELECT DISTINCT force_id, local_month FROM calls")
        for (period, calls) in fromPacked {
            #expect(try await facts(harness, period).map { "\($0)" }.sorted() == calls, "\(period)")
        }
        try harness.store.refreshDerivedData()
        #expect(try packed(harness) == ([200812, 200901, 200902, 200904], 0))
        for (period, calls) in fromPacked {
            #expect(try await facts(harness, period).map { "\($0)" }.sorted() == calls, "\(period)")
        }
    }

    @Test("a later import adding calls to a month already packed repacks that month from the rows")
    func laterImportIntoPackedMonth() async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04", "NC05"])
        #expect(try harness.importText(Self.header + "\n" + Self.rows.joined(separator: "\n") + "\n", name: "calls.csv").isClean)
        let added = "C6,leicestershire,999,2009-01-25T10:00:00Z,2009-01-25T10:00:04Z,NC05,rural,,,priority,,,,"
        #expect(try harness.importText(Self.header + "\n" + added + "\n", name: "more-calls.csv").counts.inserted == 1)
        #expect(try packed(harness) == ([200812, 200901, 200902, 200904], 0))
        let january = try await facts(harness, "2009-01").map { "\($0)" }.sorted()
        #expect(january.count == 3)
        try write(harness, "INSERT OR IGNORE INTO packed_calls_stale SELECT DISTINCT force_id, local_month FROM calls")
        #expect(try await facts(harness, "2009-01").map { "\($0)" }.sorted() == january)
    }

    @Test("a change by any writer makes both months stale at once; figures follow the rows until the months are repacked")
    func staleMonthsFollowTheRows() async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04", "NC05"])
        #expect(try harness.importText(Self.header + "\n" + Self.rows.joined(separator: "\n") + "\n", name: "calls.csv").isClean)
        // C2 moves from January to February outside any import.
        try write(
            harness,
            "UPDATE calls SET received_at = received_at + 31 * 86400000000, answered_at = answered_at + 31 * 86400000000, arrived_at = arrived_at + 31 * 86400000000, deployed_at = deployed_at + 31 * 86400000000, local_month = 200902 WHERE call_id = 'C2'"
        )
        #expect(try packed(harness).stale == 2)
        #expect(try await facts(harness, "2009-01").map(\.received).sorted() == ["2009-01-20T09:00:00Z"].map(Self.instant))
        #expect(try await facts(harness, "2009-02").count == 3)
        try harness.store.refreshDerivedData()
        #expect(try packed(harness).stale == 0)
        #expect(try await facts(harness, "2009-01").map(\.received).sorted() == ["2009-01-20T09:00:00Z"].map(Self.instant))
        #expect(try await facts(harness, "2009-02").count == 3)

        // Deleting every call of a month removes its packed calls when repacked.
        try write(harness, "DELETE FROM calls WHERE local_month = 200904")
        #expect(try await facts(harness, "2009-04").isEmpty)
        try harness.store.refreshDerivedData()
        #expect(try packed(harness) == ([200812, 200901, 200902], 0))
        #expect(try await facts(harness, "2009-04").isEmpty)

        // An unchanged re-import leaves every month packed; a corrected one repacks it in the same run.
        #expect(
            try harness.importText(Self.header + "\n" + Self.rows.dropLast().joined(separator: "\n") + "\n", name: "calls.csv").counts.updated == 1)
        #expect(try packed(harness).stale == 0)
        #expect(try await facts(harness, "2009-01").map(\.received).sorted() == ["2009-01-10T12:00:00Z", "2009-01-20T09:00:00Z"].map(Self.instant))
    }

    @Test("a month larger than a segment is packed in segments, by the import and by repacking alike")
    func segments() async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04", "NC05"])
        let count = PackedCalls.segmentCalls + 6_000
        let rows = (0..<count).map { index in
            let second = index % 60, minute = (index / 60) % 60, hour = (index / 3_600) % 24, day = 1 + index / 86_400
            return String(
                format: "S%05d,leicestershire,999,2009-01-%02dT%02d:%02d:%02dZ,,NC0%d,,,,,,,,", index, day, hour, minute, second, 4 + index % 2)
        }
        #expect(try harness.importText(Self.header + "\n" + rows.joined(separator: "\n") + "\n", name: "calls.csv").counts.inserted == count)
        func segmentCounts() throws -> [Int] {
            try DatabaseQueue(path: harness.databasePath).read {
                try Int.fetchAll($0, sql: "SELECT calls FROM packed_calls WHERE local_month = 200901 ORDER BY segment")
            }
        }
        #expect(try segmentCounts() == [PackedCalls.segmentCalls, 6_000])
        let packed = try await facts(harness, "2009-01").map { "\($0)" }.sorted()
        #expect(packed.count == count)
        try write(harness, "INSERT OR IGNORE INTO packed_calls_stale SELECT DISTINCT force_id, local_month FROM calls")
        #expect(try await facts(harness, "2009-01").map { "\($0)" }.sorted() == packed)
        try harness.store.refreshDerivedData()
        #expect(try segmentCounts() == [PackedCalls.segmentCalls, 6_000])
        #expect(try await facts(harness, "2009-01").map { "\($0)" }.sorted() == packed)
    }

    @Test("appointments kept months after the call was received are found, however far the import or an update set them")
    func farAppointments() async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04", "NC05"])
        #expect(try harness.importText(Self.header + "\n" + Self.rows.joined(separator: "\n") + "\n", name: "calls.csv").isClean)
        func lead() throws -> Int64? { try Self.lead(harness) }
        // C3: received 20 January 09:00, appointment 1 February 09:00.
        #expect(try lead() == 12 * 86_400_000_000)
        let far = "C7,leicestershire,101,2009-01-05T10:00:00Z,2009-01-05T10:00:03Z,NC04,,,,appointment,,,,2009-05-20T10:00:00Z"
        #expect(try harness.importText(Self.header + "\n" + far + "\n", name: "far.csv").counts.inserted == 1)
        #expect(try packed(harness).stale == 0)
        #expect(try await facts(harness, "2009-05").map(\.received) == [Self.instant("2009-01-05T10:00:00Z")])

        // An update moving C1's appointment to August raises the lead in the same transaction.
        try write(harness, "UPDATE calls SET appointment_at = received_at + 220 * 86400000000 WHERE call_id = 'C1'")
        try harness.store.refreshDerivedData()
        #expect(try lead() == 220 * 86_400_000_000)
        let august = try await facts(harness, "2009-08")
        #expect(august.map(\.received) == [Self.instant("2008-12-31T23:59:59Z")])
        try write(harness, "INSERT OR IGNORE INTO packed_calls_stale SELECT DISTINCT force_id, local_month FROM calls")
        #expect(try await facts(harness, "2009-08") == august)
    }

    @Test("a corrected call lowers the lead again, and a lead no valid call could set is read without trapping")
    func leadCured() async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04", "NC05"])
        #expect(try harness.importText(Self.header + "\n" + Self.rows.joined(separator: "\n") + "\n", name: "calls.csv").isClean)
        func lead() throws -> Int64? { try Self.lead(harness) }
        let far = "C7,leicestershire,101,2009-01-05T10:00:00Z,2009-01-05T10:00:03Z,NC04,,,,appointment,,,,2011-01-05T10:00:00Z"
        #expect(try harness.importText(Self.header + "\n" + far + "\n", name: "far.csv").counts.inserted == 1)
        #expect(try lead() == 730 * 86_400_000_000)
        // The force corrects the appointment: the lead goes back to what the calls now say (C3's twelve days).
        let corrected = far.replacingOccurrences(of: "2011-01-05T10:00:00Z", with: "2009-01-06T10:00:00Z")
        #expect(try harness.importText(Self.header + "\n" + corrected + "\n", name: "far.csv").counts.updated == 1)
        try harness.store.refreshDerivedData()
        #expect(try lead() == 12 * 86_400_000_000)
        // A lead reaching back before year 1 (as a call with an appointment in 9999 once set) is still read.
        try write(harness, "UPDATE packed_calls_lead SET lead = 9000000000000000000")
        let window = ReportWindow(period: Period("2009-01")!, zone: Self.zone, now: FixedClock.now)
        let card = try await Measurements(harness.store).reportCard(force: Self.force, window: window)
        #expect(card.promises.flatMap(\.results).contains { $0.indicator.id == "P6.answer_prompt" && $0.denominator > 0 })
    }
}
