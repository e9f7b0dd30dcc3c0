import PledgeCore

/// A named set of forces to generate, calibrated to a story the figures must tell.
public struct Profile: Sendable {
    public let name: String
    public let forces: [ForceSettings]

    /// The profiles `pledgewatch generate --profile` knows.
    public static let names = ["leicestershire-2008", "national-2008"]

    public static func named(_ name: String) -> Profile? {
        switch name {
        case "leicestershire-2008": Profile(name: name, forces: [.leicestershire2008])
        case "national-2008": .national2008
        default: nil
        }
    }
}

extension ForceSettings {
    /// Leicestershire Constabulary in 2008/09, calibrated to the inspectorate's October 2009 report on
    /// Leicestershire and to the force's own published call volumes (docs/generator.md): about 150,000 999
    /// calls and twice as many non-emergency calls a year, 15 local policing units.
    public static let leicestershire2008 = ForceSettings(
        force: ForceCatalogue.force(id: "leicestershire")!,
        south: 52.39, north: 52.98, west: -1.60, east: -0.43,
        towns: [
            (52.636, -1.133), (52.772, -1.206), (52.541, -1.373), (52.765, -0.886), (52.478, -0.921),
            (52.722, -1.370), (52.670, -0.727), (52.580, -1.200),
        ],
        urbanShare: 0.55,
        lpus: [
            "Leicester City Centre", "Leicester East", "Leicester West", "Leicester North", "Leicester South",
            "Charnwood", "Loughborough", "North West Leicestershire", "Hinckley and Bosworth", "Blaby",
            "Oadby and Wigston", "Harborough", "Market Harborough", "Melton", "Rutland",
        ],
        neighbourhoodsPerLPU: 6, calls999: 150_000, calls101: 300_000, population: 980_000,
        performance: Performance())
}
