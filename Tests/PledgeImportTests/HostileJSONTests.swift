import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// JSON a careless or hostile exporter writes: a field named twice, lists nested thousands deep.
@Suite("Hostile files: JSON")
struct HostileJSONTests {
    static let good = #"{"force": "leicestershire", "neighbourhood_id": "NC04", "name": "City", "area_type": "urban"}"#

    @Test(
        "an NDJSON object naming a field twice is rejected naming the field, whether spelt the same or in another case",
        arguments: [
            (#"{"force": "leicestershire", "neighbourhood_id": "NC05", "name": "Town", "name": "Other", "area_type": "urban"}"#, "name"),
            (#"{"force": "leicestershire", "neighbourhood_id": "NC05", "name": "Town", "Area_Type": "rural", "area_type": "urban"}"#, "area_type"),
            (#"{"force": "leicestershire", "neighbourhood_id": "NC05", "name": "Town", "area_type": "urban", "x": 1, "x": 2}"#, "x"),
        ])
    func repeatedField(line: String, field: String) throws {
        let harness = try ImportHarness()
        let report = try harness.importText(Self.good + "\n" + line + "\n", name: "n.ndjson")
        #expect(report.counts.inserted == 1 && report.counts.rejected == 1)
        let reason = try #require(report.sampleRejections.first)
        #expect(reason.hasPrefix("line 2: \(field): is given twice in the object"), "\(reason)")
        #expect(try harness.column("neighbourhoods", "neighbourhood_id") == [text("NC04")])
    }

    @Test("an NDJSON row nested thousands deep is rejected as nested too deeply, not as invalid JSON")
    func deepNDJSON() throws {
        let harness = try ImportHarness()
        let deep =
            #"{"force": "leicestershire", "neighbourhood_id": "NC05", "name": "Town", "area_type": "urban", "description": "#
            + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}"
        let report = try harness.importText(Self.good + "\n" + deep + "\n", name: "n.ndjson")
        #expect(report.counts.inserted == 1 && report.counts.rejected == 1)
        #expect(report.sampleRejections == ["line 2: is nested too deeply (more than 64 levels of lists and objects)"])
    }

    @Test("a GeoJSON file nested thousands deep fails as nested too deeply, not as 'not a FeatureCollection'")
    func deepGeoJSON() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let geometry = #"{"type": "Polygon", "coordinates": "# + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "}"
        let text =
            #"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"force": "leicestershire", "neighbourhood_id": "NC04"}, "geometry": "#
            + geometry + "}]}"
        let report = try harness.importText(text, name: "b.geojson")
        #expect(report.error == "is nested too deeply (more than 64 levels of lists and objects)")
        #expect(try harness.count("boundaries") == 0)
    }

    @Test("GeoJSON padded with spaces between and inside features imports as without them")
    func spacedGeoJSON() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04", "RU01"])
        let plain = Fixtures.boundariesGeoJSON([("NC04", -1.16, 52.61, -1.11, 52.65), ("RU01", -1.0, 52.7, -0.9, 52.8)])
        let padding = String(repeating: " \n\t", count: 100_000)
        let spaced = plain.replacingOccurrences(of: ",", with: padding + "," + padding)
            .replacingOccurrences(of: "[", with: "[" + padding)
        let report = try harness.importText(padding + spaced + padding, name: "b.geojson", kind: .boundaries)
        #expect(report.error == nil && report.counts.inserted == 2, "\(report.error ?? "") \(report.counts)")
        let again = try harness.importText(plain, name: "c.geojson")
        #expect(again.counts.unchanged == 2, "the same boundaries as the file without spaces")
    }
}
