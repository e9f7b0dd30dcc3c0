import PledgeCore
import PledgeStore
import PostgresNIO

extension PostgresStore {
    public func indicatorFacts(force: Force, from: Instant, to: Instant) async throws -> IndicatorFacts {
        // The calls (most of the rows) are read on one pooled connection while the other kinds are read on
        // another. Each read is its own snapshot; an import committing between the two could be half
        // seen, which a report taken during an import accepts (as with SQLite).
        async let calls = withConnection("read the calls") { connection in
            try await Self.callFacts(connection, force: force, from: from, to: to, logger: self.logger)
        }
        var facts = try await withConnection("read the records") { connection in
            try await Self.otherFacts(connection, force: force, from: from, to: to, logger: self.logger)
        }
        facts.calls = try await calls
        return facts
    }

    /// `column`, a `date`, as days since 1970-01-01: read exactly, with no time zone in between.
    static func days(_ column: String) -> String { "(\(column) - DATE '1970-01-01')" }

    static func date(_ days: Int32?) -> LocalDate? { days.map { LocalDate(daysSinceEpoch: Int64($0)) } }

    static func instant(_ microseconds: Int64?) -> Instant? { microseconds.map(Instant.init(microseconds:)) }

    /// Calls received in `[from, to)`, or whose appointment was kept then (which may be after the call's
    /// own start), in id order as SQLite reads them.
    static func callFacts(_ connection: PostgresConnection, force: Force, from: Instant, to: Instant, logger: Logger) async throws -> [CallFact] {
        let (f, t) = (from.microseconds, to.microseconds)
        let query: PostgresQuery = """
            SELECT received_at, answered_at, line = '999', neighbourhood_id, area_type = 'urban', vulnerable, neighbourhood_priority, response,
                   eta_given, deployed_at, arrived_at, appointment_at
            FROM calls WHERE force_id = \(force.number)
              AND ((received_at >= \(f) AND received_at < \(t)) OR (appointment_at >= \(f) AND appointment_at < \(t)))
            ORDER BY id
            """
        var calls: [CallFact] = []
        let rows = try await connection.query(query, logger: logger)
        for try await row in rows {
            let (received, answered, is999, neighbourhood, urban, vulnerable, priority, response, eta, deployed, arrived, appointment) =
                try row.decode((Int64, Int64?, Bool, String?, Bool?, Bool?, Bool?, String?, Bool?, Int64?, Int64?, Int64?).self)
            calls.append(
                CallFact(
                    received: Instant(microseconds: received), answered: instant(answered), is999: is999, neighbourhood: neighbourhood, urban: urban,
                    vulnerable: vulnerable, neighbourhoodPriority: priority, response: response.flatMap(CallFact.Response.init(rawValue:)),
                    etaGiven: eta, deployed: instant(deployed), arrived: instant(arrived), appointment: instant(appointment)))
        }
        return calls
    }

    /// Every kind but calls, read as SQLiteStore reads them (same filters, same orders).
    static func otherFacts(_ connection: PostgresConnection, force: Force, from: Instant, to: Instant, logger: Logger) async throws -> IndicatorFacts
    {
        let (n, f, t) = (force.number, from.microseconds, to.microseconds)
        let zone = try force.zoneRules()
        func rows<T>(_ query: PostgresQuery, _ transform: (PostgresRow) throws -> T) async throws -> [T] {
            try await Self.rows(query, on: connection, logger: logger, transform)
        }
        var facts = IndicatorFacts(
            directory: NeighbourhoodDirectory(
                try await rows("SELECT neighbourhood_id, lpu, area_type = 'urban' FROM neighbourhoods WHERE force_id = \(n) ORDER BY id") { row in
                    let (id, unit, urban) = try row.decode((String, String?, Bool).self)
                    return .init(id: id, unit: unit, urban: urban)
                }))
        facts.messages = try await rows(
            "SELECT neighbourhood_id, received_at, responded_at, escalated_at FROM messages WHERE force_id = \(n) AND received_at >= \(f) AND received_at < \(t) ORDER BY id"
        ) { row in
            let (neighbourhood, received, responded, escalated) = try row.decode((String, Int64, Int64?, Int64?).self)
            return MessageFact(
                neighbourhood: neighbourhood, received: Instant(microseconds: received), responded: instant(responded), escalated: instant(escalated))
        }
        facts.dissatisfaction = try await rows(
            """
            SELECT neighbourhood_id, received_at, acknowledged_at, discussed_at, callback_consent FROM dissatisfaction
            WHERE force_id = \(n) AND received_at >= \(f) AND received_at < \(t) ORDER BY id
            """
        ) { row in
            let (neighbourhood, received, acknowledged, discussed, consent) = try row.decode((String?, Int64, Int64?, Int64?, Bool?).self)
            return DissatisfactionFact(
                neighbourhood: neighbourhood, received: Instant(microseconds: received), acknowledged: instant(acknowledged),
                discussed: instant(discussed),
                callbackConsent: consent)
        }
        facts.victims = try await victimFacts(connection, force: force, from: from, to: to, logger: logger)
        facts.realityChecks = try await rows(
            "SELECT neighbourhood_id, made_at, pledge_point, outcome = 'met' FROM reality_checks WHERE force_id = \(n) AND made_at >= \(f) AND made_at < \(t) ORDER BY id"
        ) { row in
            let (neighbourhood, made, promise, met) = try row.decode((String?, Int64, Int, Bool).self)
            return RealityCheckFact(neighbourhood: neighbourhood, made: Instant(microseconds: made), promise: promise, met: met)
        }
        let (firstDay, lastDay) = (zone.localDate(of: from).description, zone.localDate(of: to).description)
        facts.surveyAnswers = try await rows(
            """
            SELECT neighbourhood_id, \(unescaped: days("responded_on")), question, answer, group_label, survey FROM surveys
            WHERE force_id = \(n) AND responded_on >= \(firstDay)::date AND responded_on <= \(lastDay)::date ORDER BY id
            """
        ) { row in
            let (neighbourhood, day, question, answer, group, survey) = try row.decode((String?, Int32, String, String, String?, String).self)
            return SurveyAnswerFact(
                neighbourhood: neighbourhood, respondedOn: LocalDate(daysSinceEpoch: Int64(day)), question: question, answer: answer, group: group,
                survey: survey)
        }
        facts.complaints = try await rows(
            """
            SELECT received_at, category, pledge_point, complaint_id, neighbourhood_id FROM complaints
            WHERE force_id = \(n) AND received_at >= \(f) AND received_at < \(t) ORDER BY id
            """
        ) { row in
            let (received, category, promise, id, neighbourhood) = try row.decode((Int64, String, Int?, String, String?).self)
            return ComplaintFact(
                received: Instant(microseconds: received), category: category, promise: promise, id: id, neighbourhood: neighbourhood)
        }
        facts.neighbourhoods = try await rows(
            """
            SELECT neighbourhood_id, coalesce(name, '') <> '', coalesce(base, '') <> '', coalesce(phone, '') <> '' OR coalesce(email, '') <> ''
            FROM neighbourhoods WHERE force_id = \(n) ORDER BY id
            """
        ) { row in
            let (id, hasName, hasBase, hasContact) = try row.decode((String, Bool, Bool, Bool).self)
            return NeighbourhoodFact(id: id, hasName: hasName, hasBase: hasBase, hasContact: hasContact)
        }
        facts.engagements = try await rows(
            "SELECT neighbourhood_id, starts_at, priorities_agreed, attendees FROM engagements WHERE force_id = \(n) AND starts_at >= \(f) AND starts_at < \(t) ORDER BY id"
        ) { row in
            let (neighbourhood, starts, agreed, attendees) = try row.decode((String, Int64, Bool?, Int?).self)
            return EngagementFact(neighbourhood: neighbourhood, starts: Instant(microseconds: starts), prioritiesAgreed: agreed, attendees: attendees)
        }
        let firstMonth = zone.localDate(of: from).yearMonth.description
        facts.updates = try await rows(
            """
            SELECT update_id, neighbourhood_id, month, \(unescaped: days("published_on")),
                   coalesce(has_crime_map AND has_justice_outcomes AND has_partner_action AND has_force_performance, false)
            FROM updates WHERE force_id = \(n) AND month >= \(firstMonth) ORDER BY id
            """
        ) { row in
            let (id, neighbourhood, month, published, complete) = try row.decode((String, String, String, Int32, Bool).self)
            return UpdateFact(
                id: id, neighbourhood: neighbourhood, month: try stored(YearMonth(month), "updates", "month"),
                publishedOn: LocalDate(daysSinceEpoch: Int64(published)), complete: complete)
        }
        facts.postings = try await rows(
            "SELECT neighbourhood_id, \(unescaped: days("started_on")), \(unescaped: days("ended_on")) FROM team WHERE force_id = \(n) ORDER BY id"
        ) { row in
            let (neighbourhood, started, ended) = try row.decode((String, Int32, Int32?).self)
            return PostingFact(neighbourhood: neighbourhood, startedOn: LocalDate(daysSinceEpoch: Int64(started)), endedOn: date(ended))
        }
        facts.actions = try await rows(
            """
            SELECT kind = 'improvement', indicator, \(unescaped: days("opened_on")), \(unescaped: days("closed_on")), summary, action_id, owner = 'authority',
                   pledge_point, mechanism, \(unescaped: days("due_on"))
            FROM actions WHERE force_id = \(n) ORDER BY opened_on, action_id
            """
        ) { row in
            let (improvement, indicator, opened, closed, summary, id, authority, promise, mechanism, due) =
                try row.decode((Bool, String?, Int32, Int32?, String, String, Bool, Int?, String?, Int32?).self)
            return ActionFact(
                isImprovement: improvement, indicator: indicator, openedOn: LocalDate(daysSinceEpoch: Int64(opened)), closedOn: date(closed),
                summary: summary,
                id: id, isAuthority: authority, promise: promise, mechanism: mechanism, dueOn: date(due))
        }
        let (fromMonth, toMonth) = (zone.localDate(of: from).yearMonth.compact, zone.localDate(of: to).yearMonth.compact)
        facts.duty = try await rows(
            """
            SELECT neighbourhood_id, \(unescaped: days("date")), hours_on_duty, hours_visible, hours_abstracted FROM duty
            WHERE force_id = \(n) AND local_month >= \(fromMonth) AND local_month <= \(toMonth) ORDER BY id
            """
        ) { row in
            let (neighbourhood, day, onDuty, visible, abstracted) = try row.decode((String, Int32, Double, Double, Double).self)
            return DutyFact(
                neighbourhood: neighbourhood, date: LocalDate(daysSinceEpoch: Int64(day)), hoursOnDuty: onDuty, hoursVisible: visible,
                hoursAbstracted: abstracted)
        }
        for (name, compact) in try await rows(
            "SELECT kind, local_month FROM covered_months WHERE force_id = \(n)", { try $0.decode((String, Int32).self) })
        {
            guard let kind = RecordKind(name: name), let month = YearMonth(compact: Int(compact)) else { continue }
            facts.declaredCoverage[kind, default: []].insert(month)
        }
        return facts
    }

    /// Victims reported in `[from, to)` with the instants of all their updates, in id order.
    private static func victimFacts(_ connection: PostgresConnection, force: Force, from: Instant, to: Instant, logger: Logger) async throws
        -> [VictimFact]
    {
        let (n, f, t) = (force.number, from.microseconds, to.microseconds)
        var updates: [Int64: [Instant]] = [:]
        for (id, at) in try await rows(
            """
            SELECT v.id, u.updated_at FROM victims v JOIN victim_updates u
              ON u.force_id = v.force_id AND u.crime_ref = v.crime_ref AND u.victim_ref = v.victim_ref
            WHERE v.force_id = \(n) AND v.reported_at >= \(f) AND v.reported_at < \(t) ORDER BY v.id, u.updated_at, u.id
            """, on: connection, logger: logger, { try $0.decode((Int64, Int64).self) })
        {
            updates[id, default: []].append(Instant(microseconds: at))
        }
        return try await rows(
            """
            SELECT id, neighbourhood_id, reported_at, contact_agreed, interval_days, \(unescaped: days("agreed_until")), closed_at FROM victims
            WHERE force_id = \(n) AND reported_at >= \(f) AND reported_at < \(t) ORDER BY id
            """, on: connection, logger: logger
        ) { row in
            let (id, neighbourhood, reported, agreed, interval, until, closed) = try row.decode(
                (Int64, String?, Int64, Bool?, Int?, Int32?, Int64?).self)
            return VictimFact(
                neighbourhood: neighbourhood, reported: Instant(microseconds: reported), contactAgreed: agreed, intervalDays: interval,
                agreedUntil: date(until),
                closed: instant(closed), updates: updates[id] ?? [])
        }
    }
}
