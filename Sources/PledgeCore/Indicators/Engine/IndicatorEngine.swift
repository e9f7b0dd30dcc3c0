/// The indicator engine: the logic lives here once, in the core, whatever store the records came from.
/// A store gives it facts; it judges each record against each indicator, tallies per area and month, and
/// attaches the statistics.
public struct IndicatorEngine: Sendable {
    public let window: ReportWindow
    public let directory: NeighbourhoodDirectory
    /// The force's own targets by indicator id; the spec's defaults for the rest.
    public let targets: [String: Double]
    /// The months each kind of record covers; nil: every month counts (a caller judging facts it made).
    public var coverage: Coverage?
    /// How many months before the period the control-chart centre line is drawn from.
    public static let baselineMonths = 12

    public init(window: ReportWindow, directory: NeighbourhoodDirectory, targets: [String: Double] = [:], coverage: Coverage? = nil) {
        self.window = window
        self.directory = directory
        self.targets = targets
        self.coverage = coverage
    }

    /// For each of `months`, whether records of `kind` count in it: only months the kind covers do.
    func covered(_ months: [YearMonth], kind: RecordKind?) -> [Bool] {
        months.map { coverage?.covers(kind, $0) ?? true }
    }

    /// What a result of an indicator counting `kind` stood on.
    func coverageNote(_ kind: RecordKind?) -> CoverageNote? {
        coverage.map { CoverageNote(kind: kind, coverage: $0, window: window) }
    }

    /// The first instant whose records the engine needs: the start of the baseline months.
    public var earliestNeeded: Instant { window.zone.startOfDay(baselineMonths[0].firstDay) }

    /// The force's own target for an indicator, else the spec's default; and which of the two it is.
    func target(for definition: IndicatorDefinition) -> (Double?, isDefault: Bool) {
        let own = targets[definition.id]
        return (own ?? definition.defaultTarget, own == nil)
    }

    /// The months before the period that the control-chart centre line is drawn from.
    var baselineMonths: [YearMonth] {
        var months = [window.period.start.yearMonth.previous]
        while months.count < Self.baselineMonths { months.insert(months[0].previous, at: 0) }
        return months
    }

    /// The call indicators (promises 5 and 6) for every area, urban and rural included, from calls
    /// received (or, for appointments kept, due) from `earliestNeeded` to the end of the period. Calls are
    /// most of a report's records, so they get one pass that judges every rule per call (`CallRules.judgeAll`),
    /// each half of the calls on its own core with its own tally, the two added together at the end.
    public func callIndicators(_ calls: [CallFact]) -> [IndicatorResult] {
        let layout = AreaLayout(directory)
        let months = baselineMonths + window.period.months
        let covered = covered(months, kind: .calls)
        @Sendable func tallied(_ range: Range<Int>) -> Tally { tallyCalls(calls, range, layout: layout, months: months, covered: covered) }
        var tally: Tally
        if calls.count >= Self.recordsWorthTwoCores {
            let middle = calls.count / 2
            let (first, second) = Concurrently.run({ tallied(0..<middle) }, { tallied(middle..<calls.count) })
            tally = first
            tally.add(second)
        } else {
            tally = tallied(calls.indices)
        }
        return CallRules.all.indices.flatMap { results(CallRules.all[$0].id, rule: $0, tally) }
    }

    /// The calls of `range`, placed in their areas and judged against every call rule.
    private func tallyCalls(_ calls: [CallFact], _ range: Range<Int>, layout: AreaLayout, months: [YearMonth], covered: [Bool]) -> Tally {
        var tally = Tally(rules: CallRules.all.count, areas: layout.areas, months: months, zone: window.zone)
        var finder = PlaceFinder(layout)
        let earliest = earliestNeeded
        let (periodStart, periodEnd, asOf) = (window.start, window.end, window.asOf)
        let contexts = [nil, true, false].map { RuleContext(asOf: asOf, urban: $0) }
        tally.record { counter in
            // Calls come in time order, so the month of one usually holds the next; appointments have their own.
            var receivedMonth: (index: Int?, bounds: Range<Int64>) = (nil, 0..<0)
            var otherMonth = receivedMonth
            calls.withUnsafeBufferPointer { calls in
                for index in range {
                    let place = calls[index].neighbourhood.flatMap { finder.place(of: $0) }
                    var areas = place?.areas ?? .forceOnly
                    var type = 0
                    if let isUrban = calls[index].urban ?? place?.urban {
                        areas.insert(isUrban ? 1 : 2)
                        type = isUrban ? 1 : 2
                    }
                    let call = CallEvent(calls[index], asOf: asOf)
                    CallRules.judgeAll(call, contexts[type]) { rule, begins, met in
                        guard begins < periodEnd, begins < asOf, begins >= earliest else { return }
                        let month: Int?
                        if begins == call.received {
                            if !receivedMonth.bounds.contains(begins.microseconds) { receivedMonth = counter.month(of: begins) }
                            month = receivedMonth.index
                        } else {
                            if !otherMonth.bounds.contains(begins.microseconds) { otherMonth = counter.month(of: begins) }
                            month = otherMonth.index
                        }
                        guard let month, covered[month] else { return }
                        counter.add(rule: rule, met: met, areas: areas, month: month, inPeriod: begins >= periodStart)
                    }
                }
            }
        }
        return tally
    }

    /// Promise 4 from messages received from `earliestNeeded` to the end of the period.
    public func messageIndicators(_ messages: [MessageFact]) -> [IndicatorResult] {
        evaluate(messages, rules: ServiceRules.messages, kind: .messages, neighbourhood: { $0.neighbourhood })
    }

    /// Promise 10 from dissatisfaction reports.
    public func dissatisfactionIndicators(_ reports: [DissatisfactionFact]) -> [IndicatorResult] {
        evaluate(reports, rules: ServiceRules.dissatisfaction, kind: .dissatisfaction, neighbourhood: { $0.neighbourhood })
    }

    /// Promise 9 from victims and their updates.
    public func victimIndicators(_ victims: [VictimFact]) -> [IndicatorResult] {
        evaluate(victims, rules: ServiceRules.victims(zone: window.zone), kind: .victims, neighbourhood: { $0.neighbourhood })
    }

    /// Every promise's reality checks.
    public func realityCheckIndicators(_ checks: [RealityCheckFact]) -> [IndicatorResult] {
        evaluate(checks, rules: ServiceRules.realityChecks, kind: .realityChecks, neighbourhood: { $0.neighbourhood })
    }

    /// P1.respect and P2.awareness from survey answers.
    public func surveyIndicators(_ answers: [SurveyAnswerFact]) -> [IndicatorResult] {
        evaluate(answers, rules: CommunityRules.surveys(zone: window.zone), kind: .surveys, neighbourhood: { $0.neighbourhood })
    }

    /// P3.retention from team postings.
    public func postingIndicators(_ postings: [PostingFact]) -> [IndicatorResult] {
        evaluate(postings, rules: CommunityRules.postings(zone: window.zone), kind: nil, neighbourhood: { $0.neighbourhood })
    }

    /// Promises 7 and 8 over every neighbourhood × every whole month of the period (and of the baseline).
    public func neighbourhoodMonthIndicators(engagements: [EngagementFact], updates: [UpdateFact]) -> [IndicatorResult] {
        // Neighbourhood-months exist whether or not anything was recorded, so a month counts only where
        // the kind covers it (meetings for promise 7, updates for promise 8): a month before the force's
        // records began is not a month when nothing was done.
        // Without the force's coverage (a caller judging these facts alone), they cover what they hold, by
        // the same rule as a force's records (`Coverage.init(_:window:)`).
        var engine = self
        if coverage == nil {
            var held = IndicatorFacts(directory: directory)
            held.engagements = engagements
            held.updates = updates
            engine.coverage = Coverage(held, window: window)
        }
        let units = NeighbourhoodRules.neighbourhoodMonths(
            baselineMonths + window.wholeMonths, neighbourhoods: directory.all.map(\.id), engagements: engagements, updates: updates,
            window: window)
        return engine.evaluate(units, rules: NeighbourhoodRules.meetings, kind: .engagements, neighbourhood: { $0.neighbourhood })
            + engine.evaluate(units, rules: NeighbourhoodRules.updates, kind: .updates, neighbourhood: { $0.neighbourhood })
    }

    /// P2.published on the as-of day: neighbourhoods with a name, a base, a phone or email, and at least
    /// one team member in post. A snapshot, so it has no monthly series.
    public func publishedIndicator(neighbourhoods: [NeighbourhoodFact], postings: [PostingFact]) -> [IndicatorResult] {
        let day = window.asOfDay
        let staffed = Set(postings.filter { $0.startedOn <= day && ($0.endedOn.map { $0 >= day } ?? true) }.map(\.neighbourhood))
        let definition = IndicatorCatalogue.published
        var counts: [Area: (Int, Int)] = [:]
        for neighbourhood in neighbourhoods {
            let met = neighbourhood.hasName && neighbourhood.hasBase && neighbourhood.hasContact && staffed.contains(neighbourhood.id)
            for area in directory.areas(of: neighbourhood.id) {
                let current = counts[area] ?? (0, 0)
                counts[area] = (current.0 + (met ? 1 : 0), current.1 + 1)
            }
        }
        let (target, isDefault) = target(for: definition)
        return Set(counts.keys).union([.force]).sorted().map { area in
            let (numerator, denominator) = counts[area] ?? (0, 0)
            return IndicatorResult(
                indicator: definition, area: area, measure: .records(Proportion(numerator, of: denominator)), target: target,
                targetIsDefault: isDefault, series: [], centre: nil, coverage: coverageNote(nil))
        }
    }

    /// Judges every fact against every rule and tallies the verdicts per area and month. With many records,
    /// half the rules are tallied on each core. (Calls, the only records with an urban or rural area, have
    /// their own pass: `callIndicators`.)
    func evaluate<Fact: Sendable>(
        _ facts: [Fact], rules: [IndicatorRule<Fact>], kind: RecordKind?, neighbourhood: (Fact) -> String?
    ) -> [IndicatorResult] {
        let layout = AreaLayout(directory)
        let placed = Placed(facts, layout: layout, neighbourhood: neighbourhood)
        let months = baselineMonths + window.period.months
        let covered = covered(months, kind: kind)
        @Sendable func tallied(_ range: Range<Int>) -> Tally {
            tally(facts, rules: rules[range], placed: placed, areas: layout.areas, months: months, covered: covered)
        }
        let ranges: [Range<Int>]
        let tallies: [Tally]
        if facts.count >= Self.recordsWorthTwoCores, rules.count >= 2 {
            ranges = [0..<rules.count / 2, rules.count / 2..<rules.count]
            let (first, second) = Concurrently.run({ tallied(ranges[0]) }, { tallied(ranges[1]) })
            tallies = [first, second]
        } else {
            ranges = [0..<rules.count]
            tallies = [tallied(ranges[0])]
        }
        return zip(ranges, tallies).flatMap { range, tally in
            range.flatMap { results(rules[$0].id, rule: $0 - range.lowerBound, tally) }
        }
    }

    /// Below this many records, splitting the rules across two cores costs more than it saves.
    static let recordsWorthTwoCores = 20_000

    /// Each record's areas, resolved once for every rule.
    struct Placed: Sendable {
        var areas: [AreaSet]

        init<Fact>(_ facts: [Fact], layout: AreaLayout, neighbourhood: (Fact) -> String?) {
            areas = [AreaSet](repeating: .forceOnly, count: facts.count)
            var finder = PlaceFinder(layout)
            facts.withUnsafeBufferPointer { facts in
                for index in facts.indices {
                    if let place = neighbourhood(facts[index]).flatMap({ finder.place(of: $0) }) { areas[index] = place.areas }
                }
            }
        }
    }

    /// Runs each of `rules` over every record (rules outside and records inside, with the context made
    /// beforehand: judging a record per rule used to copy the rule's closures and the window for every
    /// record and rule, and the reference counting that came with them cost more than the judging;
    /// BENCHMARKS.md).
    private func tally<Fact>(
        _ facts: [Fact], rules: ArraySlice<IndicatorRule<Fact>>, placed: Placed, areas: [Area], months: [YearMonth], covered: [Bool]
    ) -> Tally {
        var tally = Tally(rules: rules.count, areas: areas, months: months, zone: window.zone)
        let earliest = earliestNeeded
        let context = RuleContext(asOf: window.asOf, urban: nil)
        let (periodStart, periodEnd, asOf) = (window.start, window.end, window.asOf)
        tally.record { counter in
            facts.withUnsafeBufferPointer { facts in
                for (ruleIndex, rule) in rules.enumerated() {
                    let start = rule.start
                    let judge = rule.judge
                    // Records mostly come in time order, so the month found for one usually holds the next.
                    var month: (index: Int?, bounds: Range<Int64>) = (nil, 0..<0)
                    for index in facts.indices {
                        // Figures as of T see only records that had started by T.
                        guard let begins = start(facts[index]), begins < periodEnd, begins < asOf, begins >= earliest,
                            let met = judge(facts[index], context)
                        else { continue }
                        if !month.bounds.contains(begins.microseconds) { month = counter.month(of: begins) }
                        guard let monthIndex = month.index, covered[monthIndex] else { continue }
                        counter.add(rule: ruleIndex, met: met, areas: placed.areas[index], month: monthIndex, inPeriod: begins >= periodStart)
                    }
                }
            }
        }
        return tally
    }

    /// Results for every area the tally saw in the period, and the force even when it saw nothing.
    private func results(_ id: String, rule: Int, _ tally: Tally) -> [IndicatorResult] {
        guard let definition = IndicatorCatalogue.definition(id) else { return [] }
        let monthIndex = Dictionary(uniqueKeysWithValues: tally.months.enumerated().map { ($0.element, $0.offset) })
        // Whole months and the baseline are among the tally's months by construction.
        let whole = window.wholeMonths.filter { monthIndex[$0] != nil }
        let baseline = baselineMonths.compactMap { monthIndex[$0] }
        let note = coverageNote(definition.recordKind)
        return tally.areas.indices.compactMap { area -> IndicatorResult? in
            let counts = tally.counts(rule: rule, area: area)
            guard area == 0 || counts.denominator > 0 else { return nil }
            func proportion(_ month: Int) -> Proportion {
                let c = tally.counts(rule: rule, area: area, month: month)
                return Proportion(c.numerator, of: c.denominator)
            }
            let points = whole.map { proportion(monthIndex[$0] ?? 0) }
            let chart = PChart(points: points, baseline: baseline.map(proportion))
            let signals = chart.map { SPCSignal.signals(values: points.map(\.value), centre: $0.centre, limits: $0.limits) }
            let series = whole.enumerated().map { index, month in
                IndicatorResult.MonthPoint(
                    month: month, measure: .records(points[index]),
                    lower: chart?.limits[index].lower, upper: chart?.limits[index].upper, signals: signals?[index] ?? [])
            }
            let (target, isDefault) = target(for: definition)
            return IndicatorResult(
                indicator: definition, area: tally.areas[area], measure: .records(Proportion(counts.numerator, of: counts.denominator)),
                target: target, targetIsDefault: isDefault, series: series, centre: chart?.centre, coverage: note)
        }
    }
}
