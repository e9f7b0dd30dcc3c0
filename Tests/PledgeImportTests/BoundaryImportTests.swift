import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// boundaries: a GeoJSON FeatureCollection, one feature per neighbourhood.
@Suite("boundaries: GeoJSON features")
struct BoundaryImportTests {
    static let goodFeature = """
        {"type": "Feature", "properties": {"force": "leicestershire", "neighbourhood_id": "NC04"}, \
        "geometry": {"type": "Polygon", "coordinates": [[[-1.16, 52.61], [-1.11, 52.61], [-1.11, 52.65], [-1.16, 52.61]]]}}
        """

    static func feature(force: String, id: String, geometry: String) -> String {
        "{\"type\": \"Feature\", \"properties\": {\"force\": \"\(force)\", \"neighbourhood_id\": \"\(id)\"}, \"geometry\": \(geometry)}"
    }

    static let square = "{\"type\": \"Polygon\", \"coordinates\": [[[-1.2, 52.6], [-1.1, 52.6], [-1.1, 52.7], [-1.2, 52.6]]]}"

    @Test("a good feature is stored with its extent; bad features are rejected by position, naming the field")
    func features() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04", "RU01"])
        let features = [
            Self.goodFeature,
            Self.feature(force: "leicestershire", id: "ZZ99", geometry: Self.square),
            Self.feature(force: "atlantis", id: "NC04", geometry: Self.square),
            Self.feature(force: "leicestershire", id: "RU01", geometry: "{\"type\": \"Point\", \"coordinates\": [0, 0]}"),
            Self.feature(force: "leicestershire", id: "NC04", geometry: Self.square),
        ]
        let text = "{\"type\": \"FeatureCollection\", \"features\": [\n" + features.joined(separator: ",\n") + "]}"
        let report = try harness.importText(text, name: "boundaries.geojson")

        #expect(report.error == nil)
        #expect(report.kind == .boundaries && report.format == .geojson)
        #expect(report.counts.inserted == 1 && report.counts.rejected == 4)
        let samples = report.sampleRejections
        try #require(samples.count == 4)
        #expect(samples[0].hasPrefix("line 2: neighbourhood_id: 'ZZ99' is not a neighbourhood of leicestershire"))
        #expect(samples[1].hasPrefix("line 3: force: 'atlantis'"))
        #expect(samples[2].hasPrefix("line 4: geometry:") && samples[2].contains("Point"))
        #expect(samples[3].hasPrefix("line 5: ") && samples[3].contains("duplicate key"))

        let stored = try #require(try harness.record("boundaries", "neighbourhood_id", "NC04"))
        #expect(stored["force_id"] == leicestershire)
        #expect(stored["min_latitude"] == real(52.61) && stored["max_latitude"] == real(52.65))
        #expect(stored["min_longitude"] == real(-1.16) && stored["max_longitude"] == real(-1.11))
        let geometry = try #require(String.fromDatabaseValue(stored["geometry"]!))
        let object = try JSONSerialization.jsonObject(with: Data(geometry.utf8)) as? [String: Any]
        #expect(object?["type"] as? String == "Polygon")

        let rejectsPath = try #require(report.rejectsPath)
        #expect(rejectsPath == harness.directory.path("boundaries.rejects.ndjson"))
        let lines = try FixtureFile.read(rejectsPath).split(separator: "\n")
        #expect(lines.count == 4)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect((first?["properties"] as? [String: Any])?["neighbourhood_id"] as? String == "ZZ99")
        #expect((first?["reason"] as? String)?.contains("neighbourhood_id") == true)
    }

    @Test("a file that is not a FeatureCollection is a file error")
    func notACollection() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let report = try harness.importText("{\"type\": \"Feature\"}\n", name: "boundaries.geojson", kind: .boundaries)
        #expect(report.error?.contains("not a GeoJSON FeatureCollection") == true)
        #expect(try harness.count("boundaries") == 0)
    }

    @Test("importing the same boundaries again changes nothing")
    func reimport() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let text = "{\"type\": \"FeatureCollection\", \"features\": [\(Self.goodFeature)]}"
        #expect(try harness.importText(text, name: "b.geojson").counts.inserted == 1)
        let again = try harness.importText(text, name: "b.geojson")
        #expect(again.counts.unchanged == 1 && again.counts.inserted == 0 && again.counts.updated == 0)
    }

    /// Production bug: JSONSerialization gives coordinates as NSNumber, and on Linux an NSNumber of
    /// exactly 0 or 1 passes `is Bool`, so `Boundary.number` refuses it as a boolean.
    @Test(
        "coordinates that are exactly 0 or 1 are numbers like any other (the Greenwich meridian crosses England)",
        arguments: [
            "[[[0, 51.4], [0.1, 51.4], [0.1, 51.5], [0, 51.4]]]", "[[[0.0, 51.4], [0.1, 51.4], [0.1, 51.5], [0.0, 51.4]]]",
            "[[[1, 52.5], [1.2, 52.5], [1.2, 52.6], [1, 52.5]]]",
        ])
    func zeroAndOneCoordinates(coordinates: String) throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let geometry = "{\"type\": \"Polygon\", \"coordinates\": \(coordinates)}"
        let text = "{\"type\": \"FeatureCollection\", \"features\": [\(Self.feature(force: "leicestershire", id: "NC04", geometry: geometry))]}"
        let report = try harness.importText(text, name: "boundaries.geojson")
        #expect(report.counts.inserted == 1, "\(report.sampleRejections)")
    }
}
