/// Which figures of a set of results a public output withholds, and why: `SmallNumbers`' rule, then
/// complementary suppression, so that no withheld figure can be worked out from a shown total.
///
/// The areas nest: the force holds its units (and the neighbourhoods with no unit), each unit its
/// neighbourhoods, and calls' figures are also split urban and rural. The force's counts are always shown,
/// so wherever exactly one part of a whole (or a withheld unit among its shown neighbourhoods) is withheld,
/// subtraction would give it back: the shown member with the fewest records is withheld too, and again
/// until no whole has exactly one withheld member. Records with no neighbourhood count at force level only;
/// they are taken as none, the worst case, since a reader may know there are none.
public struct Disclosure: Sendable {
    /// Why a figure is withheld.
    public enum Reason: String, Sendable {
        /// It stands on fewer than `SmallNumbers.threshold` records.
        case fewerRecords = "fewer-records"
        /// It has enough records, but with the total shown it would give away a figure that has not.
        case complementary

        /// The words a page or the API gives in its place.
        public var text: String {
            switch self {
            case .fewerRecords: SmallNumbers.phrase
            case .complementary: "withheld so that a figure on \(SmallNumbers.phrase) cannot be worked out from the total"
            }
        }
    }

    private struct Key: Hashable {
        let indicator: String
        let area: Area
    }

    private let withheld: [Key: Reason]

    /// Nothing withheld: for internal outputs, which keep every count.
    public static let none = Disclosure(withheld: [:])

    private init(withheld: [Key: Reason]) { self.withheld = withheld }

    /// What to withhold of `results` (every area's results for one force and period); `directory` says which
    /// unit each neighbourhood is in.
    public init(results: [IndicatorResult], directory: NeighbourhoodDirectory) {
        var withheld: [Key: Reason] = [:]
        let byIndicator = Dictionary(grouping: results.filter { SmallNumbers.isAboutPeople($0.indicator.id) }, by: \.indicator.id)
        for (indicator, mine) in byIndicator {
            let records = Dictionary(mine.map { ($0.area, $0.measure.sampleSize) }, uniquingKeysWith: { first, _ in first })
            var reasons: [Area: Reason] = [:]
            for (area, count) in records where SmallNumbers.withholds(indicatorID: indicator, area: area, records: count) {
                reasons[area] = .fewerRecords
            }
            ComplementarySuppression.complete(
                &reasons, records: records, wholes: Self.wholes(of: Array(records.keys), directory: directory), isFixed: { $0 == .force })
            for (area, reason) in reasons { withheld[Key(indicator: indicator, area: area)] = reason }
        }
        self.withheld = withheld
    }

    /// Why the figure of `indicatorID` for `area` is withheld; nil when it is shown.
    public func reason(_ indicatorID: String, _ area: Area) -> Reason? { withheld[Key(indicator: indicatorID, area: area)] }

    /// Why `result` is withheld; nil when it is shown.
    public func reason(_ result: IndicatorResult) -> Reason? { reason(result.indicator.id, result.area) }

    /// Whether a month of a shown result is withheld: a month of a figure about people, below the force, on
    /// fewer than 10 records (every month of a withheld result is withheld with it).
    public func withholds(_ point: IndicatorResult.MonthPoint, of result: IndicatorResult) -> Bool {
        reason(result) != nil || SmallNumbers.withholds(indicatorID: result.indicator.id, area: result.area, records: point.measure.sampleSize)
    }

    /// The result's monthly values as a chart may draw them: withheld months are gaps.
    public func chartValues(_ result: IndicatorResult) -> [Double?] {
        result.series.map { withholds($0, of: result) ? nil : $0.value }
    }

    /// Each whole and the parts that add up to it (as far as a reader can tell): the force and its units with
    /// the neighbourhoods that have none; each unit and its neighbourhoods; the force, urban and rural.
    private static func wholes(of areas: [Area], directory: NeighbourhoodDirectory) -> [(whole: Area, parts: [Area])] {
        var units: [Area] = [], unitless: [Area] = [], byUnit: [String: [Area]] = [:]
        for area in areas.sorted() {
            switch area {
            case .unit: units.append(area)
            case .neighbourhood(let id):
                if let unit = directory.entry(id)?.unit { byUnit[unit, default: []].append(area) } else { unitless.append(area) }
            case .force, .urban, .rural: break
            }
        }
        var wholes: [(whole: Area, parts: [Area])] = [(.force, units + unitless), (.force, areas.filter { $0 == .urban || $0 == .rural })]
        for (unit, parts) in byUnit.sorted(by: { $0.key < $1.key }) { wholes.append((.unit(unit), parts)) }
        return wholes
    }
}
