import Foundation
import PledgeCore

/// All 43 forces in 2008/09, sized by their populations, with performance spread the way HMIC's 2009
/// inspection found it: no force excellent, a few good, most fair, and two (Suffolk and Cumbria) poor on
/// some promises. Areas and centres are approximate; which forces are "good" here, beyond Leicestershire,
/// is illustrative, not a record of the 2009 grades.
extension Profile {
    static let national2008 = Profile(name: "national-2008", forces: NationalForces.table.map(NationalForces.settings))
}

enum NationalForces {
    /// id, approximate centre (latitude, longitude), area in km², resident population (2008).
    static let table: [(String, Double, Double, Double, Int)] = [
        ("avon-and-somerset", 51.35, -2.75, 4_800, 1_600_000), ("bedfordshire", 52.05, -0.45, 1_235, 600_000),
        ("cambridgeshire", 52.40, 0.05, 3_400, 770_000), ("cheshire", 53.20, -2.55, 2_340, 1_000_000),
        ("city-of-london", 51.515, -0.09, 3, 9_000), ("cleveland", 54.57, -1.20, 600, 550_000),
        ("cumbria", 54.50, -3.10, 6_770, 500_000), ("derbyshire", 53.05, -1.55, 2_630, 1_000_000),
        ("devon-and-cornwall", 50.55, -4.30, 10_300, 1_650_000), ("dorset", 50.78, -2.20, 2_650, 710_000),
        ("durham", 54.70, -1.75, 2_230, 600_000), ("dyfed-powys", 52.10, -3.90, 10_900, 500_000),
        ("essex", 51.80, 0.55, 3_670, 1_700_000), ("gloucestershire", 51.85, -2.20, 3_150, 580_000),
        ("greater-manchester", 53.48, -2.25, 1_280, 2_600_000), ("gwent", 51.70, -3.00, 1_550, 560_000),
        ("hampshire", 51.00, -1.30, 4_160, 1_850_000), ("hertfordshire", 51.80, -0.25, 1_640, 1_080_000),
        ("humberside", 53.75, -0.45, 3_500, 900_000), ("kent", 51.20, 0.75, 3_740, 1_650_000),
        ("lancashire", 53.85, -2.60, 3_080, 1_450_000), ("leicestershire", 52.65, -1.10, 2_540, 980_000),
        ("lincolnshire", 53.10, -0.25, 5_920, 700_000), ("merseyside", 53.42, -2.95, 650, 1_350_000),
        ("metropolitan", 51.50, -0.12, 1_580, 7_600_000), ("norfolk", 52.65, 1.00, 5_370, 850_000),
        ("north-wales", 53.00, -3.60, 6_170, 680_000), ("north-yorkshire", 54.10, -1.40, 8_300, 800_000),
        ("northamptonshire", 52.30, -0.85, 2_360, 680_000), ("northumbria", 55.10, -1.85, 5_550, 1_400_000),
        ("nottinghamshire", 53.10, -1.00, 2_160, 1_070_000), ("south-wales", 51.60, -3.50, 2_070, 1_250_000),
        ("south-yorkshire", 53.50, -1.35, 1_550, 1_300_000), ("staffordshire", 52.85, -2.05, 2_710, 1_070_000),
        ("suffolk", 52.20, 1.05, 3_800, 700_000), ("surrey", 51.25, -0.45, 1_660, 1_100_000),
        ("sussex", 50.95, -0.30, 3_780, 1_550_000), ("thames-valley", 51.70, -1.10, 5_740, 2_200_000),
        ("warwickshire", 52.30, -1.55, 1_980, 540_000), ("west-mercia", 52.35, -2.60, 7_400, 1_200_000),
        ("west-midlands", 52.48, -1.90, 900, 2_600_000), ("west-yorkshire", 53.75, -1.65, 2_030, 2_200_000),
        ("wiltshire", 51.35, -1.95, 3_480, 650_000),
    ]

    /// Forces drawn as good on most promises (Leicestershire, as published, and an illustrative seven).
    static let good: Set<String> = [
        "leicestershire", "northumbria", "staffordshire", "surrey", "dyfed-powys", "cleveland", "lincolnshire", "west-yorkshire",
    ]
    /// Forces poor on some promises (as published in 2009).
    static let poor: Set<String> = ["suffolk", "cumbria"]

    static func settings(_ row: (String, Double, Double, Double, Int)) -> ForceSettings {
        let (id, latitude, longitude, area, population) = row
        if id == "leicestershire" { return .leicestershire2008 }
        let force = ForceCatalogue.force(id: id)!
        let halfSide = area.squareRoot() / 2
        let latitudeSpan = halfSide / 111
        let longitudeSpan = halfSide / (111 * cos(latitude * .pi / 180))
        let density = Double(population) / area
        let units = min(40, max(1, population / 150_000))
        return ForceSettings(
            force: force, south: latitude - latitudeSpan, north: latitude + latitudeSpan, west: longitude - longitudeSpan,
            east: longitude + longitudeSpan, towns: [(latitude, longitude)], urbanShare: min(0.95, max(0.2, 0.2 + density / 2_000)),
            lpus: (1...units).map {
                "\(force.name.replacingOccurrences(of: " Police", with: "").replacingOccurrences(of: " Constabulary", with: "")) \($0)"
            },
            neighbourhoodsPerLPU: 6, calls999: population * 155 / 1_000, calls101: population * 310 / 1_000, population: population,
            performance: performance(id))
    }

    /// A force's shares, drawn once from its tier with a fixed seed (the profile does not change with --seed).
    static func performance(_ id: String) -> Performance {
        var random = SeededRandom(seed: 2009, stream: "national-2008/\(id)")
        func between(_ low: Double, _ high: Double) -> Double { low + (high - low) * random.unit() }
        var p = Performance()
        // The tiers were drawn against the earlier defaults; the calibrations to Leicestershire's published
        // grades (a December dip, its reality checks, its updates and victims) are not theirs.
        p.visibleShareByMonth = [:]
        p.realityChecksMetByPromise = nil
        p.victimsKeptInformed = 0.93
        p.quarterlyNewsletterAreas = 0.35
        p.completeUpdates = 0.55
        p.monthlyMeeting = 0.97
        let tier = good.contains(id) ? 2 : (poor.contains(id) ? 0 : 1)
        switch tier {
        case 2:
            p.answer999Within10s = between(0.91, 0.95)
            p.emergencyWithin15m = between(0.84, 0.88)
            p.ruralEmergencyWithin20m = between(0.85, 0.9)
            p.etaGivenEmergency = between(0.85, 0.95)
            p.etaGivenPriority = between(0.85, 0.95)
            p.visibleShare = between(0.82, 0.9)
            p.victimPreferencesRecorded = between(0.85, 0.93)
            p.callbackConsentRecorded = between(0.85, 0.95)
            p.quarterlyNewsletterAreas = between(0, 0.05)
            p.prioritiesAgreed = between(0.93, 0.98)
        case 1:
            p.answer999Within10s = between(0.80, 0.89)
            p.answer101Within30s = between(0.72, 0.84)
            p.emergencyWithin15m = between(0.74, 0.84)
            p.ruralEmergencyWithin20m = between(0.76, 0.86)
            p.etaGivenEmergency = between(0.3, 0.8)
            p.etaGivenPriority = between(0.3, 0.8)
            p.visibleShare = between(0.74, 0.84)
            p.messagesWithin24h = between(0.85, 0.95)
            p.victimPreferencesRecorded = between(0.5, 0.85)
            p.victimsKeptInformed = between(0.78, 0.9)
            p.dissatisfactionWithin24h = between(0.85, 0.95)
            p.callbackConsentRecorded = between(0.4, 0.85)
            p.monthlyMeeting = between(0.85, 0.97)
            p.prioritiesAgreed = between(0.7, 0.9)
            p.quarterlyNewsletterAreas = between(0.05, 0.4)
            p.respectPositive = between(0.86, 0.92)
        default:
            p.answer999Within10s = between(0.70, 0.74)
            p.answer101Within30s = between(0.6, 0.7)
            p.emergencyWithin15m = between(0.64, 0.7)
            p.ruralEmergencyWithin20m = between(0.66, 0.72)
            p.etaGivenEmergency = between(0.1, 0.3)
            p.etaGivenPriority = between(0.1, 0.3)
            p.visibleShare = between(0.6, 0.66)
            p.messagesWithin24h = between(0.72, 0.8)
            p.victimPreferencesRecorded = between(0.3, 0.5)
            p.victimsKeptInformed = between(0.65, 0.75)
            p.dissatisfactionWithin24h = between(0.75, 0.85)
            p.callbackConsentRecorded = between(0.2, 0.4)
            p.monthlyMeeting = between(0.7, 0.8)
            p.quarterlyNewsletterAreas = between(0.4, 0.6)
            p.respectPositive = between(0.82, 0.87)
        }
        return p
    }
}
