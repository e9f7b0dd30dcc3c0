/// What the Authority's Contact Management Panel looks at (promises 5 and 6): 999 and non-emergency calls
/// by month, with volumes, answer times in the Home Office bands, abandonment, emergency attendance
/// urban and rural, and estimated times of arrival given; each share with the control limits of a p-chart
/// drawn from the twelve months before the period. For the force and each local policing unit.
public struct ContactPanel: Sendable {
    /// One line's calls in one month: the Home Office bands, and the control limits of the abandoned share.
    @dynamicMemberLookup
    public struct LineMonth: Sendable, Equatable {
        public let month: YearMonth
        public let bands: AnswerBands
        /// The p-chart limits of the abandoned share, when the baseline months had calls.
        public let abandonedLimits: (lower: Double, upper: Double)?

        /// The bands' counts, read as the month's own (`month.calls`).
        public subscript<Value>(dynamicMember keyPath: KeyPath<AnswerBands, Value>) -> Value { bands[keyPath: keyPath] }

        public var abandonedShare: Proportion { Proportion(bands.abandoned, of: bands.calls) }

        public static func == (lhs: LineMonth, rhs: LineMonth) -> Bool {
            (lhs.month, lhs.bands) == (rhs.month, rhs.bands) && lhs.abandonedLimits?.lower == rhs.abandonedLimits?.lower
                && lhs.abandonedLimits?.upper == rhs.abandonedLimits?.upper
        }
    }

    public struct AreaPanel: Sendable {
        public let area: Area
        public let emergency: [LineMonth]
        public let nonEmergency: [LineMonth]
        /// The engine's results for the area, with their monthly series and limits, in `measures` order
        /// (an indicator with no calls in the area is missing).
        public let measures: [IndicatorResult]
    }

    /// The indicators the panel reads: answer times, attendance urban and rural, ETAs given.
    public static let measures = [
        IndicatorID.p5Answer10s.rawValue, IndicatorID.p6AnswerPrompt.rawValue, IndicatorID.p5AttendUrban15m.rawValue,
        IndicatorID.p5AttendRural20m.rawValue, IndicatorID.p5EtaGiven.rawValue, IndicatorID.p6EtaGiven.rawValue,
        IndicatorID.p6AttendVulnerable60m.rawValue, IndicatorID.p6Appointment48h.rawValue,
    ]

    public let window: ReportWindow
    /// The force first, then its units by name.
    public let areas: [AreaPanel]

    /// The panel from the calls of the period and its baseline months, and the engine's results for the
    /// same window (`results` of `IndicatorEngine.report` or `callIndicators`).
    public init(calls: [CallFact], results: [IndicatorResult], engine: IndicatorEngine) {
        window = engine.window
        // Every month from the first of the baseline to the last whole month of the period, contiguous so
        // that a month's calls are found by binary search; the baseline and the period are picked out.
        var months = [engine.baselineMonths[0]]
        let last = window.wholeMonths.last ?? engine.baselineMonths.last!
        while months.last! < last { months.append(months.last!.next) }
        let baseline = engine.baselineMonths.compactMap(months.firstIndex)
        let shown = window.wholeMonths.compactMap(months.firstIndex)
        let end = window.zone.startOfDay(last.next.firstDay)
        let units = Array(Set(engine.directory.all.compactMap(\.unit))).sorted()
        let areaList: [Area] = [.force] + units.map(Area.unit)
        let unitIndex = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($0.element, $0.offset + 1) })
        let starts = MonthStarts(months, zone: window.zone)
        // bands[area][line][month]
        var bands = [[[AnswerBands]]](
            repeating: [[AnswerBands]](repeating: [AnswerBands](repeating: AnswerBands(), count: months.count), count: 2), count: areaList.count)
        for call in calls {
            guard call.received < end, let month = starts.index(of: call.received) else { continue }
            let line = call.is999 ? 0 : 1
            var places = [0]
            if let unit = engine.directory.entry(call.neighbourhood)?.unit, let index = unitIndex[unit] { places.append(index) }
            // As of T, an answer after T had not happened yet: the call counts as unanswered.
            let answered = window.seen(call.answered)
            for area in places { bands[area][line][month].count(received: call.received, answered: answered) }
        }
        areas = areaList.enumerated().map { areaIndex, area in
            func line(_ line: Int) -> [LineMonth] {
                let rows = bands[areaIndex][line]
                let share = { (month: Int) in Proportion(rows[month].abandoned, of: rows[month].calls) }
                let chart = PChart(points: shown.map(share), baseline: baseline.map(share))
                return shown.enumerated().map { position, month in
                    LineMonth(month: months[month], bands: rows[month], abandonedLimits: chart?.limits[position])
                }
            }
            let mine = results.filter { $0.area == area }
            return AreaPanel(
                area: area, emergency: line(0), nonEmergency: line(1),
                measures: Self.measures.compactMap { id in mine.first { $0.indicator.id == id } })
        }
    }
}
