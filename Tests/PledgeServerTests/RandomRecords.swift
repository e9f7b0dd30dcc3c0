import Foundation
import PledgeCore

/// A random but valid set of Leicestershire records of every kind, as the files a force would send, made
/// from one seed: the same seed makes the same files. Values run to the edges the record contract allows
/// (blank optional fields, instants on the hour the clocks change, appointments years ahead, hours summing
/// to exactly 24, months long before and after the rest), so that whatever a store accepts is read back
/// and reported on by every reader.
final class RandomRecords {
    private var random: SeededRandom
    private let neighbourhoods: [(id: String, unit: String, urban: Bool, latitude: Double, longitude: Double)]

    init(seed: UInt64) {
        random = SeededRandom(seed: seed, stream: "random-records")
        var made: [(String, String, Bool, Double, Double)] = []
        for index in 1...Int(1 + seed % 4) {
            made.append(
                ("N\(index)", index % 2 == 0 ? "Rural Unit" : "City Unit", index % 2 == 1, 52.55 + Double(index) * 0.05, -1.25 + Double(index) * 0.05)
            )
        }
        neighbourhoods = made
    }

    /// The files, by name, in the order they are imported.
    func files() -> [(name: String, text: String)] {
        [
            ("neighbourhoods.csv", neighbourhoodsCSV()), ("boundaries.geojson", boundariesGeoJSON()), ("team.csv", teamCSV()),
            ("priorities.csv", prioritiesCSV()), ("calls.csv", callsCSV()), ("messages.csv", messagesCSV()), ("duty.csv", dutyCSV()),
            ("engagements.csv", engagementsCSV()), ("updates.csv", updatesCSV()), ("victims.csv", victimsCSV()),
            ("victim_updates.csv", victimUpdatesCSV()), ("dissatisfaction.csv", dissatisfactionCSV()), ("surveys.csv", surveysCSV()),
            ("complaints.csv", complaintsCSV()), ("reality_checks.csv", realityChecksCSV()), ("actions.csv", actionsCSV()),
            ("crimes.csv", crimesCSV()),
        ]
    }

    // MARK: values

    private func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(random.next() % UInt64(range.count)) }
    private func chance(_ percent: Int) -> Bool { int(0...99) < percent }
    private func pick<T>(_ choices: [T]) -> T { choices[int(0...choices.count - 1)] }
    private func maybe(_ text: @autoclosure () -> String, _ percent: Int = 70) -> String { chance(percent) ? text() : "" }
    private func bool() -> String { pick(["", "true", "false", "yes", "no", "Y", "N", "1", "0"]) }
    private func neighbourhood() -> String { pick(neighbourhoods.map(\.id)) }

    /// Seconds since the epoch of a start instant: mostly 2008–09, sometimes years either side.
    private func startSeconds() -> Int64 {
        // 2008-01-01 and two years, or 1991-01-01 and eighteen.
        let (start, span): (Int64, Int64) = chance(90) ? (1_199_145_600, 730 * 86_400) : (662_688_000, 18 * 365 * 86_400)
        // The hours the clocks change in 2008 and 2009, now and then.
        if chance(5) { return pick([1_206_838_800, 1_224_983_700, 1_238_288_400, 1_256_437_799]) }
        return start + Int64(random.next() % UInt64(span))
    }

    /// An instant as the contract writes one: UTC, or with an offset.
    private func instant(_ seconds: Int64) -> String {
        let zone = ZoneRulesCache.rules(for: "Europe/London")!
        return zone.localText(Instant(secondsSinceEpoch: seconds))
    }

    private func date(_ seconds: Int64) -> String {
        ZoneRulesCache.rules(for: "Europe/London")!.localDate(of: Instant(secondsSinceEpoch: seconds)).description
    }

    /// A later instant: blank, or from a second to, now and then, two years after `start`.
    private func later(_ start: Int64, blank percent: Int = 20) -> String {
        guard !chance(percent) else { return "" }
        let delay: Int64 = chance(90) ? Int64(int(0...7_200)) : Int64(int(0...730 * 86_400))
        return instant(start + delay)
    }

    private func csv(_ header: String, rows: ClosedRange<Int>, _ row: (RandomRecords, Int) -> String) -> String {
        var lines = [header]
        for index in 0..<int(rows) { lines.append(row(self, index)) }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: kinds

    private func neighbourhoodsCSV() -> String {
        var lines = ["force,neighbourhood_id,name,lpu,area_type,base,address,postcode,phone,email,url,latitude,longitude,population,description"]
        for n in neighbourhoods {
            lines.append(
                "leicestershire,\(n.id),Neighbourhood \(n.id),\(maybe(n.unit, 90)),\(n.urban ? "urban" : "rural"),\(maybe("Station")),,"
                    + "\(maybe("LE1 \(int(1...9))AA")),\(maybe("0116 222 2222")),\(maybe("team@example.org")),,\(n.latitude),\(n.longitude),"
                    + "\(maybe(String(int(0...20_000)))),\"A \"\"quoted\"\", multi\nline description\"")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func boundariesGeoJSON() -> String {
        let features = neighbourhoods.map { n in
            let (la, lo, d) = (n.latitude, n.longitude, 0.02)
            return """
                {"type":"Feature","properties":{"force":"leicestershire","neighbourhood_id":"\(n.id)"},"geometry":{"type":"Polygon","coordinates":[[[\(lo - d),\(la - d)],[\(lo + d),\(la - d)],[\(lo + d),\(la + d)],[\(lo - d),\(la + d)],[\(lo - d),\(la - d)]]]}}
                """
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ","))]}\n"
    }

    private func teamCSV() -> String {
        csv("force,neighbourhood_id,officer_id,name,rank,bio,email,phone,started_on,ended_on", rows: 0...8) { r, i in
            let start = r.startSeconds()
            let end = r.chance(50) ? "" : r.date(start + Int64(r.int(0...900)) * 86_400)
            return
                "leicestershire,\(r.neighbourhood()),O\(i),Officer \(i),\(r.pick(["PC", "PCSO", "Sergeant"])),,\(r.maybe("o\(i)@example.org")),,\(r.date(start)),\(end)"
        }
    }

    private func prioritiesCSV() -> String {
        csv("force,neighbourhood_id,priority_id,issue,agreed_on,engagement_id,action,action_on", rows: 0...4) { r, i in
            "leicestershire,\(r.neighbourhood()),P\(i),Issue \(i),\(r.maybe(r.date(r.startSeconds()))),,\(r.maybe("Patrols")),"
        }
    }

    private func callsCSV() -> String {
        csv(
            "call_id,force,line,received_at,answered_at,neighbourhood_id,area_type,vulnerable,neighbourhood_priority,response,eta_given,deployed_at,arrived_at,appointment_at",
            rows: 0...80
        ) { r, i in
            let received = r.startSeconds()
            let response = r.pick(["", "emergency", "priority", "appointment", "advice", "none"])
            return
                "C\(i),leicestershire,\(r.pick(["999", "101"])),\(r.instant(received)),\(r.later(received, blank: 10)),\(r.maybe(r.neighbourhood(), 80)),"
                + "\(r.pick(["", "urban", "rural"])),\(r.bool()),\(r.bool()),\(response),\(r.bool()),\(r.later(received, blank: 40)),"
                + "\(r.later(received, blank: 40)),\(response == "appointment" ? r.later(received, blank: 20) : "")"
        }
    }

    private func messagesCSV() -> String {
        csv("message_id,force,neighbourhood_id,channel,received_at,responded_at,escalated_at,detailed_response_at", rows: 0...30) { r, i in
            let received = r.startSeconds()
            return "M\(i),leicestershire,\(r.neighbourhood()),\(r.pick(["phone", "voicemail", "email", "web", "letter", "social", "in-person"])),"
                + "\(r.instant(received)),\(r.later(received)),\(r.later(received, blank: 70)),\(r.later(received, blank: 80))"
        }
    }

    private func dutyCSV() -> String {
        csv("force,officer_id,neighbourhood_id,date,hours_on_duty,hours_visible,hours_abstracted,abstraction_reason", rows: 0...40) { r, i in
            let onDuty = Double(r.int(0...96)) / 4
            let visible = Double(r.int(0...Int(onDuty * 4))) / 4
            let abstracted = onDuty - visible - Double(r.int(0...Int((onDuty - visible) * 4))) / 4
            // Each row its own three days, so that no officer has two rows for a day.
            let day = 1_199_145_600 + Int64(i * 3 + r.int(0...2)) * 86_400
            return "leicestershire,D\(i % 5),\(r.neighbourhood()),\(r.date(day)),\(onDuty),\(visible),\(abstracted),\(r.maybe("court", 30))"
        }
    }

    private func engagementsCSV() -> String {
        csv("engagement_id,force,neighbourhood_id,kind,starts_at,ends_at,title,address,advertised_on,priorities_agreed,attendees", rows: 0...20) {
            r, i in
            let starts = r.startSeconds()
            return
                "E\(i),leicestershire,\(r.neighbourhood()),\(r.pick(["public-meeting", "surgery", "street-briefing", "mobile-station", "online", "other"])),"
                + "\(r.instant(starts)),\(r.later(starts)),\(r.maybe("Meeting <b>\(i)</b>")),\(r.maybe("Hall")),\(r.maybe(r.date(starts - 86_400 * 7))),"
                + "\(r.bool()),\(r.maybe(String(r.int(0...500))))"
        }
    }

    private func updatesCSV() -> String {
        csv(
            "update_id,force,neighbourhood_id,month,published_on,channel,has_crime_map,has_justice_outcomes,has_partner_action,has_force_performance",
            rows: 0...20
        ) { r, i in
            let published = r.startSeconds()
            let month = ZoneRulesCache.rules(for: "Europe/London")!.localDate(
                of: Instant(secondsSinceEpoch: published - Int64(r.int(0...60)) * 86_400)
            ).yearMonth
            return
                "U\(i),leicestershire,\(r.neighbourhood()),\(month),\(r.date(published)),\(r.pick(["", "web", "newsletter", "email", "social", "print", "meeting"])),"
                + "\(r.bool()),\(r.bool()),\(r.bool()),\(r.bool())"
        }
    }

    /// Victims are made before their updates, which must name them.
    private var victimStarts: [Int64] = []

    private func victimsCSV() -> String {
        victimStarts = []
        return csv("crime_ref,victim_ref,force,neighbourhood_id,reported_at,contact_agreed,interval_days,agreed_until,method,closed_at", rows: 0...15)
        { r, i in
            let reported = r.startSeconds()
            r.victimStarts.append(reported)
            return
                "CR\(i),V\(i),leicestershire,\(r.maybe(r.neighbourhood())),\(r.instant(reported)),\(r.bool()),\(r.maybe(String(r.pick([0, 1, 7, 14, 28, 31, 3660])))),"
                + "\(r.maybe(r.date(reported + 86_400 * Int64(r.int(0...400))), 30)),\(r.maybe("phone")),\(r.later(reported, blank: 50))"
        }
    }

    private func victimUpdatesCSV() -> String {
        guard !victimStarts.isEmpty else { return "update_id,force,crime_ref,victim_ref,updated_at,method\n" }
        return csv("update_id,force,crime_ref,victim_ref,updated_at,method", rows: 0...30) { r, i in
            let victim = r.int(0...r.victimStarts.count - 1)
            let at = r.victimStarts[victim] + Int64(r.int(0...200)) * 86_400
            return "VU\(i),leicestershire,CR\(victim),V\(victim),\(r.instant(at)),\(r.maybe("letter"))"
        }
    }

    private func dissatisfactionCSV() -> String {
        csv("report_id,force,neighbourhood_id,received_at,acknowledged_at,discussed_at,action_agreed_at,resolved_at,callback_consent", rows: 0...20) {
            r, i in
            let received = r.startSeconds()
            return "R\(i),leicestershire,\(r.maybe(r.neighbourhood())),\(r.instant(received)),\(r.later(received)),\(r.later(received, blank: 40)),"
                + "\(r.later(received, blank: 60)),\(r.later(received, blank: 60)),\(r.bool())"
        }
    }

    private func surveysCSV() -> String {
        csv("response_id,force,neighbourhood_id,survey,responded_on,question,answer,group", rows: 0...60) { r, i in
            let question = r.pick([
                "treated_with_respect", "knows_how_to_contact_team", "sees_team_often_enough", "informed_of_progress", "satisfied_overall",
                "other_question",
            ])
            return
                "S\(i),leicestershire,\(r.maybe(r.neighbourhood())),\(r.pick(["user-satisfaction", "community", "council-tax", "youth", "other"])),"
                + "\(r.date(r.startSeconds())),\(question),\(r.pick(["yes", "no", "1", "2", "3", "4", "5"])),\(r.maybe(r.pick(["16-24", "65+", "BME"]), 60))"
        }
    }

    private func complaintsCSV() -> String {
        csv("complaint_id,force,neighbourhood_id,received_at,category,pledge_point,finalised_at,outcome", rows: 0...15) { r, i in
            let received = r.startSeconds()
            return "K\(i),leicestershire,\(r.maybe(r.neighbourhood())),\(r.instant(received)),\(r.pick(["incivility", "neglect of duty"])),"
                + "\(r.maybe(String(r.int(1...10)))),\(r.later(received, blank: 50)),\(r.maybe("upheld", 40))"
        }
    }

    private func realityChecksCSV() -> String {
        csv("check_id,force,neighbourhood_id,pledge_point,method,made_at,responded_at,outcome,notes", rows: 0...15) { r, i in
            let made = r.startSeconds()
            return
                "RC\(i),leicestershire,\(r.maybe(r.neighbourhood())),\(r.int(1...10)),\(r.pick(["email", "phone", "voicemail", "web", "visit", "meeting", "website", "poster", "leaflet"])),"
                + "\(r.instant(made)),\(r.later(made, blank: 50)),\(r.pick(["met", "partly", "not-met"])),\(r.maybe("noted", 30))"
        }
    }

    private func actionsCSV() -> String {
        csv("action_id,force,owner,pledge_point,indicator,kind,mechanism,opened_on,due_on,closed_on,summary", rows: 0...10) { r, i in
            let opened = r.startSeconds()
            return
                "A\(i),leicestershire,\(r.pick(["force", "authority"])),\(r.maybe(String(r.int(1...10)))),\(r.maybe(r.pick(["P5.answer_10s", "P7.monthly_meeting"]), 40)),"
                + "\(r.pick(["improvement", "monitoring"])),\(r.maybe(r.pick(["complaints analysis", "dip sample", "quarterly report"]), 50)),\(r.date(opened)),"
                + "\(r.maybe(r.date(opened + 86_400 * 90), 50)),\(r.maybe(r.date(opened + 86_400 * Int64(r.int(0...200))), 40)),Action \(i)"
        }
    }

    private func crimesCSV() -> String {
        csv(
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context",
            rows: 0...30
        ) { r, i in
            let n = r.pick(r.neighbourhoods)
            let month = ZoneRulesCache.rules(for: "Europe/London")!.localDate(of: Instant(secondsSinceEpoch: r.startSeconds())).yearMonth
            let point = r.chance(85) ? "\(n.longitude + Double(r.int(-100...100)) / 10_000),\(n.latitude + Double(r.int(-100...100)) / 10_000)" : ","
            let id = r.chance(70) ? String(format: "%064x", i) : ""
            return
                "\(id),\(month),Leicestershire Police,Leicestershire Police,\(point),\(r.pick(["On or near High Street", "No Location", "On or near Park"])),"
                + "E0100\(i),Leicester 0\(i)A,\(r.pick(["Burglary", "Anti-social behaviour", "Vehicle crime", "Other theft"])),\(r.maybe("Under investigation", 50)),"
        }
    }
}
