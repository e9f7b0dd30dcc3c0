/// The indicator engine: the logic lives here once, in the core, whatever store the records came from.
/// A store gives it facts; it judges each record against each indicator, tallies per area and month, and
/// attaches the statistics.
public struct IndicatorEngine: Sendable {
    public let window: ReportWindow
    public let directory: NeighbourhoodDirectory
    /// The force's own targets by indicator id; the spec's defaults for the rest.
    public let targets: [String: Double]
    /// How many months before the period the control-chart centre line is drawn from.
    public static let baselineMonths = 12

    public init(window: ReportWindow, directory: NeighbourhoodDirectory, targets: [String: Double] = [:]) {
        self.window = window
        self.directory = directory
        self.targets = targets
    }

    /// The first instant whose records the engine needs: the start of the baseline months.
    public var earliestNeeded: Instant { window.zone.startOfDay(baselineMonths.first!.firstDay) }

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
    /// received (or, for appointments kept, due) from `earliestNeeded` to the end of the period.
    public func callIndicators(_ calls: [CallFact]) -> [IndicatorResult] {
        evaluate(
            calls, judging: calls.map(CallEvent.init), rules: CallRules.all, neighbourhood: \.neighbourhood,
            urban: { call, neighbourhoodIsUrban in call.urban ?? neighbourhoodIsUrban })
    }

    /// Promise 4 from messages received from `earliestNeeded` to the end of the period.
    public func messageIndicators(_ messages: [MessageFact]) -> [IndicatorResult] {
        evaluate(messages, rules: ServiceRules.messages, neighbourhood: \.neighbourhood)
    }

    /// Promise 10 from dissatisfaction reports.
    public func dissatisfactionIndicators(_ reports: [DissatisfactionFact]) -> [IndicatorResult] {
        evaluate(reports, rules: ServiceRules.dissatisfaction, neighbourhood: \.neighbourhood)
    }

    /// Promise 9 from victims and their updates.
    public func victimIndicators(_ victims: [VictimFact]) -> [IndicatorResult] {
        evaluate(victims, rules: ServiceRules.victims(zone: window.zone), neighbourhood: \.neighbourhood)
    }

    /// Every promise's reality checks.
    public func realityCheckIndicators(_ checks: [RealityCheckFact]) -> [IndicatorResult] {
        evaluate(checks, rules: ServiceRules.realityChecks, neighbourhood: \.neighbourhood)
    }

    /// P1.respect and P2.awareness from survey answers.
    public func surveyIndicators(_ answers: [SurveyAnswerFact]) -> [IndicatorResult] {
        evaluate(answers, rules: CommunityRules.surveys(zone: window.zone), neighbourhood: \.neighbourhood)
    }

    /// P3.retention from team postings.
    public func postingIndicators(_ postings: [PostingFact]) -> [IndicatorResult] {
        evaluate(postings, rules: CommunityRules.postings(zone: window.zone), neighbourhood: { $0.neighbourhood })
    }

    /// Promises 7 and 8 over every neighbourhood × every whole month of the period (and of the baseline).
    public func neighbourhoodMonthIndicators(engagements: [EngagementFact], updates: [UpdateFact]) -> [IndicatorResult] {
        // Neighbourhood-months exist whether or not anything was recorded, so baseline months before the
        // first engagement or update in the store would count as months with nothing: they are left out.
        let first = (engagements.map { window.month(of: $0.starts) } + updates.map(\.month)).min()
        let months = baselineMonths.filter { month in first.map { month >= $0 } ?? false } + window.wholeMonths
        let units = NeighbourhoodRules.neighbourhoodMonths(
            months, neighbourhoods: directory.all.map(\.id), engagements: engagements, updates: updates, window: window)
        return evaluate(units, rules: NeighbourhoodRules.months, neighbourhood: \.neighbourhood)
    }

    /// P2.published on the as-of day: neighbourhoods with a name, a base, a phone or email, and at least
    /// one team member in post. A snapshot, so it has no monthly series.
    public func publishedIndicator(neighbourhoods: [NeighbourhoodFact], postings: [PostingFact]) -> [IndicatorResult] {
        let day = window.asOfDay
        let staffed = Set(postings.filter { $0.startedOn <= day && ($0.endedOn.map { $0 >= day } ?? true) }.map(\.neighbourhood))
        let definition = IndicatorCatalogue.definition("P2.published")!
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
                targetIsDefault: isDefault, series: [], centre: nil)
        }
    }

    /// Judges every fact against every rule and tallies the verdicts per area and month.
    func evaluate<Fact>(
        _ facts: [Fact], rules: [IndicatorRule<Fact>], neighbourhood: (Fact) -> String?,
        urban: ((Fact, _ neighbourhoodIsUrban: Bool?) -> Bool?)? = nil
    ) -> [IndicatorResult] {
        evaluate(facts, judging: facts, rules: rules, neighbourhood: neighbourhood, urban: urban)
    }

    /// Judges `judging[i]`, the form of `facts[i]` the rules read, against every rule; `facts` place
    /// each record in its areas.
    func evaluate<Fact, Judged>(
        _ facts: [Fact], judging: [Judged], rules: [IndicatorRule<Judged>], neighbourhood: (Fact) -> String?,
        urban: ((Fact, _ neighbourhoodIsUrban: Bool?) -> Bool?)? = nil
    ) -> [IndicatorResult] {
        precondition(facts.count == judging.count, "every fact needs its judged form")
        let layout = AreaLayout(directory)
        let months = baselineMonths + window.period.months
        var tally = Tally(rules: rules.count, areas: layout.areas, months: months, zone: window.zone)
        let earliest = earliestNeeded
        // Each record's areas and area type are resolved once; then each rule runs over every record.
        // Rules outside and records inside, with the three possible contexts made beforehand: judging a
        // record per rule used to copy the rule's closures and the window for every record and rule,
        // and the reference counting that came with them cost more than the judging (BENCHMARKS.md).
        var places = [AreaSet](repeating: .forceOnly, count: facts.count)
        var areaTypes = [UInt8](repeating: 0, count: facts.count)  // 0 neither, 1 urban, 2 rural
        for (index, fact) in facts.enumerated() {
            let place = neighbourhood(fact).flatMap { layout.placeOf[$0] }
            var indices = place?.areas ?? AreaSet.forceOnly
            if let isUrban = urban.flatMap({ own in own(fact, place?.urban) }) {
                indices.insert(isUrban ? 1 : 2)
                areaTypes[index] = isUrban ? 1 : 2
            }
            places[index] = indices
        }
        let contexts = [nil, true, false].map { RuleContext(asOf: window.asOf, urban: $0) }
        let (periodStart, periodEnd) = (window.start, window.end)
        judging.withUnsafeBufferPointer { facts in
            for (ruleIndex, rule) in rules.enumerated() {
                let start = rule.start
                let judge = rule.judge
                var lastStart = Instant(microseconds: .min)
                var lastMonth: Int?
                for index in facts.indices {
                    guard let begins = start(facts[index]), begins < periodEnd, begins >= earliest,
                        let met = judge(facts[index], contexts[Int(areaTypes[index])])
                    else { continue }
                    if begins != lastStart {
                        lastStart = begins
                        lastMonth = tally.monthIndex(of: begins)
                    }
                    guard let month = lastMonth else { continue }
                    tally.add(rule: ruleIndex, met: met, areas: places[index], month: month, inPeriod: begins >= periodStart)
                }
            }
        }
        return rules.indices.flatMap { results(IndicatorCatalogue.definition(rules[$0].id)!, rule: $0, tally) }
    }

    /// Results for every area the tally saw in the period, and the force even when it saw nothing.
    private func results(_ definition: IndicatorDefinition, rule: Int, _ tally: Tally) -> [IndicatorResult] {
        let monthIndex = Dictionary(uniqueKeysWithValues: tally.months.enumerated().map { ($0.element, $0.offset) })
        let whole = window.wholeMonths
        let baseline = baselineMonths.compactMap { monthIndex[$0] }
        return tally.areas.indices.compactMap { area -> IndicatorResult? in
            let counts = tally.counts(rule: rule, area: area)
            guard area == 0 || counts.denominator > 0 else { return nil }
            func proportion(_ month: Int) -> Proportion {
                let c = tally.counts(rule: rule, area: area, month: month)
                return Proportion(c.numerator, of: c.denominator)
            }
            let points = whole.map { proportion(monthIndex[$0]!) }
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
                target: target, targetIsDefault: isDefault, series: series, centre: chart?.centre)
        }
    }
}
