import PledgeCore

extension InMemoryStore {
    /// The facts `SQLiteStore+Facts.swift` reads, with the same filters and in the same orders. SQLite reads
    /// a force's rows through each table's unique index (`force_id = ?` is its first column), so records
    /// come in key order (`RowKey`); victims' updates come by instant; actions by opened_on and id; calls
    /// in the order of SQLite's packed months or its rows (`CallPacking`).
    public func indicatorFacts(force: Force, from: Instant, to: Instant) async throws -> IndicatorFacts {
        let state = snapshot()
        let zone = ZoneRulesCache.rules(for: force.timeZone)!
        let number = force.number
        func rows(_ kind: RecordKind) -> [StoredFields] { state[kind].inKeyOrder(force: number).map { StoredFields($0.record) } }
        func inPeriod(_ instant: Instant?) -> Bool { instant.map { $0 >= from && $0 < to } ?? false }

        let neighbourhoods = rows(.neighbourhoods)
        var facts = IndicatorFacts(directory: NeighbourhoodDirectory(neighbourhoods.map(NeighbourhoodDirectory.Entry.init(stored:))))
        facts.calls = callFacts(state, force: force, from: from, to: to)
        facts.declaredCoverage = state.coveredMonths[number] ?? [:]
        facts.messages = rows(.messages).filter { inPeriod($0.instant("received_at")) }.map(MessageFact.init(stored:))
        facts.dissatisfaction = rows(.dissatisfaction).filter { inPeriod($0.instant("received_at")) }.map(DissatisfactionFact.init(stored:))
        let victims = rows(.victims).filter { inPeriod($0.instant("reported_at")) }
        let updates = victimUpdates(state, force: number)
        facts.victims = victims.map { victim in
            let key = RowKey(force: number, parts: [StoredValue(victim.value("crime_ref")), StoredValue(victim.value("victim_ref"))])
            return VictimFact(stored: victim, updates: updates[key] ?? [])
        }
        facts.realityChecks = rows(.realityChecks).filter { inPeriod($0.instant("made_at")) }.map(RealityCheckFact.init(stored:))
        // `responded_on` between the local days of `from` and `to`, both included, compared as text.
        let (firstDay, lastDay) = (StoredValue(zone.localDate(of: from).description), StoredValue(zone.localDate(of: to).description))
        facts.surveyAnswers = rows(.surveys).filter { survey in
            let day = StoredValue(survey.value("responded_on"))
            return !day.isNull && StoredValue.compare(day, firstDay) >= 0 && StoredValue.compare(day, lastDay) <= 0
        }.map(SurveyAnswerFact.init(stored:))
        facts.complaints = rows(.complaints).filter { inPeriod($0.instant("received_at")) }.map(ComplaintFact.init(stored:))
        facts.neighbourhoods = neighbourhoods.map(NeighbourhoodFact.init(stored:))
        facts.engagements = rows(.engagements).filter { inPeriod($0.instant("starts_at")) }.map(EngagementFact.init(stored:))
        let firstMonth = StoredValue(zone.localDate(of: from).yearMonth.description)
        facts.updates = rows(.updates).filter { update in
            let month = StoredValue(update.value("month"))
            return !month.isNull && StoredValue.compare(month, firstMonth) >= 0
        }.map(UpdateFact.init(stored:))
        facts.postings = rows(.team).map(PostingFact.init(stored:))
        facts.actions = rows(.actions).sorted { a, b in
            let order = StoredValue.compare(StoredValue(a.value("opened_on")), StoredValue(b.value("opened_on")))
            return order != 0 ? order < 0 : StoredValue.compare(StoredValue(a.value("action_id")), StoredValue(b.value("action_id"))) < 0
        }.map(ActionFact.init(stored:))
        let (firstDutyMonth, lastDutyMonth) = (zone.localDate(of: from).yearMonth.compact, zone.localDate(of: to).yearMonth.compact)
        facts.duty = state[.duty].inKeyOrder(force: number).filter { $0.record.localMonth.map { $0 >= firstDutyMonth && $0 <= lastDutyMonth } ?? false }
            .compactMap { DutyFact(stored: StoredFields($0.record)) }
        return facts
    }

    /// Calls received in `[from, to)`, or whose appointment falls in it, in the order SQLite would give them.
    private func callFacts(_ state: RecordState, force: Force, from: Instant, to: Instant) -> [CallFact] {
        var calls: [(row: StoredRecord, position: Int, fact: CallFact)] = []
        for (position, row) in state[.calls].rows.enumerated() where row.key.force == force.number {
            guard let call = CallFact(row.record) else { continue }
            func inPeriod(_ instant: Instant?) -> Bool { instant.map { $0 >= from && $0 < to } ?? false }
            if inPeriod(call.received) || inPeriod(call.appointment) { calls.append((row, position, call)) }
        }
        guard let months = state.packing.packedMonths(force: force, from: from, to: to) else {
            return calls.sorted { $0.row.key.precedes($1.row.key) }.map(\.fact)
        }
        return calls.sorted { a, b in
            let (monthA, monthB) = (a.row.record.localMonth ?? 0, b.row.record.localMonth ?? 0)
            if monthA != monthB { return monthA < monthB }
            return months[monthA] == .key ? a.row.key.precedes(b.row.key) : a.position < b.position
        }.map(\.fact)
    }

    /// Victims' update instants by victim: by instant, then as inserted (SQLite reads them through
    /// `victim_updates_by_victim`, whose last column is the instant).
    private func victimUpdates(_ state: RecordState, force: Int) -> [RowKey: [Instant]] {
        var updates: [RowKey: [(at: Instant, position: Int)]] = [:]
        for (position, row) in state[.victimUpdates].rows.enumerated() where row.key.force == force {
            let fields = StoredFields(row.record)
            guard let at = fields.instant("updated_at") else { continue }
            let victim = RowKey(force: force, parts: [StoredValue(fields.value("crime_ref")), StoredValue(fields.value("victim_ref"))])
            updates[victim, default: []].append((at, position))
        }
        return updates.mapValues { list in list.sorted { ($0.at, $0.position) < ($1.at, $1.position) }.map(\.at) }
    }
}
