import GRDB
import GRDBSQLite
import PledgeCore
import PledgeStore

extension SQLiteStore {
    public func indicatorFacts(force: Force, from: Instant, to: Instant) async throws -> IndicatorFacts {
        // The calls (most of the work) are read on one of the pool's reader connections while the other
        // kinds are read on another. Each read is its own snapshot; an import committing between the two
        // could be half seen, which a report taken during an import accepts.
        async let calls = pool.read { db in try Self.callFacts(db, force: force, from: from, to: to) }
        var facts = try await otherFacts(force: force, from: from, to: to)
        facts.calls = try await calls
        return facts
    }

    private func otherFacts(force: Force, from: Instant, to: Instant) async throws -> IndicatorFacts {
        try await pool.read { db in
            let range: StatementArguments = [force.number, from.microseconds, to.microseconds]
            let zone = try force.zoneRules()
            func instant(_ row: Row, _ column: Int) -> Instant? { (row[column] as Int64?).map(Instant.init(microseconds:)) }
            func date(_ row: Row, _ column: Int) -> LocalDate? { (row[column] as String?).flatMap(LocalDate.init) }
            var facts = IndicatorFacts(
                directory: NeighbourhoodDirectory(
                    try Row.fetchAll(
                        db, sql: "SELECT neighbourhood_id, lpu, area_type FROM neighbourhoods WHERE force_id = ?", arguments: [force.number]
                    )
                    .map { .init(id: try stored($0[0], "neighbourhoods", "neighbourhood_id"), unit: $0[1], urban: $0[2] == "urban") }))
            // Appointments kept are placed by appointment_at, which may fall after the call's own start.
            try Self.forEachRow(
                db,
                "SELECT neighbourhood_id, received_at, responded_at, escalated_at FROM messages WHERE force_id = ?1 AND received_at >= ?2 AND received_at < ?3",
                force: force, from: from, to: to
            ) { row in
                facts.messages.append(
                    MessageFact(
                        neighbourhood: try stored(row.text(0), "messages", "neighbourhood_id"),
                        received: try stored(row.instant(1), "messages", "received_at"),
                        responded: row.instant(2), escalated: row.instant(3)))
            }
            facts.dissatisfaction = try Row.fetchAll(
                db,
                sql:
                    "SELECT neighbourhood_id, received_at, acknowledged_at, discussed_at, callback_consent FROM dissatisfaction WHERE force_id = ? AND received_at >= ? AND received_at < ?",
                arguments: range
            ).map {
                DissatisfactionFact(
                    neighbourhood: $0[0], received: try stored(instant($0, 1), "dissatisfaction", "received_at"), acknowledged: instant($0, 2),
                    discussed: instant($0, 3), callbackConsent: $0[4])
            }
            let updates = try Self.victimUpdates(db, force: force, from: from, to: to)
            try Self.forEachRow(
                db,
                "SELECT id, neighbourhood_id, reported_at, contact_agreed, interval_days, agreed_until, closed_at FROM victims WHERE force_id = ?1 AND reported_at >= ?2 AND reported_at < ?3",
                force: force, from: from, to: to
            ) { row in
                facts.victims.append(
                    VictimFact(
                        neighbourhood: row.text(1), reported: try stored(row.instant(2), "victims", "reported_at"), contactAgreed: row.flag(3),
                        intervalDays: row.int(4), agreedUntil: row.date(5),
                        closed: row.instant(6), updates: updates[row.int64(0)] ?? []))
            }
            facts.realityChecks = try Row.fetchAll(
                db,
                sql:
                    "SELECT neighbourhood_id, made_at, pledge_point, outcome FROM reality_checks WHERE force_id = ? AND made_at >= ? AND made_at < ?",
                arguments: range
            ).map {
                RealityCheckFact(
                    neighbourhood: $0[0], made: try stored(instant($0, 1), "reality_checks", "made_at"),
                    promise: try stored($0[2], "reality_checks", "pledge_point"), met: $0[3] == "met")
            }
            let firstDay = zone.localDate(of: from).description
            let lastDay = zone.localDate(of: to).description
            try Self.forEachRow(
                db,
                "SELECT neighbourhood_id, responded_on, question, answer, group_label, survey FROM surveys WHERE force_id = ?1 AND responded_on >= ?2 AND responded_on <= ?3",
                force: force, texts: [firstDay, lastDay]
            ) { row in
                facts.surveyAnswers.append(
                    SurveyAnswerFact(
                        neighbourhood: row.text(0), respondedOn: try stored(row.date(1), "surveys", "responded_on"),
                        question: try stored(row.text(2), "surveys", "question"), answer: try stored(row.text(3), "surveys", "answer"),
                        group: row.text(4),
                        survey: try stored(row.text(5), "surveys", "survey")))
            }
            facts.complaints = try Row.fetchAll(
                db,
                sql:
                    "SELECT received_at, category, pledge_point, complaint_id, neighbourhood_id FROM complaints WHERE force_id = ? AND received_at >= ? AND received_at < ?",
                arguments: range
            ).map {
                ComplaintFact(
                    received: try stored(instant($0, 0), "complaints", "received_at"), category: try stored($0[1], "complaints", "category"),
                    promise: $0[2],
                    id: try stored($0[3], "complaints", "complaint_id"), neighbourhood: $0[4])
            }
            facts.neighbourhoods = try Row.fetchAll(
                db, sql: "SELECT neighbourhood_id, name, base, phone, email FROM neighbourhoods WHERE force_id = ?", arguments: [force.number]
            ).map { row in
                func present(_ column: Int) -> Bool { !((row[column] as String?) ?? "").isEmpty }
                return NeighbourhoodFact(
                    id: try stored(row[0], "neighbourhoods", "neighbourhood_id"), hasName: present(1), hasBase: present(2),
                    hasContact: present(3) || present(4))
            }
            facts.engagements = try Row.fetchAll(
                db,
                sql:
                    "SELECT neighbourhood_id, starts_at, priorities_agreed, attendees FROM engagements WHERE force_id = ? AND starts_at >= ? AND starts_at < ?",
                arguments: range
            ).map {
                EngagementFact(
                    neighbourhood: try stored($0[0], "engagements", "neighbourhood_id"),
                    starts: try stored(instant($0, 1), "engagements", "starts_at"), prioritiesAgreed: $0[2], attendees: $0[3])
            }
            let firstMonth = zone.localDate(of: from).yearMonth.description
            facts.updates = try Row.fetchAll(
                db,
                sql: """
                    SELECT update_id, neighbourhood_id, month, published_on,
                           has_crime_map = 1 AND has_justice_outcomes = 1 AND has_partner_action = 1 AND has_force_performance = 1
                    FROM updates WHERE force_id = ? AND month >= ?
                    """, arguments: [force.number, firstMonth]
            ).map {
                UpdateFact(
                    id: try stored($0[0], "updates", "update_id"), neighbourhood: try stored($0[1], "updates", "neighbourhood_id"),
                    month: try stored(($0[2] as String?).flatMap(YearMonth.init), "updates", "month"),
                    publishedOn: try stored(date($0, 3), "updates", "published_on"), complete: ($0[4] as Bool?) ?? false)
            }
            facts.postings = try Row.fetchAll(
                db, sql: "SELECT neighbourhood_id, started_on, ended_on FROM team WHERE force_id = ?", arguments: [force.number]
            ).map {
                PostingFact(
                    neighbourhood: try stored($0[0], "team", "neighbourhood_id"), startedOn: try stored(date($0, 1), "team", "started_on"),
                    endedOn: date($0, 2))
            }
            facts.actions = try Row.fetchAll(
                db,
                sql:
                    "SELECT kind, indicator, opened_on, closed_on, summary, action_id, owner, pledge_point, mechanism, due_on FROM actions WHERE force_id = ? ORDER BY opened_on, action_id",
                arguments: [force.number]
            ).map {
                ActionFact(
                    isImprovement: $0[0] == "improvement", indicator: $0[1], openedOn: try stored(date($0, 2), "actions", "opened_on"),
                    closedOn: date($0, 3),
                    summary: try stored($0[4], "actions", "summary"), id: try stored($0[5], "actions", "action_id"),
                    isAuthority: $0[6] == "authority", promise: $0[7], mechanism: $0[8], dueOn: date($0, 9))
            }
            facts.duty = try Self.dutyFacts(db, force: force, from: zone.localDate(of: from).yearMonth, to: zone.localDate(of: to).yearMonth)
            for row in try Row.fetchAll(db, sql: "SELECT kind, local_month FROM covered_months WHERE force_id = ?", arguments: [force.number]) {
                guard let kind = RecordKind(name: row[0]), let month = YearMonth(compact: row[1]) else { continue }
                facts.declaredCoverage[kind, default: []].insert(month)
            }
            return facts
        }
    }

    /// The call facts of `[from, to)`: from the packed months when none of them is stale, else from the rows.
    private static func callFacts(_ db: Database, force: Force, from: Instant, to: Instant) throws -> [CallFact] {
        if let packed = try packedCallFacts(db, force: force, from: from, to: to) { return packed }
        return try callFactsFromRows(db, force: force, from: from, to: to)
    }

    /// The columns a `CallFact` is read from, in the order `callFact(_:)` expects.
    static let callFactColumns = """
        received_at, answered_at, line, neighbourhood_id, area_type, vulnerable, neighbourhood_priority, response,
        eta_given, deployed_at, arrived_at, appointment_at
        """

    /// Calls read row by row through SQLite's C interface: a force-year is about 450,000 rows, and building
    /// a GRDB `Row` for each took three quarters of a second of the report's first second (BENCHMARKS.md).
    /// Appointments kept are placed by `appointment_at`, which may fall after the call's own start.
    static func callFactsFromRows(_ db: Database, force: Force, from: Instant, to: Instant) throws -> [CallFact] {
        let sql = """
            SELECT \(callFactColumns)
            FROM calls WHERE force_id = ?1 AND ((received_at >= ?2 AND received_at < ?3) OR (appointment_at >= ?2 AND appointment_at < ?3))
            """
        var calls: [CallFact] = []
        calls.reserveCapacity(Int(try Int.fetchOne(db, sql: "SELECT count(*) FROM calls WHERE force_id = ?", arguments: [force.number]) ?? 0))
        try forEachRow(db, sql, force: force, from: from, to: to) { row in calls.append(try callFact(row)) }
        return calls
    }

    /// The call at `row`, whose first columns are `callFactColumns`.
    static func callFact(_ row: RawRow) throws -> CallFact {
        func response(_ column: Int32) -> CallFact.Response? {
            guard let bytes = sqlite3_column_text(row.handle, column) else { return nil }
            switch bytes.pointee {
            case UInt8(ascii: "e"): return .emergency
            case UInt8(ascii: "p"): return .priority
            case UInt8(ascii: "a"): return bytes[1] == UInt8(ascii: "p") ? .appointment : .advice
            case UInt8(ascii: "n"): return CallFact.Response.none
            default: return nil
            }
        }
        return CallFact(
            received: try stored(row.instant(0), "calls", "received_at"), answered: row.instant(1), is999: row.lead(2) == UInt8(ascii: "9"),
            neighbourhood: row.text(3),
            urban: row.isNull(4) ? nil : row.lead(4) == UInt8(ascii: "u"), vulnerable: row.flag(5), neighbourhoodPriority: row.flag(6),
            response: response(7), etaGiven: row.flag(8), deployed: row.instant(9), arrived: row.instant(10),
            appointment: row.instant(11))
    }

    /// Victims' update instants by the victim's row id, read through SQLite's C interface (a force-year has
    /// over 100,000 updates). CROSS JOIN keeps victims outside, so each victim's updates are one range of
    /// `victim_updates_by_victim` (migration 0004): 60 ms where seeking the victim of every update took 160.
    private static func victimUpdates(_ db: Database, force: Force, from: Instant, to: Instant) throws -> [Int64: [Instant]] {
        var updates: [Int64: [Instant]] = [:]
        try forEachRow(
            db,
            """
            SELECT v.id, u.updated_at FROM victims v CROSS JOIN victim_updates u
            ON u.force_id = v.force_id AND u.crime_ref = v.crime_ref AND u.victim_ref = v.victim_ref
            WHERE v.force_id = ?1 AND v.reported_at >= ?2 AND v.reported_at < ?3
            """, force: force, from: from, to: to
        ) { row in
            updates[row.int64(0), default: []].append(Instant(microseconds: row.int64(1)))
        }
        return updates
    }

    /// Officers' duty days of the months `from...to` (the engine keeps those of the period and baseline),
    /// read through SQLite's C interface: a force-year is about 75,000 days.
    private static func dutyFacts(_ db: Database, force: Force, from: YearMonth, to: YearMonth) throws -> [DutyFact] {
        var days: [DutyFact] = []
        try forEachRow(
            db,
            """
            SELECT neighbourhood_id, date, hours_on_duty, hours_visible, hours_abstracted FROM duty
            WHERE force_id = ?1 AND local_month >= ?2 AND local_month <= ?3
            """, integers: [Int64(force.number), Int64(from.compact), Int64(to.compact)]
        ) { row in
            guard let name = row.text(0), let date = row.date(1) else { return }
            days.append(
                DutyFact(
                    neighbourhood: name, date: date, hoursOnDuty: sqlite3_column_double(row.handle, 2),
                    hoursVisible: sqlite3_column_double(row.handle, 3), hoursAbstracted: sqlite3_column_double(row.handle, 4)))
        }
        return days
    }

    /// Runs `sql`, whose parameters ?1, ?2, ?3 are the force and the instants `[from, to)`, through SQLite's
    /// C interface, calling `row` with the statement at each result row (no GRDB `Row` is built: these
    /// reads are hundreds of thousands of rows).
    static func forEachRow(
        _ db: Database, _ sql: String, force: Force, from: Instant, to: Instant, _ row: (RawRow) throws -> Void
    ) throws {
        try forEachRow(
            db, sql,
            bind: { handle in
                for (index, value) in [Int64(force.number), from.microseconds, to.microseconds].enumerated() {
                    sqlite3_bind_int64(handle, Int32(index + 1), value)
                }
            }, row)
    }

    /// Runs `sql` with the force bound to ?1 and `texts` to ?2, ?3, …
    private static func forEachRow(_ db: Database, _ sql: String, force: Force, texts: [String], _ row: (RawRow) throws -> Void) throws {
        try forEachRow(
            db, sql,
            bind: { handle in
                sqlite3_bind_int64(handle, 1, Int64(force.number))
                // SQLITE_TRANSIENT: SQLite copies the text, which lives only for this call.
                for (index, text) in texts.enumerated() {
                    sqlite3_bind_text(handle, Int32(index + 2), text, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
                }
            }, row)
    }

    /// Runs `sql` with `integers` bound to ?1, ?2, …
    static func forEachRow(_ db: Database, _ sql: String, integers: [Int64], _ row: (RawRow) throws -> Void) throws {
        try forEachRow(
            db, sql,
            bind: { handle in
                for (index, value) in integers.enumerated() { sqlite3_bind_int64(handle, Int32(index + 1), value) }
            }, row)
    }

    /// Prepares `sql`, lets `bind` bind its parameters, and calls `row` at each result row.
    static func forEachRow(_ db: Database, _ sql: String, bind: (OpaquePointer) -> Void, _ row: (RawRow) throws -> Void) throws {
        // The statement must outlive every use of its handle: releasing it finalises the handle.
        let statement = try db.makeStatement(sql: sql)
        try withExtendedLifetime(statement) {
            let handle = statement.sqliteStatement
            bind(handle)
            defer { sqlite3_reset(handle) }
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { return }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
                try row(RawRow(handle: handle))
            }
        }
    }
}
