import Foundation
import PledgeCore
import PledgeGenerate

/// Writes a large, plausible calls file quickly (the benchmark's own input, not the demo generator):
/// a third 999 calls, local wall times through a financial year, a mix of responses and neighbourhoods.
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
        var chunk = "call_id,force,line,received_at,answered_at,neighbourhood_id,area_type,vulnerable,neighbourhood_priority,response,eta_given,deployed_at,arrived_at,appointment_at\n"
        var random = SeededRandom(seed: 2008, stream: "bench/calls")
        // 2008-04-01T00:00:00Z and one year of seconds.
        let start: Int64 = 1_207_008_000
        for row in 0..<rows {
            let received = start + Int64(row) * 31_536_000 / Int64(rows)
            let is999 = random.next() % 3 == 0
            let answer = received + Int64(random.next() % 40)
            let neighbourhood = random.next() % UInt64(Self.neighbourhoods)
            let response = ["emergency", "priority", "appointment", "advice", "none"][Int(random.next() % 5)]
            var deployed = ""
            var arrived = ""
            var appointment = ""
            if response == "emergency" || response == "priority" {
                deployed = Self.utc(answer + 60 + Int64(random.next() % 300))
                arrived = Self.utc(answer + 300 + Int64(random.next() % 1800))
            } else if response == "appointment" {
                appointment = Self.utc(received + 3600 * Int64(2 + random.next() % 70))
            }
            chunk += "C\(row),leicestershire,\(is999 ? "999" : "101"),\(Self.utc(received)),\(Self.utc(answer)),NB\(neighbourhood),,"
            chunk += "\(random.next() % 2 == 0),\(random.next() % 4 == 0),\(response),\(random.next() % 2 == 0),\(deployed),\(arrived),\(appointment)\n"
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
