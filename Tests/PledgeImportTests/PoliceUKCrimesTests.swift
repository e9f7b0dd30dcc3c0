import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// The police.uk street-level crime CSV, imported as published and placed in neighbourhoods.
@Suite("crimes: the police.uk street-level CSV")
struct PoliceUKCrimesTests {
    static let header =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context"
    /// The example row of the police.uk reference: anti-social behaviour has no Crime ID.
    static let asb =
        ",2024-01,Leicestershire Police,Leicestershire Police,-1.129792,52.632805,On or near Shopping Area,E01013649,Leicester 036A,Anti-social behaviour,,"
    static let burglary =
        "abc123,2024-01,Leicestershire Police,Leicestershire Police,-0.95,52.75,On or near Main Street,E01000001,Melton 001A,Burglary,Under investigation,"
    static let nowhere = "def456,2024-01,Leicestershire Police,Leicestershire Police,,,No location,,,Other crime,,"
    static let crimesCSV = [header, asb, asb, burglary, nowhere].joined(separator: "\n") + "\n"
    /// NC04 holds the anti-social behaviour point, RU01 the burglary.
    static let boundaries = Fixtures.boundariesGeoJSON([
        ("NC04", -1.16, 52.61, -1.11, 52.65), ("RU01", -1.0, 52.7, -0.9, 52.8),
    ])

    func placements(_ harness: ImportHarness) throws -> [DatabaseValue] { try harness.column("crimes", "neighbourhood_id") }

    @Test("the file imports as published: kind told from the header, two identical ASB rows both kept")
    func asPublished() throws {
        let harness = try ImportHarness()
        let report = try harness.importText(Self.crimesCSV, name: "2024-01-leicestershire-street.csv")
        #expect(report.kind == .crimes)
        #expect(report.isClean)
        #expect(report.counts.inserted == 4)
        let rows = try SQLiteFile.rows(harness.databasePath, "SELECT * FROM crimes ORDER BY rowid")
        try #require(rows.count == 4)
        let asb = rows[0]
        #expect(asb["force_id"] as Int? == Fixtures.forceNumber)
        #expect(asb["crime_id"] as String? == nil)
        #expect(asb["month"] as String? == "2024-01")
        #expect(asb["reported_by"] as String? == "Leicestershire Police")
        #expect(asb["longitude"] as Double? == -1.129792 && asb["latitude"] as Double? == 52.632805)
        #expect(asb["location"] as String? == "On or near Shopping Area")
        #expect(asb["lsoa_code"] as String? == "E01013649" && asb["lsoa_name"] as String? == "Leicester 036A")
        #expect(asb["crime_type"] as String? == "Anti-social behaviour")
        #expect(asb["last_outcome_category"] as String? == nil && asb["context"] as String? == nil)
        #expect(asb["local_month"] as Int? == 202401)
        let keys = rows.map { $0["crime_key"] as String }
        #expect(keys[0] != keys[1], "identical ASB rows are distinct records")
        #expect(keys[2] == "abc123", "a crime with an id is keyed by it")
        #expect(rows[3]["longitude"] as Double? == nil)
    }

    @Test("importing the same crimes file again finds the same records (stable ASB keys)")
    func reimport() throws {
        let harness = try ImportHarness()
        _ = try harness.importText(Self.crimesCSV, name: "street.csv")
        let again = try harness.importText(Self.crimesCSV, name: "street.csv")
        #expect(again.counts.unchanged == 4 && again.counts.inserted == 0)
        #expect(try harness.count("crimes") == 4)
    }

    @Test("crimes are placed in the neighbourhood whose boundary holds the point")
    func placedOnImport() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04", "RU01"])
        #expect(try harness.importText(Self.boundaries, name: "boundaries.geojson").isClean)
        #expect(try harness.importText(Self.crimesCSV, name: "street.csv").isClean)
        #expect(try placements(harness) == [text("NC04"), text("NC04"), text("RU01"), null])
    }

    @Test("crimes imported before the boundaries are placed when the boundaries arrive, and moved when they change")
    func replacedWhenBoundariesChange() throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04", "RU01"])
        #expect(try harness.importText(Self.crimesCSV, name: "street.csv").isClean)
        #expect(try placements(harness) == [null, null, null, null])

        let first = try harness.importText(Self.boundaries, name: "boundaries.geojson")
        #expect(first.crimesPlaced == 3)
        #expect(try placements(harness) == [text("NC04"), text("NC04"), text("RU01"), null])

        // The same file again is recognised and not read: no crime moves.
        let unchanged = try harness.importText(Self.boundaries, name: "boundaries.geojson")
        #expect(unchanged.unchangedSince != nil && (unchanged.crimesPlaced ?? 0) == 0)

        // RU01 grows to cover the city centre too; NC04 moves away. Overlaps go to the first id.
        let moved = Fixtures.boundariesGeoJSON([("NC04", -2.6, 50.5, -2.5, 50.6), ("RU01", -1.2, 52.6, -0.9, 52.8)])
        let second = try harness.importText(moved, name: "boundaries.geojson")
        #expect(second.isClean && second.counts.updated == 2)
        #expect(second.crimesPlaced == 2)
        #expect(try placements(harness) == [text("RU01"), text("RU01"), text("RU01"), null])
    }

    @Test(
        "a broken crime row is rejected naming the police.uk column",
        arguments: [
            (",2024-01,X,Gotham City Police,,,,,,Burglary,,", "Falls within"), (",2024/01,X,Leicestershire Police,,,,,,Burglary,,", "Month"),
            (",2024-01,X,Leicestershire Police,-1.1,95,,,,Burglary,,", "Latitude"), (",2024-01,X,Leicestershire Police,,,,,,,,", "Crime type"),
        ])
    func brokenRow(row: String, field: String) throws {
        let harness = try ImportHarness()
        let report = try harness.importText(Self.header + "\n" + row + "\n", name: "street.csv")
        #expect(report.counts.rejected == 1)
        #expect(report.sampleRejections.first?.hasPrefix("line 2: \(field): ") == true, "\(report.sampleRejections)")
        #expect(try harness.count("crimes") == 0)
    }

    @Test("Falls within may spell the force's name in another case or as its id")
    func forceNames() throws {
        let harness = try ImportHarness()
        let rows = [",2024-01,,LEICESTERSHIRE POLICE,,,,,,Burglary,,", ",2024-01,,metropolitan,,,,,,Burglary,,"]
        let report = try harness.importText(([Self.header] + rows).joined(separator: "\n"), name: "street.csv")
        #expect(report.counts.inserted == 2)
        #expect(try harness.column("crimes", "force_id") == [leicestershire, int(25)])
    }
}
