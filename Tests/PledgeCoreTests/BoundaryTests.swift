import PledgeCore
import Testing

@Suite("Boundary and BoundaryIndex: which neighbourhood holds a point")
struct BoundaryTests {
    let force = ForceCatalogue.force(id: "leicestershire")!

    func square(_ west: Double, _ south: Double, _ east: Double, _ north: Double) -> [[Double]] {
        [[west, south], [east, south], [east, north], [west, north], [west, south]]
    }

    func boundary(_ id: String, _ geometry: [String: Any]) throws -> Boundary {
        try Boundary(force: force, neighbourhoodID: id, geometry: geometry)
    }

    @Test("a polygon with a hole holds points inside it but not in the hole")
    func polygonWithHole() throws {
        let ring = try boundary("A", ["type": "Polygon", "coordinates": [square(0, 0, 10, 10), square(4, 4, 6, 6)]])
        #expect(ring.contains(GeoPoint(longitude: 1, latitude: 1)))
        #expect(!ring.contains(GeoPoint(longitude: 5, latitude: 5)))
        #expect(!ring.contains(GeoPoint(longitude: 11, latitude: 5)))
    }

    @Test("a multipolygon holds points in any of its parts")
    func multiPolygon() throws {
        let parts = try boundary("B", ["type": "MultiPolygon", "coordinates": [[square(0, 0, 1, 1)], [square(5, 5, 6, 6)]]])
        #expect(parts.contains(GeoPoint(longitude: 0.5, latitude: 0.5)))
        #expect(parts.contains(GeoPoint(longitude: 5.5, latitude: 5.5)))
        #expect(!parts.contains(GeoPoint(longitude: 3, latitude: 3)))
    }

    @Test("geometry that is not a polygon is refused, blaming the geometry")
    func badGeometry() {
        for geometry: [String: Any] in [
            ["type": "Point", "coordinates": [1, 1]], ["type": "Polygon", "coordinates": [[[0, 0], [1, 1]]]],
            ["type": "Polygon", "coordinates": [square(0, 0, 200, 1)]], ["type": "Polygon"],
        ] {
            let problem = #expect(throws: RowProblem.self) { try boundary("C", geometry) }
            #expect(problem?.field == "geometry")
        }
    }

    @Test("overlapping boundaries place a point in the first by id, whatever order they came in")
    func overlapOrder() throws {
        let a = try boundary("A", ["type": "Polygon", "coordinates": [square(0, 0, 10, 10)]])
        let b = try boundary("B", ["type": "Polygon", "coordinates": [square(5, 5, 15, 15)]])
        let point = GeoPoint(longitude: 7, latitude: 7)
        #expect(BoundaryIndex([b, a]).neighbourhood(containing: point) == "A")
        #expect(BoundaryIndex([a, b]).neighbourhood(containing: point) == "A")
        #expect(BoundaryIndex([a, b]).neighbourhood(containing: GeoPoint(longitude: 12, latitude: 12)) == "B")
        #expect(BoundaryIndex([a, b]).neighbourhood(containing: GeoPoint(longitude: 20, latitude: 20)) == nil)
    }

    @Test("a boundary survives being stored as GeoJSON text and read back")
    func geometryJSONRoundTrip() throws {
        let original = try boundary("A", ["type": "Polygon", "coordinates": [square(-1.2, 52.6, -1.1, 52.7)]])
        let reread = try Boundary(force: force, neighbourhoodID: "A", geometryJSON: original.geometryJSON)
        #expect(reread == original)
        #expect(reread.minLatitude == 52.6 && reread.maxLongitude == -1.1)
    }

    /// Production bug: stored geometry is read back with JSONSerialization, whose NSNumber 0 and 1 pass
    /// `is Bool` on Linux, so a boundary touching longitude 0 (or 1) is refused.
    @Test("a boundary on the Greenwich meridian reads back from its GeoJSON text")
    func greenwich() throws {
        let json = #"{"type": "Polygon", "coordinates": [[[0, 51.4], [0.1, 51.4], [0.1, 51.5], [0, 51.4]]]}"#
        let boundary = try Boundary(force: force, neighbourhoodID: "G", geometryJSON: json)
        #expect(boundary.minLongitude == 0)
        #expect(boundary.contains(GeoPoint(longitude: 0.05, latitude: 51.42)))
    }
}
