import PledgeCore

/// The order SQLite hands a report its calls in, kept as SQLite keeps it.
///
/// The SQLite store reads calls from packed months (`SQLiteStore+PackedCalls.swift`) when none of the
/// months a report needs is stale, and from the rows otherwise. Both give the same calls, in different
/// orders: the rows come in the order of the calls' unique index (by `call_id`); packed months come month
/// by month, each either in the order its first import inserted its calls (`ImportCallPacker`, when that
/// import found the month empty) or, once repacked by `refreshDerivedData()`, by `call_id` again. Which
/// one a report gets depends on the history of imports, updates and refreshes. This keeps the same
/// bookkeeping (which months are packed in which order, which are stale, the longest receipt-to-
/// appointment time per force) without the packed bytes themselves, so that the calls come out in the
/// same order; the figures do not depend on it.
struct CallPacking: Sendable {
    /// One force's local month (`YYYYMM`; 0 for calls without one).
    struct Month: Hashable, Sendable {
        let force: Int
        let month: Int
    }

    /// The order of a packed month's calls.
    enum Order: Sendable {
        /// As its one import inserted them (row order).
        case insertion
        /// By the calls' unique key (repacked from the rows).
        case key
    }

    /// Packed months; every month with calls is packed or stale (migration 0003).
    private(set) var packed: [Month: Order] = [:]
    private(set) var stale: Set<Month> = []
    /// `packed_calls_lead`: per force, the longest receipt-to-appointment time seen; never lowered.
    private(set) var lead: [Int: Int64] = [:]

    /// `calls_stale_on_update` and `calls_lead_on_update`: an update of a call marks its old and new months
    /// stale, and raises the force's lead when it has an appointment.
    mutating func callUpdated(from old: ValidatedRecord, to new: ValidatedRecord) {
        stale.insert(Month(force: old.force.number, month: old.localMonth ?? 0))
        stale.insert(Month(force: new.force.number, month: new.localMonth ?? 0))
        if let call = CallFact(new), let appointment = call.appointment {
            raiseLead(new.force.number, appointment.microseconds &- call.received.microseconds)
        }
    }

    fileprivate mutating func raiseLead(_ force: Int, _ value: Int64) { lead[force] = max(lead[force] ?? 0, value) }

    fileprivate mutating func pack(_ month: Month) { packed[month] = .insertion }

    fileprivate mutating func markStale(_ month: Month) {
        packed[month] = nil
        stale.insert(month)
    }

    fileprivate func isEmpty(_ month: Month) -> Bool { packed[month] == nil && !stale.contains(month) }

    /// `refreshDerivedData()`: every stale month is repacked from the rows, in key order; a stale month
    /// left without calls is neither packed nor stale, so that the next import to fill it packs it. Month 0
    /// (calls without a local month, which a validated call always has) stays stale while it has calls.
    /// The lead of every force with a stale month is measured again from its calls (`leads`: the longest
    /// receipt-to-appointment time per force), so that a corrected call lowers it.
    mutating func repackStaleMonths(withCalls months: Set<Month>, leads: [Int: Int64]) {
        for force in Set(stale.map(\.force)) where lead[force] != nil { lead[force] = leads[force] ?? 0 }
        var stillStale: Set<Month> = []
        for month in stale {
            if month.month == 0 {
                if months.contains(month) { stillStale.insert(month) }
            } else {
                packed[month] = months.contains(month) ? .key : nil
            }
        }
        stale = stillStale
    }

    /// How SQLite would read the force's calls of `[from, to)`: from the rows (nil), or from the packed
    /// months, with the order of each.
    func packedMonths(force: Force, from: Instant, to: Instant) -> [Int: Order]? {
        guard from < to, let zone = ZoneRulesCache.rules(for: force.timeZone) else { return nil }
        let earliest = from.microseconds.subtractingReportingOverflow(max(lead[force.number] ?? 0, 0))
        let first = zone.localDate(of: Instant(microseconds: earliest.overflow ? .min : earliest.partialValue)).yearMonth.compact
        let last = zone.localDate(of: Instant(microseconds: to.microseconds - 1)).yearMonth.compact
        let range = first...last
        guard !stale.contains(where: { $0.force == force.number && ($0.month == 0 || range.contains($0.month)) }) else { return nil }
        var months: [Int: Order] = [:]
        for (month, order) in packed where month.force == force.number && range.contains(month.month) { months[month.month] = order }
        return months
    }
}

/// `ImportCallPacker`: what one import does to the packed months. A month that held no calls before the
/// import is packed in insertion order when it commits, unless something in the import made it stale;
/// every other month it inserted calls into becomes stale.
struct CallPackingSession {
    private var wasEmpty: [CallPacking.Month: Bool] = [:]
    private var leads: [Int: Int64] = [:]

    /// Notes an inserted call.
    mutating func inserted(_ record: ValidatedRecord, packing: CallPacking) {
        guard let call = CallFact(record) else { return }
        let force = record.force.number
        if let appointment = call.appointment {
            let lead = appointment.microseconds &- call.received.microseconds
            if lead > leads[force, default: 0] { leads[force] = lead }
        }
        let month = CallPacking.Month(force: force, month: record.localMonth ?? 0)
        if wasEmpty[month] == nil { wasEmpty[month] = packing.isEmpty(month) && month.month != 0 }
    }

    /// Before the import commits.
    func finish(_ packing: inout CallPacking) {
        for (month, new) in wasEmpty {
            if new, !packing.stale.contains(month) {
                packing.pack(month)
            } else {
                packing.markStale(month)
            }
        }
        for (force, lead) in leads { packing.raiseLead(force, lead) }
    }
}
