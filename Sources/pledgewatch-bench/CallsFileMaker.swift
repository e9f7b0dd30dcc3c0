import Foundation
import PledgeCore
import PledgeGenerate

/// Writes a large, plausible calls file quickly (the benchmark's own input, not the demo generator):
/// a third 999 calls, UTC instants through the 2008/09 year (so across both clock changes and local
/// month boundaries), a mix of responses and neighbourhoods. Every rule's edges are exercised, so that
/// hand-written SQL has to get them right to agree: abandoned calls, calls with no neighbourhood, calls
/// whose own area type overrides their neighbourhood's, unknown booleans, and times either side of every
/// limit (10 s, 30 s, 15, 20 and 60 minutes, 48 hours, an appointment's half hour).
struct CallsFileMaker {
    let rows: Int
    static let neighbourhoods = 120

    func write(calls: String, neighbourhoods: String) throws {
        var header = "force,neighbourhood_id,name,lpu,area_type\n"
        for n in 0..<Self.neighbourhoods {
            header += "leicestershire,NB\(n),Neighbourhood \(n),LPU\(n % 15),\(n % 3 == 0 ? "rural" : "urban")\n"
        }
        try header.write(toFile: neighbourhoods, atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: calls, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: calls))
        defer { try? handle.close() }
        var chunk =
            "call_id,force,line,received_at,answered_at,neighbourhood_id,area_type,vulnerable,neighbourhood_priority,response,eta_given,deployed_at,arrived_at,appointment_at\n"
        var random = SeededRandom(seed: 2008, stream: "bench/calls")
        // 2008-04-01T00:00:00Z and one year of seconds.
        let start: Int64 = 1_207_008_000
        let responses = ["emergency", "priority", "appointment", "advice", "none", ""]
        func boolean(_ roll: UInt64) -> String { roll % 10 == 0 ? "" : roll % 2 == 0 ? "true" : "false" }
        for row in 0..<rows {
            let received = start + Int64(row) * 31_536_000 / Int64(rows)
            let is999 = random.next() % 3 == 0
            let abandoned = random.next() % 50 == 0
            let answer = received + Int64(random.next() % 40)
            let place = random.next() % 100
            // 5 % with no neighbourhood (force level only, or urban or rural by their own type); 10 % name
            // their own area type, which wins over the neighbourhood's.
            let neighbourhood = place < 5 ? "" : "NB\(random.next() % UInt64(Self.neighbourhoods))"
            let ownType = random.next() % 10 == 0 ? (random.next() % 2 == 0 ? "urban" : "rural") : ""
            let response = abandoned ? "" : responses[Int(random.next() % 6)]
            var deployed = ""
            var arrived = ""
            var appointment = ""
            if response == "emergency" || response == "priority" {
                if random.next() % 20 != 0 { deployed = Self.utc(answer + 60 + Int64(random.next() % 300)) }
                if random.next() % 20 != 0 { arrived = Self.utc(answer + 120 + Int64(random.next() % 4_800)) }
            } else if response == "appointment", random.next() % 20 != 0 {
                let at = received + 3600 * Int64(2 + random.next() % 70)
                appointment = Self.utc(at)
                if random.next() % 5 != 0 { arrived = Self.utc(at - 900 + Int64(random.next() % 3_600)) }
            }
            chunk += "C\(row),leicestershire,\(is999 ? "999" : "101"),\(Self.utc(received)),\(abandoned ? "" : Self.utc(answer)),"
            chunk += "\(neighbourhood),\(ownType),\(boolean(random.next())),\(boolean(random.next())),\(response),\(boolean(random.next())),"
            chunk += "\(deployed),\(arrived),\(appointment)\n"
            if chunk.utf8.count > 1 << 20 {
                handle.write(Data(chunk.utf8))
                chunk = ""
            }
        }
        handle.write(Data(chunk.utf8))
    }

    /// ISO 8601 with Z.
    static func utc(_ seconds: Int64) -> String { Instant(secondsSinceEpoch: seconds).description }
}
