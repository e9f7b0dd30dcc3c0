import Foundation
import PledgeCore
import PledgeGenerate
import PledgeTestSupport
import Testing

/// The leicestershire-2008 profile tells the story of HMIC's 2009 report: measured straight from the
/// generated files (not through Pledgewatch's store), the shares land within a stated tolerance.
@Suite("leicestershire-2008 calibration")
struct CalibrationTests {
    static let run = SharedFixture { try GeneratedFiles(period: "2008/09", scale: 0.25) }

    /// Tolerance: about four standard errors at the sample sizes of a quarter-scale year.
    @Test("999 calls answered within 10 seconds: 94%, ±1 point")
    func answering() async throws {
        let run = try await Self.run.value
        let calls = try run.rows("leicestershire-calls.csv").filter { $0["line"] == "999" }
        let within = share(calls) { row in
            guard let received = instant(row["received_at"]), let answered = instant(row["answered_at"]) else { return false }
            return answered.microseconds(since: received) <= 10_000_000
        }
        #expect(calls.count > 30_000)
        #expect(abs(within - run.manifest.targets["leicestershire"]!.answer999Within10s) < 0.01, "measured \(within)")
    }

    @Test("emergencies reached: 80% within 15 minutes in towns, 81% within 20 minutes in the country, ±2 points")
    func attendance() async throws {
        let run = try await Self.run.value
        let areas = Dictionary(
            uniqueKeysWithValues: try run.rows("leicestershire-neighbourhoods.csv").map { ($0["neighbourhood_id"]!, $0["area_type"]!) })
        let emergencies = try run.rows("leicestershire-calls.csv").filter { $0["response"] == "emergency" && !($0["arrived_at"] ?? "").isEmpty }
        for (area, limit, expected) in [("urban", Int64(900_000_000), 0.80), ("rural", Int64(1_200_000_000), 0.81)] {
            let here = emergencies.filter { areas[$0["neighbourhood_id"] ?? ""] == area }
            let within = share(here) { instant($0["arrived_at"])!.microseconds(since: instant($0["received_at"])!) <= limit }
            #expect(abs(within - expected) < 0.02, "\(area): measured \(within) of \(here.count)")
        }
        let eta = share(emergencies) { $0["eta_given"] == "true" }
        #expect(eta < 0.06, "emergency callers were not given an ETA: \(eta)")
    }

    @Test("team time visible: about 95%; respect: about 92%; messages answered in 24 h; callbacks never recorded")
    func otherPromises() async throws {
        let run = try await Self.run.value
        let duty = try run.rows("leicestershire-duty.csv")
        func visible(_ days: [[String: String]]) -> Double {
            days.map { Double($0["hours_visible"]!)! }.reduce(0, +) / days.map { Double($0["hours_on_duty"]!)! }.reduce(0, +)
        }
        let december = duty.filter { $0["date"]!.hasPrefix("2008-12") }
        #expect(abs(visible(duty.filter { !$0["date"]!.hasPrefix("2008-12") }) - 0.95) < 0.01, "visible outside December")
        #expect(abs(visible(december) - 0.78) < 0.02, "December's dip: \(visible(december))")
        let respect = try run.rows("leicestershire-surveys.csv").filter { $0["question"] == "treated_with_respect" }
        let positive = share(respect) { ["yes", "4", "5"].contains($0["answer"]!) }
        #expect(abs(positive - 0.925) < 0.025, "respect \(positive) of \(respect.count)")
        let messages = try run.rows("leicestershire-messages.csv")
        let answered = share(messages) { row in
            guard let r = instant(row["responded_at"]) else { return false }
            return r.microseconds(since: instant(row["received_at"])!) <= 86_400_000_000
        }
        #expect(abs(answered - 0.97) < 0.015, "messages \(answered)")
        let late = messages.filter { row in
            guard let r = instant(row["responded_at"]) else { return true }
            return r.microseconds(since: instant(row["received_at"])!) > 16 * 3_600_000_000
        }
        #expect(share(late) { !($0["escalated_at"] ?? "").isEmpty } > 0.9, "unanswered messages are passed on at 16 hours")
        let dissatisfied = try run.rows("leicestershire-dissatisfaction.csv")
        #expect(dissatisfied.allSatisfy { ($0["callback_consent"] ?? "").isEmpty })
        let victims = try run.rows("leicestershire-victims.csv")
        #expect(share(victims) { $0["contact_agreed"] == "true" } < 0.2, "victims' wishes rarely recorded")
    }

    @Test("a year of calls: about 150,000 on 999 and twice as many on 101, with a summer peak")
    func volumes() async throws {
        let calls = try GeneratedFiles(period: "2008/09", scale: 0.1).rows("leicestershire-calls.csv")
        let emergency = calls.filter { $0["line"] == "999" }.count
        #expect(abs(Double(emergency) - 15_000) < 600)
        #expect(abs(Double(calls.count - emergency) / Double(emergency) - 2) < 0.1)
        let july = calls.filter { $0["received_at"]!.hasPrefix("2008-07") }.count
        let february = calls.filter { $0["received_at"]!.hasPrefix("2009-02") }.count
        #expect(Double(july) / 31 > 1.15 * Double(february) / 28, "summer peak: July \(july), February \(february)")
    }
}

@Suite("leicestershire-2008 realism")
struct RealismTests {
    @Test("calls straddle both clock changes: received before the change, answered after it")
    func straddling() async throws {
        let run = try GeneratedFiles(period: "2008/09", scale: 0.02)
        let calls = try run.rows("leicestershire-calls.csv")
        for change in ["2008-10-26T01:00:00Z", "2009-03-29T01:00:00Z"] {
            let moment = instant(change)!
            let straddling = calls.filter { row in
                guard let received = instant(row["received_at"]), let answered = instant(row["answered_at"]) else { return false }
                return received < moment && answered >= moment
            }
            #expect(!straddling.isEmpty, "no call straddles \(change)")
        }
    }

    @Test("abandoned calls, officers leaving and joining, victims who want no updates, blank optional fields")
    func awkwardButReal() async throws {
        let run = try GeneratedFiles(period: "2008/09", scale: 0.02)
        let calls = try run.rows("leicestershire-calls.csv")
        #expect(calls.contains { ($0["answered_at"] ?? "").isEmpty }, "abandoned calls")
        #expect(calls.contains { ($0["neighbourhood_id"] ?? "").isEmpty }, "calls with no neighbourhood")
        let team = try run.rows("leicestershire-team.csv")
        let leavers = team.filter { !($0["ended_on"] ?? "").isEmpty }
        #expect(!leavers.isEmpty)
        #expect(
            leavers.allSatisfy { leaver in
                team.contains {
                    $0["neighbourhood_id"] == leaver["neighbourhood_id"]
                        && $0["started_on"] == LocalDate(leaver["ended_on"]!)!.adding(days: 1).description
                }
            })
        #expect(try run.rows("leicestershire-victims.csv").contains { $0["interval_days"] == "0" })
    }
}

@Suite("leicestershire-2008 geography")
struct GeographyTests {
    @Test("15 units, urban and rural neighbourhoods, and boundaries that tile the force area: every point in exactly one")
    func tiling() async throws {
        let run = try GeneratedFiles(period: "2008-04", scale: 0.01)
        let neighbourhoods = try run.rows("leicestershire-neighbourhoods.csv")
        #expect(Set(neighbourhoods.map { $0["lpu"]! }).count == 15)
        #expect((60...120).contains(neighbourhoods.count))
        let urban = neighbourhoods.filter { $0["area_type"] == "urban" }.count
        #expect(urban > 20 && neighbourhoods.count - urban > 20)

        let force = ForceCatalogue.force(id: "leicestershire")!
        let data = try Data(contentsOf: URL(fileURLWithPath: run.directory.path("out/leicestershire-boundaries.geojson")))
        let features = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["features"] as? [[String: Any]])
        let boundaries = try features.map { feature -> Boundary in
            let properties = feature["properties"] as! [String: Any]
            return try Boundary(
                force: force, neighbourhoodID: properties["neighbourhood_id"] as! String, geometry: feature["geometry"] as! [String: Any])
        }
        #expect(boundaries.count == neighbourhoods.count)
        let settings = ForceSettings.leicestershire2008
        // A 47 × 47 lattice of points across the force area, offset so that none falls on a cell edge.
        for i in 0..<47 {
            for j in 0..<47 {
                let point = GeoPoint(
                    longitude: settings.west + (settings.east - settings.west) * (Double(i) + 0.37) / 47,
                    latitude: settings.south + (settings.north - settings.south) * (Double(j) + 0.61) / 47)
                let holding = boundaries.filter { $0.contains(point) }.count
                #expect(holding == 1, "\(point) is in \(holding) boundaries")
            }
        }
    }
}
