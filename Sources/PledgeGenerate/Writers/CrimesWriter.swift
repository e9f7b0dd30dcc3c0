import Foundation
import PledgeCore

/// Street-level crime in the police.uk monthly CSV, one file a month, as police.uk publishes it.
enum CrimesWriter {
    static let categories: [(String, Double)] = [
        ("Anti-social behaviour", 38), ("Violence and sexual offences", 14), ("Criminal damage and arson", 9), ("Other theft", 8),
        ("Vehicle crime", 7), ("Burglary", 6), ("Shoplifting", 5), ("Public order", 3), ("Drugs", 2.5), ("Other crime", 2),
        ("Bicycle theft", 1.5), ("Theft from the person", 1.2), ("Robbery", 0.8), ("Possession of weapons", 0.5),
    ]
    static let outcomes = [
        "Investigation complete; no suspect identified", "Under investigation", "Unable to prosecute suspect",
        "Offender given a caution", "Local resolution", "Awaiting court outcome", "Offender sent to prison",
    ]

    static func write(_ context: ForceContext) throws -> [String] {
        var random = context.random("crimes")
        var total = 0.0
        let cumulativeCategories = categories.map {
            total += $0.1; return total
        }
        let cumulativeNeighbourhoods = context.neighbourhoodWeights
        let streets = [
            "High Street", "Station Road", "Church Lane", "Park Road", "London Road", "Victoria Street", "Mill Lane", "Market Place", "Granby Street",
            "Shopping Area", "Parking Area", "Petrol Station", "Supermarket", "Sports/Recreation Area",
        ]
        var paths: [String] = []
        for month in context.period.months {
            let writer = try context.writer(.crimes, path: "\(context.directory)/\(month)-\(context.forceID)-street.csv")
            let days = Double(context.period.days.filter { $0.yearMonth == month }.count)
            let count = random.round(
                context.volume(perYear: Double(context.settings.population) * 0.09) * days / Double(context.period.days.count)
                    * context.dayWeight(month.firstDay.adding(days: 14)))
            for _ in 0..<count {
                let plan = context.geography.neighbourhoods[random.weighted(cumulativeNeighbourhoods)]
                let category = categories[random.weighted(cumulativeCategories)].0
                let isASB = category == "Anti-social behaviour"
                let id = isASB ? nil : (0..<4).map { _ in String(format: "%016llx", random.next()) }.joined()
                let lat = plan.south + (plan.north - plan.south) * (0.02 + 0.96 * random.unit())
                let lon = plan.west + (plan.east - plan.west) * (0.02 + 0.96 * random.unit())
                let lsoa = random.int(10_000...14_999)
                writer.append([
                    id, month.description, context.settings.force.name, context.settings.force.name, String(format: "%.6f", lon),
                    String(format: "%.6f", lat),
                    "On or near \(random.pick(streets))", "E0\(lsoa)",
                    "\(plan.lpu) \(String(format: "%03d", lsoa % 200))\(random.pick(["A", "B", "C", "D"]))",
                    category, isASB ? nil : random.pick(outcomes), nil,
                ])
            }
            try writer.close()
            paths.append(writer.path)
        }
        return paths
    }
}
