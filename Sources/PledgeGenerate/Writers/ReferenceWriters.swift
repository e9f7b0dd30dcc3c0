import Foundation
import PledgeCore

/// Neighbourhoods, their boundaries (GeoJSON), team postings (officers joining and leaving) and priorities.
enum ReferenceWriters {
    static func neighbourhoods(_ context: ForceContext) throws -> String {
        let writer = try context.writer(.neighbourhoods)
        var random = context.random("neighbourhoods")
        for plan in context.geography.neighbourhoods {
            let base = "\(plan.lpu) Police Station"
            let email = random.chance(0.9) ? "\(plan.id.lowercased()).npt@\(context.forceID).police.uk" : nil
            writer.append([
                context.forceID, plan.id, plan.name, plan.lpu, plan.urban ? "urban" : "rural",
                random.chance(0.97) ? base : nil, "\(base), \(random.int(1...120)) High Street", plan.postcode, "101", email,
                "https://www.police.uk/\(context.forceID)/\(plan.id)", String(format: "%.6f", plan.latitude),
                String(format: "%.6f", plan.longitude), String(plan.population),
                "Your \(plan.name) team. We will respond to every message within 24 hours.",
            ])
        }
        try writer.close()
        return writer.path
    }

    /// One Polygon per neighbourhood: the grid cell, so the boundaries tile the force area.
    static func boundaries(_ context: ForceContext) throws -> String {
        let features = context.geography.neighbourhoods.map { plan -> String in
            let ring = [(plan.west, plan.south), (plan.east, plan.south), (plan.east, plan.north), (plan.west, plan.north), (plan.west, plan.south)]
            let coordinates = ring.map { String(format: "[%.10f,%.10f]", $0.0, $0.1) }.joined(separator: ",")
            return
                #"{"type":"Feature","properties":{"force":"\#(context.forceID)","neighbourhood_id":"\#(plan.id)"},"geometry":{"type":"Polygon","coordinates":[[\#(coordinates)]]}}"#
        }
        let path = context.path("boundaries.geojson")
        let text = "{\"type\":\"FeatureCollection\",\"features\":[\n" + features.joined(separator: ",\n") + "\n]}\n"
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { throw GenerateError("cannot create \(path)") }
        return path
    }

    static let firstNames = [
        "Sam", "Jo", "Chris", "Alex", "Priya", "Tom", "Kate", "Ben", "Amy", "Dan", "Lucy", "Raj", "Emma", "Mark", "Sara", "Neil", "Aisha", "Gary",
        "Helen", "Imran", "Claire", "Paul", "Nadia", "Steve",
    ]
    static let lastNames = [
        "Patel", "Evans", "Walker", "Morgan", "Shah", "Hughes", "Reid", "Carter", "Lewis", "Price", "Ward", "Singh", "Cole", "Hill", "Khan", "Ross",
        "Mistry", "Taylor", "Brown", "Smith", "Jones", "Begum", "Wright", "Green",
    ]

    /// Lines an officer's profile might carry, one each (chosen by the officer's number, drawing nothing from
    /// the random stream, so that every other generated value stays as it was). No commas: the team file's
    /// fields are written unquoted.
    static let biographies = [
        "Grew up locally and worked on a response team before joining neighbourhood policing.",
        "Leads the team's work with the local schools and youth clubs.",
        "Speaks Gujarati and Punjabi and is often at the community centre on Saturday mornings.",
        "A special constable for three years first; now the team's contact for rural and farm crime.",
        "Holds the monthly beat surgery at the library and is happy to be stopped for a word in the street.",
        "Works with the council's anti-social behaviour team and the housing officers.",
        "Coordinates the Neighbourhood Watch schemes across the area.",
        "Trained in crime prevention: ask about a free home security survey.",
        "Cycles the beat most days and knows the footpaths and the back lanes.",
        "Looks after the team's work with local shops and licensed premises.",
    ]

    /// Postings: a PC and two PCSOs per neighbourhood (a sergeant too in each unit's first), in post since
    /// before the period; some leave during it, and a successor starts the next day.
    static func team(_ context: ForceContext) throws -> (path: String, postings: [Posting]) {
        let writer = try context.writer(.team)
        var random = context.random("team")
        var postings: [Posting] = []
        var serial = 0
        let periodDays = Int64(context.period.days.count)
        for (index, plan) in context.geography.neighbourhoods.enumerated() {
            var ranks = ["PC", "PCSO", "PCSO"]
            if index % context.settings.neighbourhoodsPerLPU == 0 { ranks.insert("Sergeant", at: 0) }
            for rank in ranks {
                serial += 1
                var start = context.period.start.adding(days: -Int64(random.int(200...2_000)))
                var end: LocalDate?
                if random.chance(0.22 * Double(periodDays) / 365.25) {
                    let ended = context.period.start.adding(days: Int64(random.int(0...Int(periodDays - 1))))
                    // Most leavers had served a year or more; the rest left sooner.
                    let served = random.chance(context.performance.postingsAYearOrMore) ? random.int(366...2_400) : random.int(90...360)
                    start = ended.adding(days: -Int64(served))
                    end = ended
                }
                var plannedPostings = [(serial, start, end)]
                if let end, end.adding(days: 1) < context.period.end {
                    serial += 1
                    plannedPostings.append((serial, end.adding(days: 1), nil))  // the successor
                }
                for (officer, from, to) in plannedPostings {
                    let posting = Posting(
                        officerID: "\(context.forceID.prefix(2).uppercased())\(String(format: "%05d", officer))", neighbourhood: plan.id,
                        start: from, end: to)
                    postings.append(posting)
                    let name = "\(random.pick(firstNames)) \(random.pick(lastNames))"
                    writer.append([
                        context.forceID, plan.id, posting.officerID, name, rank,
                        // What a force's team page says of an officer: not the posting date, which the page shows.
                        random.chance(0.6) ? biographies[officer % biographies.count] : nil,
                        random.chance(0.8) ? "\(posting.officerID.lowercased())@\(context.forceID).police.uk" : nil,
                        random.chance(0.5) ? "07\(random.int(100_000_000...999_999_999))" : nil, from.description, to?.description,
                    ])
                }
            }
        }
        try writer.close()
        return (writer.path, postings)
    }

    static func priorities(_ context: ForceContext, meetings: [Meeting]) throws -> String {
        let writer = try context.writer(.priorities)
        var random = context.random("priorities")
        let issues = [
            "Anti-social behaviour in the park", "Speeding on the main road", "Street drinking", "Thefts from vehicles",
            "Burglary of sheds and garages", "Drug dealing near the shops", "Nuisance motorcycles", "Parking outside the school",
        ]
        let actions = [
            "Extra patrols at peak times", "Speed checks with Community Speed Watch", "Dispersal order with the council", "Crime prevention visits",
            "Joint operation with partners", "Warrants executed",
        ]
        var serial = 0
        for meeting in meetings where meeting.prioritiesAgreed && random.chance(0.34) {
            serial += 1
            let acted = random.chance(0.8)
            let actionDay = meeting.day.adding(days: Int64(random.int(7...60)))
            writer.append([
                context.forceID, meeting.neighbourhood, "PR\(serial)", random.pick(issues), meeting.day.description,
                meeting.id, acted ? random.pick(actions) : nil, acted && actionDay < context.period.end ? actionDay.description : nil,
            ])
        }
        try writer.close()
        return writer.path
    }
}

/// A posting of an officer to a neighbourhood team.
struct Posting {
    let officerID: String
    let neighbourhood: String
    let start: LocalDate
    let end: LocalDate?

    func inPost(on day: LocalDate) -> Bool { start <= day && (end.map { day <= $0 } ?? true) }
}

/// A public meeting, for priorities agreed at it.
struct Meeting {
    let id: String
    let neighbourhood: String
    let day: LocalDate
    let prioritiesAgreed: Bool
}
