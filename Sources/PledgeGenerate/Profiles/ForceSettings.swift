import PledgeCore

/// One force in a profile: where it is, how big it is, how it performs.
public struct ForceSettings: Sendable {
    public let force: Force
    /// The force area's bounding box, which the neighbourhood grid tiles.
    public let south: Double, north: Double, west: Double, east: Double
    /// Town centres (latitude, longitude): neighbourhood cells near them are urban.
    public let towns: [(Double, Double)]
    /// Share of neighbourhoods that are urban.
    public let urbanShare: Double
    /// Local policing units (basic command units).
    public let lpus: [String]
    public let neighbourhoodsPerLPU: Int
    /// Calls a year at scale 1.
    public let calls999: Int
    public let calls101: Int
    /// Resident population, for survey, complaint and crime volumes.
    public let population: Int
    public var performance: Performance

    public init(
        force: Force, south: Double, north: Double, west: Double, east: Double, towns: [(Double, Double)],
        urbanShare: Double, lpus: [String], neighbourhoodsPerLPU: Int, calls999: Int, calls101: Int, population: Int,
        performance: Performance
    ) {
        self.force = force
        self.south = south
        self.north = north
        self.west = west
        self.east = east
        self.towns = towns
        self.urbanShare = urbanShare
        self.lpus = lpus
        self.neighbourhoodsPerLPU = neighbourhoodsPerLPU
        self.calls999 = calls999
        self.calls101 = calls101
        self.population = population
        self.performance = performance
    }
}
