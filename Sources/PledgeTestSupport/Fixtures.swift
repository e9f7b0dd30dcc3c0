import Foundation
import PledgeCore

/// Small valid record files to build tests on.
public enum Fixtures {
    /// The force every fixture belongs to unless told otherwise.
    public static let force = "leicestershire"

    /// `force_id` of `leicestershire` in the store (its `ForceCatalogue` number).
    public static var forceNumber: Int { ForceCatalogue.force(id: force)!.number }

    /// A neighbourhoods CSV with only the required columns: one urban row per id.
    public static func neighbourhoodsCSV(force: String = force, ids: [String] = ["NC04", "RU01"]) -> String {
        "force,neighbourhood_id,name,area_type\n"
            + ids.map { "\(force),\($0),Neighbourhood \($0),\($0.hasPrefix("RU") ? "rural" : "urban")\n" }.joined()
    }

    /// A GeoJSON FeatureCollection with one rectangular Polygon per neighbourhood:
    /// `(id, west, south, east, north)` in degrees.
    public static func boundariesGeoJSON(
        force: String = force, _ boxes: [(id: String, west: Double, south: Double, east: Double, north: Double)]
    ) -> String {
        let features = boxes.map { box in
            let ring = [
                [box.west, box.south], [box.east, box.south], [box.east, box.north], [box.west, box.north],
                [box.west, box.south],
            ].map { "[\($0[0]), \($0[1])]" }.joined(separator: ", ")
            return """
                {"type": "Feature", "properties": {"force": "\(force)", "neighbourhood_id": "\(box.id)"}, \
                "geometry": {"type": "Polygon", "coordinates": [[\(ring)]]}}
                """
        }
        return "{\"type\": \"FeatureCollection\", \"features\": [\n" + features.joined(separator: ",\n") + "\n]}\n"
    }

    /// The header of a calls CSV, every column in contract order.
    public static let callsHeader =
        "call_id,force,line,received_at,answered_at,neighbourhood_id,area_type,vulnerable,neighbourhood_priority,response,eta_given,deployed_at,arrived_at,appointment_at"

    /// A calls CSV of `count` valid calls (`C000001`…), one a minute from 2009-05-01 08:00 UTC, each
    /// answered after 7 seconds; `offset` shifts the ids.
    public static func callsCSV(count: Int, offset: Int = 0) -> String {
        var text = callsHeader + "\n"
        text.reserveCapacity(count * 120)
        let start = Instant(secondsSinceEpoch: 1_241_164_800)  // 2009-05-01T08:00:00Z
        for index in 0..<count {
            let received = start.adding(seconds: Int64(index) * 60)
            let answered = received.adding(seconds: 7)
            let id = String(index + 1 + offset)
            text += "C\(String(repeating: "0", count: max(0, 6 - id.count)))\(id),\(force),101,\(received),\(answered),NC04,,false,,advice,,,,\n"
        }
        return text
    }

    /// The folder of the sample that ships with the project, `examples/leicestershire-sample`.
    public static func sampleDirectory(filePath: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("examples/leicestershire-sample")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        fatalError("examples/leicestershire-sample not found above \(filePath)")
    }
}
