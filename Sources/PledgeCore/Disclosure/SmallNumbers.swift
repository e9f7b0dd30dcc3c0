/// The rule for small numbers about people on public outputs, in one place: which figures are about people,
/// the threshold, and which areas are small enough for a figure to point at someone.
///
/// A figure about people (survey answers, victims, dissatisfaction reports, complaints, callers flagged
/// vulnerable) for an area below the force (a local policing unit, a neighbourhood, urban or rural) that
/// stands on 1 to 9 records is published only as "fewer than 10 records": a neighbour could otherwise tell
/// whose answer or report "1 of 1" is. No records at all says nothing about anyone and is shown as such.
/// Force-level figures, and internal outputs (the command line), keep their counts. `Disclosure` applies the
/// rule to a set of results, with the complementary suppression that stops a total giving a figure away.
public enum SmallNumbers {
    /// Fewer records than this behind a figure about people in an area below the force, and it is withheld.
    public static let threshold = 10

    /// What a withheld figure shows instead of its counts.
    public static let phrase = "fewer than \(threshold) records"

    /// Indicators about people beyond the promises that are all about people (1, 9 and 10).
    private static let alsoAboutPeople: Set<String> = [IndicatorID.p2Awareness.rawValue, IndicatorID.p6AttendVulnerable60m.rawValue]

    /// Whether the indicator counts people: their survey answers (promise 1, P2.awareness), victims (9),
    /// dissatisfaction reports (10) or callers flagged vulnerable (P6.attend_vulnerable_60m). Reality checks
    /// are checks the force makes of itself, not people's records. An unknown id is taken as about people:
    /// the safe side.
    public static func isAboutPeople(_ indicatorID: String) -> Bool {
        guard let indicator = IndicatorCatalogue.definition(indicatorID) else { return true }
        if indicatorID.hasSuffix(".reality_checks") { return false }
        return [1, 9, 10].contains(indicator.promise) || alsoAboutPeople.contains(indicatorID)
    }

    /// Every area but the force itself: a unit, a neighbourhood, urban or rural.
    public static func isBelowForce(_ area: Area) -> Bool { area != .force }

    /// Whether a count of records is small: 1 to 9. None is not small: it points at no one.
    public static func isSmall(_ records: Int) -> Bool { records > 0 && records < threshold }

    /// Whether a figure about people, for `area`, on `records` records must be withheld.
    public static func withholds(indicatorID: String, area: Area, records: Int) -> Bool {
        isBelowForce(area) && isSmall(records) && isAboutPeople(indicatorID)
    }
}
