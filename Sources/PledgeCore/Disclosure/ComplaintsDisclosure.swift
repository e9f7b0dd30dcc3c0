/// Which counts of the Police Authority's complaints analysis a public page withholds, and why.
///
/// Complaints are about people, so a local policing unit's count of 1 to 9 complaints (`SmallNumbers`) is
/// published only as "fewer than 10 records", with no rate. The tables add up (every complaint is one of
/// its unit's promise-and-category rows; a promise's complaints are its rows; the complaints saying a promise
/// was broken are the promises'), and the force's page shows every count, so complementary suppression
/// (`ComplementarySuppression`) then withholds, in each period, whatever would give a withheld count back:
/// within the unit's tables and across the units of the force. Complaints with no unit count at force level
/// only; they are taken as none, the worst case. The force's counts and the peers' are always shown.
public struct ComplaintsDisclosure: Sendable {
    /// One count of the analysis.
    public enum Figure: Hashable, Sendable {
        /// Every complaint.
        case all
        /// Complaints saying a promise was broken.
        case brokenPromises
        /// Complaints naming one promise, whatever their category.
        case promise(Int)
        /// Complaints naming a promise (nil: none) in one category.
        case row(promise: Int?, category: String)

        /// Where the figure sorts: the order the page shows them in, so the first among equals is the first shown.
        fileprivate var order: (Int, Int, String) {
            switch self {
            case .brokenPromises: (0, 0, "")
            case .all: (1, 0, "")
            case .promise(let promise): (2, promise, "")
            case .row(let promise, let category): (3, promise ?? 11, category)
            }
        }
    }

    fileprivate struct Cell: Hashable, Comparable {
        let area: Area
        let figure: Figure
        let lastYear: Bool

        static func < (left: Cell, right: Cell) -> Bool {
            if left.area != right.area { return left.area < right.area }
            if left.lastYear != right.lastYear { return !left.lastYear }
            return left.figure.order < right.figure.order
        }
    }

    private let withheld: [Cell: Disclosure.Reason]

    /// Nothing withheld: the force's own page and internal outputs.
    public static let none = ComplaintsDisclosure(withheld: [:])

    private init(withheld: [Cell: Disclosure.Reason]) { self.withheld = withheld }

    /// What to withhold of `units` (the analysis of every local policing unit of the force for one period),
    /// given the force's analysis for the same period.
    public init(force: ComplaintsAnalysis, units: [ComplaintsAnalysis]) {
        let figures = Self.figures(of: force)
        var records: [Cell: Int] = [:]
        var reasons: [Cell: Disclosure.Reason] = [:]
        for analysis in [force] + units {
            let counts = Self.counts(of: analysis)
            for figure in figures {
                for lastYear in [false, true] {
                    let cell = Cell(area: analysis.area, figure: figure, lastYear: lastYear)
                    let count = (lastYear ? counts.before : counts.now)[figure] ?? 0
                    records[cell] = count
                    if SmallNumbers.isBelowForce(analysis.area) && SmallNumbers.isSmall(count) { reasons[cell] = .fewerRecords }
                }
            }
        }
        var wholes: [(whole: Cell, parts: [Cell])] = []
        let rows = figures.compactMap { figure -> (promise: Int?, figure: Figure)? in
            if case .row(let promise, _) = figure { (promise, figure) } else { nil }
        }
        for area in [force.area] + units.map(\.area) {
            for lastYear in [false, true] {
                let cell = { Cell(area: area, figure: $0, lastYear: lastYear) }
                wholes.append((cell(.all), ([.brokenPromises] + rows.filter { $0.promise == nil }.map(\.figure)).map(cell)))
                wholes.append((cell(.brokenPromises), (1...10).map { cell(.promise($0)) }))
                for promise in 1...10 { wholes.append((cell(.promise(promise)), rows.filter { $0.promise == promise }.map { cell($0.figure) })) }
            }
        }
        for figure in figures {
            for lastYear in [false, true] {
                wholes.append(
                    (
                        Cell(area: force.area, figure: figure, lastYear: lastYear),
                        units.map { Cell(area: $0.area, figure: figure, lastYear: lastYear) }
                    ))
            }
        }
        ComplementarySuppression.complete(&reasons, records: records, wholes: wholes, isFixed: { $0.area == .force })
        self.withheld = reasons
    }

    /// Why `figure` of `area` (this period's, or last year's) is withheld; nil when it is shown.
    public func reason(_ area: Area, _ figure: Figure, lastYear: Bool) -> Disclosure.Reason? {
        withheld[Cell(area: area, figure: figure, lastYear: lastYear)]
    }

    /// Every figure the force's analysis has: its totals, the ten promises and each promise-and-category row.
    private static func figures(of analysis: ComplaintsAnalysis) -> [Figure] {
        [.all, .brokenPromises] + (1...10).map { .promise($0) } + analysis.rows.map { .row(promise: $0.promise, category: $0.category) }
    }

    /// Each figure's complaints, this period and last year.
    private static func counts(of analysis: ComplaintsAnalysis) -> (now: [Figure: Int], before: [Figure: Int]) {
        var now: [Figure: Int] = [.all: analysis.all.complaints, .brokenPromises: analysis.brokenPromises.complaints]
        var before: [Figure: Int] = [.all: analysis.allLastYear.complaints, .brokenPromises: analysis.brokenPromisesLastYear.complaints]
        for row in analysis.promises {
            now[.promise(row.promise)] = row.now.complaints
            before[.promise(row.promise)] = row.lastYear.complaints
        }
        for row in analysis.rows {
            now[.row(promise: row.promise, category: row.category)] = row.now.complaints
            before[.row(promise: row.promise, category: row.category)] = row.lastYear.complaints
        }
        return (now, before)
    }
}
