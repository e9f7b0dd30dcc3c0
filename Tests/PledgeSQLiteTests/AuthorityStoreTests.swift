import Foundation
import PledgeCore
import PledgeImport
import PledgeOutput
import PledgeSQLite
import PledgeStore
import PledgeTestSupport
import Testing

/// What the Police Authority keeps in a real SQLite file (its monitoring plan and dip samples), the frames
/// samples are drawn from, and the Authority's quarter read from imported records: its figures must be the
/// indicator engine's own for the same windows.
@Suite("Police Authority store")
struct AuthorityStoreTests {
    static let force = ForceCatalogue.force(id: "leicestershire")!
    static let zone = ZoneRulesCache.rules(for: force.timeZone)!

    static let neighbourhoodsCSV = """
        force,neighbourhood_id,name,lpu,area_type,base,phone,email
        leicestershire,N1,Castle,City LPU,urban,Mansfield House,0116 222 2222,
        leicestershire,N2,Belgrave,City LPU,urban,Belgrave Police Station,,n2@leics.police.uk
        leicestershire,N3,Melton Rural,Melton LPU,rural,Melton Police Station,0116 333 3333,
        leicestershire,N4,Vale,Melton LPU,rural,,,
        leicestershire,N5,Rutland,,rural,Oakham Police Station,0116 444 4444,

        """

    static func harness() throws -> ImportHarness {
        let harness = try ImportHarness()
        let report = try harness.importText(neighbourhoodsCSV, name: "neighbourhoods.csv")
        try #require(report.isClean && report.counts.inserted == 5, "neighbourhoods: \(report.error ?? "") \(report.sampleRejections)")
        return harness
    }

    static func importClean(_ harness: ImportHarness, _ text: String, _ name: String) throws {
        let report = try harness.importText(text, name: name)
        #expect(report.isClean, "\(name): \(report.error ?? "") \(report.sampleRejections)")
        #expect(report.counts.inserted == text.split(separator: "\n").count - 1, "\(name)")
    }

    // MARK: - The monitoring plan

    @Test("with no plan kept the default applies; a kept plan reads back as kept and replaces the last; nil resets to the default")
    func monitoringPlan() async throws {
        let harness = try Self.harness()
        let store = harness.store
        let other = ForceCatalogue.force(id: "northamptonshire")!
        let fresh = try await store.monitoringPlan(force: Self.force)
        #expect(fresh == .leicestershireDefault)
        #expect(fresh.isDefault)

        let plan = AuthorityFixtures.plan
        try await store.keepMonitoringPlan(force: Self.force, plan: plan)
        let kept = try await store.monitoringPlan(force: Self.force)
        #expect(kept == plan)
        #expect(!kept.isDefault)
        #expect(kept.entries.map(\.mechanism.id) == ["press-cuttings", "contact-management-panel", "force-report", "dip-sample"])
        #expect(try await store.monitoringPlan(force: other) == .leicestershireDefault, "another force keeps the default")
        #expect(try harness.count("monitoring_plans") == 4)

        // A second plan replaces the first entirely.
        let second = MonitoringPlan(entries: [.init(promise: 7, mechanism: .publicMeeting, frequency: .quarterly, note: "Attend one")])
        try await store.keepMonitoringPlan(force: Self.force, plan: second)
        #expect(try await store.monitoringPlan(force: Self.force) == second)
        #expect(try harness.count("monitoring_plans") == 1)

        // A plan naming a mechanism twice for one promise is refused, and the kept plan stays.
        await #expect(throws: StoreError.self) { try await store.keepMonitoringPlan(force: Self.force, plan: AuthorityFixtures.mechanismTwice) }
        #expect(try await store.monitoringPlan(force: Self.force) == second)

        // Back to the default.
        try await store.keepMonitoringPlan(force: Self.force, plan: nil)
        #expect(try await store.monitoringPlan(force: Self.force) == .leicestershireDefault)
        #expect(try harness.count("monitoring_plans") == 0)

        // Keeping the default plan itself stores it as the Authority's own: the same entries, not the default flag.
        try await store.keepMonitoringPlan(force: Self.force, plan: .leicestershireDefault)
        let own = try await store.monitoringPlan(force: Self.force)
        #expect(own.entries == MonitoringPlan.leicestershireDefault.entries)
        #expect(!own.isDefault)
    }

    // MARK: - Dip samples

    static let drawnAt = AuthorityFixtures.drawnAt

    static func frame() -> [SampleFrameRecord] { AuthorityFixtures.frame() }

    static func sample(_ name: String, seed: UInt64, period: String = "2009-Q3", size: Int = 12, force: String = "leicestershire") -> DipSample {
        AuthorityFixtures.sample(name, seed: seed, period: period, size: size, force: force)
    }

    static func same(_ lhs: DipSample, _ rhs: DipSample) {
        #expect(lhs.name == rhs.name)
        #expect(lhs.forceID == rhs.forceID)
        #expect(lhs.kind == rhs.kind)
        #expect(lhs.period == rhs.period)
        #expect(lhs.seed == rhs.seed)
        #expect(lhs.size == rhs.size)
        #expect(lhs.drawnAt == rhs.drawnAt)
        #expect(lhs.allocations == rhs.allocations)
        #expect(lhs.items == rhs.items)
        #expect(lhs == rhs)
    }

    @Test("a dip sample reads back as kept: items, allocations, period, drawing time and a seed above Int64.max")
    func dipSampleRoundTrip() async throws {
        let harness = try Self.harness()
        let store = harness.store
        let big = Self.sample("Q3 complaints", seed: UInt64(Int64.max) + 12_345)
        #expect(big.seed > UInt64(Int64.max))
        // Reviewed before it is kept: findings (with a blank note and an unsure one) round-trip too.
        let ids = big.items.map(\.record.id)
        let reviewed = try big.applying([
            .init(recordID: ids[0], kept: true, notes: "Acknowledged, 'kept'"), .init(recordID: ids[1], kept: false, notes: nil),
            .init(recordID: ids[2], kept: nil, notes: "could not tell"),
        ]).get()
        try await store.keepDipSample(reviewed)
        let small = Self.sample("Two dates", seed: 7, period: "2009-07-01..2009-08-15", size: 5)
        try await store.keepDipSample(small)
        let maximal = Self.sample("Max seed", seed: UInt64.max, size: 40)
        try await store.keepDipSample(maximal)

        let stored = try await store.dipSamples(force: Self.force)
        #expect(stored.map(\.name) == ["Q3 complaints", "Two dates", "Max seed"], "oldest first")
        Self.same(stored[0], reviewed)
        Self.same(stored[1], small)
        Self.same(stored[2], maximal)
        #expect(stored[0].seed == UInt64(Int64.max) + 12_345)
        #expect(stored[1].period.label == "2009-07-01..2009-08-15" && stored[1].period.end == LocalDate("2009-08-16")!)
        #expect(stored[2].seed == UInt64.max)
        #expect(stored[2].items.count == 40)
        // Drawing again from the stored seed gives the stored items.
        let again = DipSample(
            name: "again", forceID: "leicestershire", kind: .complaints, period: stored[0].period, frame: Self.frame(), size: stored[0].size,
            seed: stored[0].seed, drawnAt: Self.drawnAt)
        #expect(again.items.map(\.record.id) == stored[0].items.map(\.record.id))
        #expect(try await store.dipSamples(force: ForceCatalogue.force(id: "northamptonshire")!).isEmpty)
    }

    @Test("a name the force has used is refused; another force may use it")
    func duplicateName() async throws {
        let harness = try Self.harness()
        let store = harness.store
        try await store.keepDipSample(Self.sample("Q3", seed: 1))
        await #expect(throws: StoreError.self) { try await store.keepDipSample(Self.sample("Q3", seed: 2, size: 3)) }
        let kept = try await store.dipSamples(force: Self.force)
        #expect(kept.count == 1)
        #expect(kept.first?.seed == 1)
        #expect(try harness.count("dip_sample_items") == 12)
        try await store.keepDipSample(Self.sample("Q3", seed: 2, force: "northamptonshire"))
        #expect(try await store.dipSamples(force: ForceCatalogue.force(id: "northamptonshire")!).count == 1)
        // A sample for a force that does not exist is refused.
        await #expect(throws: StoreError.self) { try await store.keepDipSample(Self.sample("X", seed: 2, force: "atlantis")) }
    }

    @Test("findings are recorded all or none: one unknown id leaves every item as it was")
    func recordFindings() async throws {
        let harness = try Self.harness()
        let store = harness.store
        let sample = Self.sample("Q3", seed: 99)
        try await store.keepDipSample(sample)
        let ids = sample.items.map(\.record.id)
        let notDrawn = try #require(Self.frame().map(\.id).first { !ids.contains($0) })

        try await store.recordFindings(
            force: Self.force, sample: "Q3",
            findings: [.init(recordID: ids[0], kept: true, notes: "ok"), .init(recordID: ids[1], kept: false, notes: nil)])
        var stored = try #require(try await store.dipSamples(force: Self.force).first)
        #expect(
            stored
                == (try sample.applying([.init(recordID: ids[0], kept: true, notes: "ok"), .init(recordID: ids[1], kept: false, notes: nil)]).get()))
        #expect(stored.results.reviewed == 2 && stored.results.kept.numerator == 1)

        // The first finding is good, the second names a record not in the sample: nothing changes.
        await #expect(throws: StoreError.self) {
            try await store.recordFindings(
                force: Self.force, sample: "Q3",
                findings: [
                    .init(recordID: ids[2], kept: true, notes: "fine"), .init(recordID: notDrawn, kept: true, notes: nil),
                    .init(recordID: ids[0], kept: false, notes: "changed"),
                ])
        }
        let after = try #require(try await store.dipSamples(force: Self.force).first)
        #expect(after == stored)
        // An unknown sample name is refused.
        await #expect(throws: StoreError.self) {
            try await store.recordFindings(force: Self.force, sample: "Q4", findings: [.init(recordID: ids[0], kept: true, notes: nil)])
        }
        // A finding can be withdrawn (nil: could not say).
        try await store.recordFindings(force: Self.force, sample: "Q3", findings: [.init(recordID: ids[0], kept: nil, notes: nil)])
        stored = try #require(try await store.dipSamples(force: Self.force).first)
        #expect(stored.results.reviewed == 1 && stored.results.kept.numerator == 0)
    }

    // MARK: - Sample frames

    @Test("the frame of each kind: its records of [from, to), with the promise and the unit of their neighbourhood")
    func sampleFrames() async throws {
        let harness = try Self.harness()
        try Self.importClean(
            harness,
            """
            complaint_id,force,neighbourhood_id,received_at,category,pledge_point
            PSD-1,leicestershire,N1,2009-07-01T00:00:00+01:00,Incivility,1
            PSD-2,leicestershire,N3,2009-08-10T10:00:00Z,Neglect or failure in duty,
            PSD-3,leicestershire,,2009-08-11T10:00:00Z,Other,4
            PSD-4,leicestershire,N5,2009-09-30T22:59:59Z,Incivility,9
            PSD-5,leicestershire,N2,2009-09-30T23:00:00Z,Incivility,1
            PSD-6,leicestershire,N2,2009-06-30T22:59:59Z,Incivility,1

            """, "complaints.csv")
        try Self.importClean(
            harness,
            """
            report_id,force,neighbourhood_id,received_at
            DS-1,leicestershire,N4,2009-07-02T10:00:00Z
            DS-2,leicestershire,,2009-07-03T10:00:00Z
            DS-3,leicestershire,N1,2009-10-03T10:00:00Z

            """, "dissatisfaction.csv")
        try Self.importClean(
            harness,
            """
            crime_ref,victim_ref,force,neighbourhood_id,reported_at
            CR-1,V1,leicestershire,N2,2009-07-04T10:00:00Z
            CR-1,V2,leicestershire,N3,2009-07-04T10:00:00Z
            CR-2,V1,leicestershire,,2009-09-01T10:00:00Z
            CR-3,V1,leicestershire,N1,2009-05-01T10:00:00Z

            """, "victims.csv")
        let store = harness.store
        // 2009-Q3: 1 July 00:00 BST (30 June 23:00 UTC) to 1 October 00:00 BST (30 September 23:00 UTC).
        let from = Instant(microseconds: utcMicroseconds("2009-06-30T23:00:00Z"))
        let to = Instant(microseconds: utcMicroseconds("2009-09-30T23:00:00Z"))
        func line(_ record: SampleFrameRecord) -> String {
            "\(record.id) \(record.promise.map(String.init) ?? "-") \(record.unit ?? "-") \(record.at.microseconds)"
        }
        let complaints = try await store.sampleFrame(force: Self.force, kind: .complaints, from: from, to: to).map(line).sorted()
        #expect(
            complaints == [
                "PSD-1 1 City LPU \(utcMicroseconds("2009-06-30T23:00:00Z"))", "PSD-2 - Melton LPU \(utcMicroseconds("2009-08-10T10:00:00Z"))",
                "PSD-3 4 - \(utcMicroseconds("2009-08-11T10:00:00Z"))", "PSD-4 9 - \(utcMicroseconds("2009-09-30T22:59:59Z"))",
            ])
        let reports = try await store.sampleFrame(force: Self.force, kind: .dissatisfaction, from: from, to: to).map(line).sorted()
        #expect(
            reports == [
                "DS-1 10 Melton LPU \(utcMicroseconds("2009-07-02T10:00:00Z"))", "DS-2 10 - \(utcMicroseconds("2009-07-03T10:00:00Z"))",
            ])
        let victims = try await store.sampleFrame(force: Self.force, kind: .victims, from: from, to: to).map(line).sorted()
        #expect(
            victims == [
                "CR-1/V1 9 City LPU \(utcMicroseconds("2009-07-04T10:00:00Z"))", "CR-1/V2 9 Melton LPU \(utcMicroseconds("2009-07-04T10:00:00Z"))",
                "CR-2/V1 9 - \(utcMicroseconds("2009-09-01T10:00:00Z"))",
            ])
        #expect(try await store.sampleFrame(force: ForceCatalogue.force(id: "northamptonshire")!, kind: .complaints, from: from, to: to).isEmpty)

        // Drawn through the store: kept, and every record of the small frame taken.
        let window = ReportWindow(period: Period("2009-Q3")!, zone: Self.zone, now: FixedClock.now)
        let drawn = try await Measurements(store).drawDipSample(
            name: "victims Q3", force: Self.force, kind: .victims, window: window, size: 10, seed: 5, drawnAt: FixedClock.now)
        #expect(drawn.items.map(\.record.id).sorted() == ["CR-1/V1", "CR-1/V2", "CR-2/V1"])
        #expect(try await store.dipSamples(force: Self.force) == [drawn])
    }

    // MARK: - The Authority's quarter against the engine

    /// Records over nearly three years (April 2007 to 20 December 2009, so that last year's baseline months have
    /// records too), as CSV files, from a seeded stream, and the
    /// calls as the test also reads them.
    struct Records {
        var files: [(name: String, text: String)] = []
        /// Every 999 call: received and answered (microseconds), and its neighbourhood.
        var emergencyCalls: [(received: Int64, answered: Int64?, neighbourhood: String?)] = []
    }

    /// SplitMix64: the test's own stream of numbers.
    struct Dice {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    }

    /// `2009-03-29T01:30:00Z` for seconds since the epoch.
    static func iso(_ seconds: Int64) -> String {
        let day = LocalDate(daysSinceEpoch: seconds / 86_400)
        let second = seconds % 86_400
        return "\(day)T\(String(format: "%02d:%02d:%02d", second / 3_600, second / 60 % 60, second % 60))Z"
    }

    static func date(_ seconds: Int64) -> String { LocalDate(daysSinceEpoch: seconds / 86_400).description }

    static func generate() -> Records {
        var dice = Dice(state: 2009)
        var records = Records()
        let first = utcMicroseconds("2007-04-01T00:00:00Z") / 1_000_000
        let last = utcMicroseconds("2009-12-20T00:00:00Z") / 1_000_000
        // Nothing later than this (the importer refuses instants more than a day after its clock, 2010-01-01).
        let limit = utcMicroseconds("2009-12-30T00:00:00Z") / 1_000_000
        let days = Int((last - first) / 86_400)
        let neighbourhoods = ["N1", "N2", "N3", "N4", "N5"]
        func later(_ from: Int64, _ seconds: ClosedRange<Int>) -> Int64? {
            let at = from + Int64(dice.int(seconds))
            return at <= limit ? at : nil
        }
        func text(_ seconds: Int64?) -> String { seconds.map(iso) ?? "" }
        func flag(_ percent: Int) -> String { dice.chance(10) ? "" : (dice.chance(percent) ? "true" : "false") }

        var calls = [Fixtures.callsHeader]
        var messages = ["message_id,force,neighbourhood_id,channel,received_at,responded_at,escalated_at"]
        var dissatisfaction = ["report_id,force,neighbourhood_id,received_at,acknowledged_at,discussed_at,callback_consent"]
        var victims = ["crime_ref,victim_ref,force,neighbourhood_id,reported_at,contact_agreed,interval_days,agreed_until,closed_at"]
        var victimUpdates = ["update_id,force,crime_ref,victim_ref,updated_at"]
        var surveys = ["response_id,force,neighbourhood_id,survey,responded_on,question,answer,group"]
        var complaints = ["complaint_id,force,neighbourhood_id,received_at,category,pledge_point"]
        var checks = ["check_id,force,neighbourhood_id,pledge_point,method,made_at,outcome"]
        var duty = ["force,officer_id,neighbourhood_id,date,hours_on_duty,hours_visible,hours_abstracted"]
        for day in 0..<days {
            let start = first + Int64(day) * 86_400
            for _ in 0..<4 {
                let received = start + Int64(dice.int(0...86_399))
                let is999 = dice.chance(35)
                let neighbourhood = dice.chance(6) ? "" : dice.pick(neighbourhoods)
                let answered: Int64? = dice.chance(6) ? nil : received + Int64(dice.int(1...(is999 ? 40 : 90)))
                let areaType = dice.chance(85) ? "" : dice.pick(["urban", "rural"])
                var (response, vulnerable, priority, eta) = ("", "", "", "")
                var (deployed, arrived, appointment): (Int64?, Int64?, Int64?) = (nil, nil, nil)
                if let answered {
                    response =
                        is999 ? (dice.chance(80) ? "emergency" : "priority") : dice.pick(["priority", "appointment", "advice", "advice", "none"])
                    if response == "emergency" || response == "priority" {
                        deployed = dice.chance(10) ? nil : later(answered, 30...600)
                        arrived = deployed.flatMap { dice.chance(10) ? nil : later($0, 120...4_000) }
                        eta = flag(85)
                    }
                    if response == "priority" {
                        vulnerable = flag(40)
                        priority = flag(30)
                    }
                    if response == "appointment" {
                        appointment = later(received, 3_600...216_000)
                        arrived = appointment.flatMap { dice.chance(15) ? nil : later($0 - 600, 0...3_600) }
                    }
                }
                let id = "C\(calls.count)"
                calls.append(
                    "\(id),leicestershire,\(is999 ? "999" : "101"),\(iso(received)),\(text(answered)),\(neighbourhood),\(areaType),\(vulnerable),\(priority),\(response),\(eta),\(text(deployed)),\(text(arrived)),\(text(appointment))"
                )
                if is999 {
                    records.emergencyCalls.append(
                        (received * 1_000_000, answered.map { $0 * 1_000_000 }, neighbourhood.isEmpty ? nil : neighbourhood))
                }
            }
            for _ in 0..<dice.int(1...2) {
                let received = start + Int64(dice.int(0...86_399))
                let responded = dice.chance(10) ? nil : later(received, 600...144_000)
                var escalated: Int64? = nil
                if (responded.map { $0 - received > 57_600 } ?? true) && dice.chance(70) {
                    escalated = later(received, 28_800...64_800).flatMap { at in responded.map { at < $0 } ?? true ? at : nil }
                }
                messages.append(
                    "M\(messages.count),leicestershire,\(dice.pick(neighbourhoods)),\(dice.pick(["phone", "email", "web"])),\(iso(received)),\(text(responded)),\(text(escalated))"
                )
            }
            if dice.chance(40) {
                let received = start + Int64(dice.int(0...86_399))
                let acknowledged = dice.chance(10) ? nil : later(received, 3_600...144_000)
                let discussed = dice.chance(30) ? nil : later(received, 86_400...1_728_000)
                dissatisfaction.append(
                    "DS\(dissatisfaction.count),leicestershire,\(dice.chance(20) ? "" : dice.pick(neighbourhoods)),\(iso(received)),\(text(acknowledged)),\(text(discussed)),\(flag(60))"
                )
            }
            if dice.chance(50) {
                let reported = start + Int64(dice.int(0...86_399))
                let crime = "CR\(victims.count)"
                let closed = dice.chance(30) ? later(reported, 864_000...17_280_000) : nil
                let until = dice.chance(20) ? later(reported, 2_592_000...10_368_000).map(date) : nil
                victims.append(
                    "\(crime),V1,leicestershire,\(dice.chance(10) ? "" : dice.pick(neighbourhoods)),\(iso(reported)),\(flag(80)),\(dice.pick(["", "", "7", "14", "31", "0"])),\(until ?? ""),\(text(closed))"
                )
                var previous = reported
                for index in 0..<8 {
                    guard let next = later(previous, 259_200...3_456_000), next <= (closed ?? limit) else { break }
                    victimUpdates.append("VU-\(crime)-\(index),leicestershire,\(crime),V1,\(iso(next))")
                    previous = next
                }
            }
            if dice.chance(60) {
                let response = "S\(surveys.count)"
                let survey = dice.chance(70) ? "user-satisfaction" : dice.pick(["council-tax", "community", "youth"])
                let group = dice.pick(["16-24", "25-64", "65+", ""])
                let neighbourhood = dice.chance(10) ? "" : dice.pick(neighbourhoods)
                for question in ["treated_with_respect", "knows_how_to_contact_team"] {
                    surveys.append(
                        "\(response),leicestershire,\(neighbourhood),\(survey),\(date(start)),\(question),\(dice.pick(["yes", "no", "1", "2", "3", "4", "5", "yes", "5"])),\(group)"
                    )
                }
            }
            if dice.chance(25) {
                let received = start + Int64(dice.int(0...86_399))
                complaints.append(
                    "PSD\(complaints.count),leicestershire,\(dice.chance(15) ? "" : dice.pick(neighbourhoods)),\(iso(received)),\(dice.pick(["Incivility", "Neglect or failure in duty", "Other"])),\(dice.chance(30) ? "" : String(dice.int(1...10)))"
                )
            }
            if dice.chance(10) {
                checks.append(
                    "RC\(checks.count),leicestershire,\(dice.pick(neighbourhoods)),\(dice.int(1...10)),email,\(iso(start + Int64(dice.int(0...86_399)))),\(dice.pick(["met", "met", "partly", "not-met"]))"
                )
            }
            if day % 2 == 0 {
                for (index, neighbourhood) in neighbourhoods.enumerated() {
                    // In tenths of an hour, so that visible and abstracted add up to at most 7.9 hours of 8.
                    let visible = dice.int(30...75)
                    let abstracted = dice.int(0...(79 - visible))
                    duty.append(
                        "leicestershire,O\(index + 1)A,\(neighbourhood),\(date(start)),8.0,\(visible / 10).\(visible % 10),\(abstracted / 10).\(abstracted % 10)"
                    )
                }
            }
        }
        var team = ["force,neighbourhood_id,officer_id,name,rank,started_on,ended_on"]
        var engagements = ["engagement_id,force,neighbourhood_id,kind,starts_at,priorities_agreed,attendees"]
        var updates = [
            "update_id,force,neighbourhood_id,month,published_on,has_crime_map,has_justice_outcomes,has_partner_action,has_force_performance"
        ]
        for (index, neighbourhood) in neighbourhoods.enumerated() {
            let n = index + 1
            if neighbourhood != "N5" { team.append("leicestershire,\(neighbourhood),O\(n)A,Officer \(n)A,PC,2006-01-01,") }
            team.append("leicestershire,\(neighbourhood),O\(n)B,Officer \(n)B,PCSO,2007-06-\(10 + n),2008-0\(n + 3)-15")
            team.append("leicestershire,\(neighbourhood),O\(n)C,Officer \(n)C,PCSO,2008-09-01,2009-0\(n + 3)-20")
            if n % 2 == 0 { team.append("leicestershire,\(neighbourhood),O\(n)D,Officer \(n)D,Sergeant,2009-02-01,") }
            var month = YearMonth(year: 2007, month: 4)!
            while month <= YearMonth(year: 2009, month: 12)! {
                let monthStart = utcMicroseconds("\(month.firstDay)T00:00:00Z") / 1_000_000
                if dice.chance(85), let at = later(monthStart, 0...(24 * 86_400)) {
                    engagements.append(
                        "EN-\(neighbourhood)-\(month),leicestershire,\(neighbourhood),public-meeting,\(iso(at)),\(flag(80)),\(dice.int(0...40))")
                }
                let nextStart = utcMicroseconds("\(month.next.firstDay)T00:00:00Z") / 1_000_000
                if dice.chance(90), let published = later(nextStart, 0...(45 * 86_400)) {
                    let has = (0..<4).map { _ in dice.chance(85) ? "true" : "false" }.joined(separator: ",")
                    updates.append("UP-\(neighbourhood)-\(month),leicestershire,\(neighbourhood),\(month),\(date(published)),\(has)")
                }
                month = month.next
            }
        }
        let actions = """
            action_id,force,owner,pledge_point,indicator,kind,mechanism,opened_on,due_on,closed_on,summary
            F-1,leicestershire,force,5,P5.answer_10s,improvement,,2009-07-01,2009-09-30,,More call handlers at night
            F-2,leicestershire,force,4,P4.response_24h,improvement,,2008-07-01,2008-12-31,2009-01-20,Messages rota
            PA-1,leicestershire,authority,,,monitoring,Contact Management Panel,2009-07-01,2009-09-30,2009-08-12,Panel on 999 and 101 calls
            PA-2,leicestershire,authority,2,,monitoring,force report,2009-04-01,2009-06-30,2009-06-30,Force report to the June meeting
            PA-3,leicestershire,authority,,,monitoring,complaints analysis,2008-07-01,2008-09-30,2008-08-01,PSC complaints analysis
            PA-4,leicestershire,authority,9,,monitoring,dip sample,2009-07-01,2009-09-01,,Dip sample of victims

            """
        records.files =
            [
                ("team.csv", team), ("calls.csv", calls), ("messages.csv", messages), ("dissatisfaction.csv", dissatisfaction),
                ("victims.csv", victims), ("victim_updates.csv", victimUpdates), ("surveys.csv", surveys), ("complaints.csv", complaints),
                ("reality_checks.csv", checks), ("duty.csv", duty), ("engagements.csv", engagements), ("updates.csv", updates),
            ].map { ($0.0, $0.1.joined(separator: "\n") + "\n") } + [("actions.csv", actions)]
        return records
    }

    /// `id area` → `numerator/denominator` of every result.
    static func figures(_ results: [IndicatorResult]) -> [String: String] {
        Dictionary(
            results.map { ("\($0.indicator.id) \($0.area)", "\($0.numerator)/\($0.denominator)") }, uniquingKeysWith: { first, _ in "\(first) twice" }
        )
    }

    /// The control chart's centre line of every result.
    static func centres(_ results: [IndicatorResult]) -> [String: String] {
        Dictionary(
            results.map { ("\($0.indicator.id) \($0.area)", $0.centre.map { "\($0)" } ?? "none") }, uniquingKeysWith: { first, _ in "\(first) twice" }
        )
    }

    /// The monthly series `month n/d …` of every result.
    static func series(_ results: [IndicatorResult]) -> [String: String] {
        Dictionary(
            results.map { result in
                (
                    "\(result.indicator.id) \(result.area)",
                    result.series.map { "\($0.month) \($0.numerator)/\($0.denominator)" }.joined(separator: " ")
                )
            }, uniquingKeysWith: { first, _ in "\(first) twice" })
    }

    /// P5.answer_10s worked from the generated calls, not by the engine: 999 calls received in `[from, to)`
    /// (UTC text), answered within 10 s, for the force or the neighbourhoods given.
    static func answered10s(_ records: Records, from: String, to: String, in neighbourhoods: Set<String>? = nil) -> String {
        let (start, end) = (utcMicroseconds(from), utcMicroseconds(to))
        let calls = records.emergencyCalls.filter { call in
            call.received >= start && call.received < end && (neighbourhoods.map { set in call.neighbourhood.map(set.contains) ?? false } ?? true)
        }
        let within = calls.filter { call in call.answered.map { $0 - call.received <= 10_000_000 } ?? false }
        return "\(Double(within.count))/\(Double(calls.count))"
    }

    static func compare(_ quarter: AuthorityQuarter, quarterFigures: ReportFigures, lastYearFigures: ReportFigures, trendFigures: ReportFigures) {
        let label = quarter.window.period.label
        // Every result of the quarter, last year and the trend, for every area, is the engine's own.
        #expect(Self.figures(quarter.quarter) == Self.figures(quarterFigures.results), "\(label): quarter")
        #expect(Self.figures(quarter.lastYear) == Self.figures(lastYearFigures.results), "\(label): last year")
        #expect(Self.figures(quarter.trend) == Self.figures(trendFigures.results), "\(label): trend")
        #expect(Self.series(quarter.quarter) == Self.series(quarterFigures.results), "\(label): quarter's months")
        #expect(Self.series(quarter.lastYear) == Self.series(lastYearFigures.results), "\(label): last year's months")
        #expect(Self.centres(quarter.quarter) == Self.centres(quarterFigures.results), "\(label): quarter's centre lines")
        #expect(Self.centres(quarter.lastYear) == Self.centres(lastYearFigures.results), "\(label): last year's centre lines")
        // And so is each line of the reports, for the force and each unit.
        let expectedNow = Self.figures(quarterFigures.results)
        let expectedBefore = Self.figures(lastYearFigures.results)
        #expect(quarter.units == ["City LPU", "Melton LPU"])
        for area in [Area.force, .unit("City LPU"), .unit("Melton LPU")] {
            let report = quarter.report(area)
            #expect(report.area == area)
            let lines = report.sections.flatMap(\.lines)
            #expect(lines.map(\.indicator.id).sorted() == IndicatorCatalogue.all.map(\.id).sorted(), "\(label) \(area)")
            for line in lines {
                let key = "\(line.indicator.id) \(area)"
                #expect(line.quarter.map { "\($0.numerator)/\($0.denominator)" } == expectedNow[key], "\(label) \(key)")
                #expect(line.lastYear.map { "\($0.numerator)/\($0.denominator)" } == expectedBefore[key], "\(label) \(key) last year")
                #expect(line.quarter.map { $0.area == area } ?? true)
            }
        }
    }

    @Test("the Authority's quarter: each line's figures for the force and each unit are the engine's for the quarter, a year earlier and the trend")
    func authorityQuarterMatchesEngine() async throws {
        let harness = try Self.harness()
        let records = Self.generate()
        for (name, text) in records.files { try Self.importClean(harness, text, name) }
        let store = harness.store

        // Before the derived data is refreshed (calls read row by row, or packed by the import) and after.
        for refreshed in [false, true] {
            if refreshed { try store.refreshDerivedData() }
            for (label, now) in [
                ("2009-Q3", FixedClock.now), ("2009-Q2", FixedClock.now), ("2009-Q1", FixedClock.now),
                // A quarter in progress: as of now, and last year's quarter whole.
                ("2009-Q4", Instant(microseconds: utcMicroseconds("2009-11-20T12:00:00Z"))),
            ] {
                let period = Period(label)!
                let quarter = try await Measurements(store).authorityQuarter(force: Self.force, quarter: period, now: now)
                #expect(quarter.window.period == period)
                #expect(quarter.lastYearWindow.period.label == "\(Int(label.prefix(4))! - 1)\(label.dropFirst(4))")
                let quarterFigures = try await Measurements(store).reportFigures(
                    force: Self.force, window: ReportWindow(period: period, zone: Self.zone, now: now))
                let lastYearFigures = try await Measurements(store).reportFigures(
                    force: Self.force, window: ReportWindow(period: period.yearEarlier, zone: Self.zone, now: now))
                let trendFigures = try await Measurements(store).reportFigures(force: Self.force, window: quarter.trendWindow)
                #expect(quarter.window.asOf == ReportWindow(period: period, zone: Self.zone, now: now).asOf)
                Self.compare(quarter, quarterFigures: quarterFigures, lastYearFigures: lastYearFigures, trendFigures: trendFigures)
            }
            // As of a day inside the quarter, given outright: the quarter and the trend as of then, last year whole.
            let asOf = Instant(microseconds: utcMicroseconds("2009-08-15T12:00:00Z"))
            let period = Period("2009-Q3")!
            let quarter = try await Measurements(store).authorityQuarter(force: Self.force, quarter: period, now: FixedClock.now, asOf: asOf)
            #expect(quarter.window.asOf == asOf && quarter.trendWindow.asOf == asOf)
            #expect(quarter.lastYearWindow.asOf == Instant(microseconds: utcMicroseconds("2008-09-30T23:00:00Z")))
            let quarterFigures = try await Measurements(store).reportFigures(
                force: Self.force, window: ReportWindow(period: period, zone: Self.zone, now: FixedClock.now, asOf: asOf))
            let lastYearFigures = try await Measurements(store).reportFigures(
                force: Self.force, window: ReportWindow(period: Period("2008-Q3")!, zone: Self.zone, now: FixedClock.now))
            let trendFigures = try await Measurements(store).reportFigures(force: Self.force, window: quarter.trendWindow)
            Self.compare(quarter, quarterFigures: quarterFigures, lastYearFigures: lastYearFigures, trendFigures: trendFigures)
        }

        // The figures are about the records: enough of them behind most indicators at force level…
        let quarter = try await Measurements(store).authorityQuarter(force: Self.force, quarter: Period("2009-Q3")!, now: FixedClock.now)
        let forceLevel = quarter.quarter.filter { $0.area == .force }
        let empty = forceLevel.filter { $0.denominator == 0 }.map(\.indicator.id)
        #expect(empty.allSatisfy { $0.hasSuffix(".reality_checks") }, "indicators with nothing behind them: \(empty)")
        #expect(forceLevel.filter { $0.denominator > 0 && $0.numerator < $0.denominator }.count > 15, "a mix of met and unmet")
        // …and, for one of them, the same counts worked from the generated calls: 2009-Q3 is 30 June 23:00 UTC
        // to 30 September 23:00 UTC; 2008-Q3 likewise.
        func counts(_ results: [IndicatorResult], _ area: Area) -> String? {
            results.first { $0.indicator.id == "P5.answer_10s" && $0.area == area }.map { "\($0.numerator)/\($0.denominator)" }
        }
        #expect(counts(quarter.quarter, .force) == Self.answered10s(records, from: "2009-06-30T23:00:00Z", to: "2009-09-30T23:00:00Z"))
        #expect(
            counts(quarter.quarter, .unit("City LPU"))
                == Self.answered10s(records, from: "2009-06-30T23:00:00Z", to: "2009-09-30T23:00:00Z", in: ["N1", "N2"]))
        #expect(counts(quarter.lastYear, .force) == Self.answered10s(records, from: "2008-06-30T23:00:00Z", to: "2008-09-30T23:00:00Z"))
        #expect(
            counts(quarter.lastYear, .unit("Melton LPU"))
                == Self.answered10s(records, from: "2008-06-30T23:00:00Z", to: "2008-09-30T23:00:00Z", in: ["N3", "N4"]))

        // The plan view is the quarter's, from the actions imported: the panel met on 12 August for promises 5 and 6.
        #expect(quarter.plan.quarters.map(\.label) == ["2009-Q3"])
        let section5 = try #require(quarter.report(.force).sections.first { $0.promise == 5 })
        #expect(section5.monitoring?.runs.map(\.id) == ["PA-1"])
        #expect(quarter.plan.overdueActions.map(\.id) == ["PA-4"])
        // The force's improvement action against P5.answer_10s is on its line.
        let line = try #require(section5.lines.first { $0.indicator.id == "P5.answer_10s" })
        #expect(line.actions.map(\.action.id) == ["F-1"])

        // The report as JSON carries the same figures.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(quarter.report(.force).jsonBytes())) as? [String: Any])
        let promises = try #require(json["promises"] as? [[String: Any]])
        #expect(promises.compactMap { $0["promise"] as? Int } == Array(1...10))
        let indicators = try #require(promises[4]["indicators"] as? [[String: Any]])
        let answer = try #require(indicators.first { $0["id"] as? String == "P5.answer_10s" })
        let now = try #require(answer["quarter"] as? [String: Any])
        let before = try #require(answer["last_year"] as? [String: Any])
        #expect(
            "\((now["numerator"] as? NSNumber)?.doubleValue ?? -1)/\((now["denominator"] as? NSNumber)?.doubleValue ?? -1)"
                == counts(quarter.quarter, .force))
        #expect(
            "\((before["numerator"] as? NSNumber)?.doubleValue ?? -1)/\((before["denominator"] as? NSNumber)?.doubleValue ?? -1)"
                == counts(quarter.lastYear, .force))
        let monitoring = try #require(promises[4]["monitoring"] as? [String: Any])
        #expect((monitoring["runs"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["PA-1"])
        #expect((monitoring["unmonitored"] as? Bool) == false)
        let periods = try #require(json["periods"] as? [String: [String: Any]])
        #expect(periods["quarter"]?["label"] as? String == "2009-Q3")
        #expect(periods["last_year"]?["label"] as? String == "2008-Q3")
        #expect(periods["last_year"]?["start"] as? String == "2008-07-01")
    }

    @Test("the Authority's quarter uses the kept plan and the force's dip samples")
    func authorityQuarterPlanAndSamples() async throws {
        let harness = try Self.harness()
        let store = harness.store
        let plan = MonitoringPlan(entries: [.init(promise: 5, mechanism: .contactManagementPanel, frequency: .monthly)])
        try await store.keepMonitoringPlan(force: Self.force, plan: plan)
        let q3 = Self.sample("Q3 complaints", seed: 3)
        let q1 = Self.sample("Q1 complaints", seed: 4, period: "2009-Q1")
        try await store.keepDipSample(q3)
        try await store.keepDipSample(q1)
        let quarter = try await Measurements(store).authorityQuarter(force: Self.force, quarter: Period("2009-Q3")!, now: FixedClock.now)
        #expect(quarter.plan.plan == plan)
        #expect(quarter.samples.map(\.name) == ["Q3 complaints", "Q1 complaints"])
        // The report shows the samples whose period overlaps the quarter.
        #expect(quarter.report(.force).samples.map(\.name) == ["Q3 complaints"])
        #expect(quarter.report(.unit("City LPU")).samples.map(\.name) == ["Q3 complaints"])
        // As JSON: the seed as text (it may not fit a signed 64-bit number), and the findings so far.
        let ids = q3.items.map(\.record.id)
        try await store.recordFindings(
            force: Self.force, sample: "Q3 complaints",
            findings: [
                .init(recordID: ids[0], kept: true, notes: nil), .init(recordID: ids[1], kept: false, notes: nil),
                .init(recordID: ids[2], kept: true, notes: nil),
            ])
        let reviewed = try await Measurements(store).authorityQuarter(force: Self.force, quarter: Period("2009-Q3")!, now: FixedClock.now)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(reviewed.report(.force).jsonBytes())) as? [String: Any])
        let samples = try #require(json["dip_samples"] as? [[String: Any]])
        #expect(samples.count == 1)
        #expect(samples.first?["seed"] as? String == "\(q3.seed)")
        #expect(samples.first?["sampled"] as? Int == 12)
        #expect(samples.first?["reviewed"] as? Int == 3)
        #expect(samples.first?["kept"] as? Int == 2)
        #expect(samples.first?["awaiting_review"] as? Int == 9)
        let interval = try #require(Proportion(2, of: 3).wilsonInterval())
        #expect(abs(((samples.first?["interval_lower"] as? NSNumber)?.doubleValue ?? -1) - interval.lower) < 1e-12)
        #expect(abs(((samples.first?["interval_upper"] as? NSNumber)?.doubleValue ?? -1) - interval.upper) < 1e-12)
        // Written in the shortest form that reads back as the same Double (Foundation's reader rounds the last digit).
        let text = String(decoding: reviewed.report(.force).jsonBytes(), as: UTF8.self)
        #expect(text.contains("\"interval_lower\":\(interval.lower)"))
    }

    @Test("a big seed's sample in the quarter's JSON keeps its seed")
    func bigSeedInJSON() async throws {
        let harness = try Self.harness()
        let big = Self.sample("big", seed: UInt64.max - 1)
        try await harness.store.keepDipSample(big)
        let quarter = try await Measurements(harness.store).authorityQuarter(force: Self.force, quarter: Period("2009-Q3")!, now: FixedClock.now)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(quarter.report(.force).jsonBytes())) as? [String: Any])
        #expect((json["dip_samples"] as? [[String: Any]])?.first?["seed"] as? String == "18446744073709551614")
    }

    /// `AuthorityStore.keepMonitoringPlan`: a plan with no entries goes back to the default, as nil does.
    @Test("a kept plan with no entries goes back to the default plan")
    func emptyPlan() async throws {
        let harness = try Self.harness()
        try await harness.store.keepMonitoringPlan(
            force: Self.force, plan: MonitoringPlan(entries: [.init(promise: 1, mechanism: .questionnaire, frequency: .yearly)]))
        try await harness.store.keepMonitoringPlan(force: Self.force, plan: MonitoringPlan(entries: []))
        let plan = try await harness.store.monitoringPlan(force: Self.force)
        #expect(plan == .leicestershireDefault)
        #expect(plan.isDefault)
    }
}
