/// An anonymous map point: where the public is told crimes happened, never where they were recorded.
///
/// Points are cells of a fixed grid of about 150 metres (`latitudeStep` by `longitudeStep`); a crime is
/// published at the centre of the cell holding its imported point. police.uk's own points are already
/// moved to a nearby "map point"; Pledgewatch coarsens them again rather than trust every source to have
/// done so. A cell's `id` is a whole number fixed by its place on the grid, so it is the same in every
/// month, on every import and in every store, and a client can send it back as `location_id`.
public struct AnonymousMapPoint: Hashable, Sendable {
    /// The grid step in degrees of latitude (about 150 m) and of longitude (about 150 m at 52°N).
    public static let latitudeStep = 0.00135
    public static let longitudeStep = 0.0022

    /// The cell's row (latitude) and column (longitude) on the grid, counted from 0°, 0°.
    public let row: Int
    public let column: Int

    // Offsets keep both indexes positive anywhere on Earth (|row| ≤ 66,667, |column| ≤ 81,819), so an id
    // is a positive whole number that decodes to exactly one cell.
    private static let rowOffset = 70_000
    private static let columnOffset = 90_000
    private static let columns = 200_000

    /// The cell holding `point`.
    public init(containing point: GeoPoint) {
        row = Int((point.latitude / Self.latitudeStep).rounded())
        column = Int((point.longitude / Self.longitudeStep).rounded())
    }

    /// The cell with this id, or nil when no cell has it.
    public init?(id: Int64) {
        guard id >= 0, id < Int64(2 * Self.rowOffset) * Int64(Self.columns) else { return nil }
        let row = Int(id / Int64(Self.columns)) - Self.rowOffset
        let column = Int(id % Int64(Self.columns)) - Self.columnOffset
        guard abs(Double(row) * Self.latitudeStep) <= 90, abs(Double(column) * Self.longitudeStep) <= 180 else { return nil }
        self.row = row
        self.column = column
    }

    /// The id police.uk clients see as `location.street.id` and send back as `location_id`.
    public var id: Int64 { Int64(row + Self.rowOffset) * Int64(Self.columns) + Int64(column + Self.columnOffset) }

    /// The centre of the cell: the published point.
    public var centre: GeoPoint { GeoPoint(longitude: Double(column) * Self.longitudeStep, latitude: Double(row) * Self.latitudeStep) }

    /// The crimes with points, by the map point each is published at.
    public static func grouping(_ crimes: [StreetCrime]) -> [AnonymousMapPoint: [StreetCrime]] {
        var cells: [AnonymousMapPoint: [StreetCrime]] = [:]
        for crime in crimes {
            if let point = crime.point { cells[AnonymousMapPoint(containing: point), default: []].append(crime) }
        }
        return cells
    }

    /// The imported points that fall in this cell lie within these bounds (edges included, so a store can
    /// be asked for a little more and the caller keeps the points whose cell is this one).
    public var bounds: GeoBounds {
        GeoBounds(
            minLatitude: (Double(row) - 0.5) * Self.latitudeStep, maxLatitude: (Double(row) + 0.5) * Self.latitudeStep,
            minLongitude: (Double(column) - 0.5) * Self.longitudeStep, maxLongitude: (Double(column) + 0.5) * Self.longitudeStep)
    }
}

/// A latitude and longitude range.
public struct GeoBounds: Hashable, Sendable {
    public let minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double

    public init(minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double) {
        self.minLatitude = minLatitude
        self.maxLatitude = maxLatitude
        self.minLongitude = minLongitude
        self.maxLongitude = maxLongitude
    }

    public func contains(_ point: GeoPoint) -> Bool {
        (minLatitude...maxLatitude).contains(point.latitude) && (minLongitude...maxLongitude).contains(point.longitude)
    }

    /// These bounds grown by `latitude` and `longitude` degrees on every side.
    public func expanded(latitude: Double, longitude: Double) -> GeoBounds {
        GeoBounds(
            minLatitude: minLatitude - latitude, maxLatitude: maxLatitude + latitude, minLongitude: minLongitude - longitude,
            maxLongitude: maxLongitude + longitude)
    }
}
