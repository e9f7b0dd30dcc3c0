import PledgeCore

/// Hand-built values the core's tests and the output's tests share: a force of two neighbourhoods (CITY,
/// urban, in the City unit; VALE, rural, in County), instants read from ISO text, an engine for a period,
/// a January of duty days and a one-indicator report card.
public enum EngineFixture {
    public static let zone = ZoneRulesCache.rules(for: "Europe/London")!
    public static let directory = NeighbourhoodDirectory([
        .init(id: "CITY", unit: "City", urban: true), .init(id: "VALE", unit: "County", urban: false),
    ])

    /// An instant from ISO text with offset.
    public static func at(_ text: String) -> Instant {
        Array(text.utf8).withUnsafeBytes { try! InstantParser.parse($0, zone: zone).get() }
    }

    /// The engine for `period` (as of `asOf`, else its end, seen from 1 January 2010) over `directory`.
    public static func engine(_ period: String = "2009-01", asOf: String? = nil, targets: [String: Double] = [:]) -> IndicatorEngine {
        let window = ReportWindow(period: Period(period)!, zone: zone, now: at("2010-01-01T00:00:00Z"), asOf: asOf.map(at))
        return IndicatorEngine(window: window, directory: directory, targets: targets)
    }

    public static func dutyDay(_ neighbourhood: String, _ date: String, duty: Double, visible: Double, abstracted: Double = 0) -> DutyFact {
        DutyFact(neighbourhood: neighbourhood, date: LocalDate(date)!, hoursOnDuty: duty, hoursVisible: visible, hoursAbstracted: abstracted)
    }

    /// Duty days around January 2009, with the sums worked by hand in the duty tests.
    public static let januaryDuty = [
        dutyDay("CITY", "2009-01-01", duty: 8, visible: 6, abstracted: 1),  // the period's first day
        dutyDay("CITY", "2009-01-31", duty: 10, visible: 9.5),  // its last day
        dutyDay("VALE", "2009-01-15", duty: 8, visible: 4, abstracted: 3.5),
        dutyDay("GHOST", "2009-01-10", duty: 6, visible: 3),  // a neighbourhood the force does not have: force only
        dutyDay("CITY", "2008-12-31", duty: 8, visible: 8),  // the day before: baseline, not period
        dutyDay("VALE", "2009-02-01", duty: 8, visible: 0),  // the day after
    ]

    /// The 2008/09 report card of force `id` with one figure: P5.answer_10s, `numerator` of `denominator`.
    public static func nationalCard(_ id: String, _ numerator: Int, of denominator: Int) -> ReportCard {
        let force = ForceCatalogue.force(id: id)!
        let window = ReportWindow(
            period: Period("2008/09")!, zone: ZoneRulesCache.rules(for: force.timeZone)!, now: Instant(microseconds: 1_300_000_000_000_000))
        let result = IndicatorResult(
            indicator: IndicatorCatalogue.definition(IndicatorID.p5Answer10s.rawValue)!, area: .force,
            measure: .records(Proportion(numerator, of: denominator)), target: 0.9, targetIsDefault: true, series: [], centre: nil)
        return ReportCard(force: force, window: window, results: [result], realityChecks: [])
    }
}
