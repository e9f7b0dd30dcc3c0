/// One indicator's definition over one kind of fact: the instant that places a record in the period,
/// and the record's verdict.
struct IndicatorRule<Fact>: Sendable {
    let id: String
    /// The record's start instant (nil: the record has none and is not counted).
    let start: @Sendable (Fact) -> Instant?
    /// nil: not in the denominator (including pending records); true: in the numerator too; false: in
    /// the denominator only.
    let judge: @Sendable (Fact, RuleContext) -> Bool?

    init(id: String, start: @escaping @Sendable (Fact) -> Instant?, judge: @escaping @Sendable (Fact, RuleContext) -> Bool?) {
        self.id = id
        self.start = start
        self.judge = judge
    }
}

/// What a rule may consult besides the record. Plain values only: it is handed to every rule for every
/// record, and a reference inside it (the window's zone rules) made each hand-over retain and release.
struct RuleContext {
    let asOf: Instant
    /// For calls: urban (true), rural (false) or neither (nil).
    let urban: Bool?

    /// A record's later instant as seen at as-of: one after as-of had not happened yet, so it reads blank.
    func seen(_ instant: Instant?) -> Instant? { Self.seen(instant, asOf: asOf) }

    static func seen(_ instant: Instant?, asOf: Instant) -> Instant? {
        guard let instant, instant <= asOf else { return nil }
        return instant
    }

    /// The pattern of every indicator with a clock (P4.response_24h, P5.answer_10s, P10.ack_24h, …): a
    /// record is counted once its event happened (seen by as-of), or once the clock ran out without it;
    /// before that it is pending (nil). Met when the event came within the limit.
    func clocked(_ start: Instant, _ end: Instant?, within limit: Int64) -> Bool? {
        guard end != nil || start.microseconds.addingReportingOverflow(limit).partialValue <= asOf.microseconds else { return nil }
        return within(start, end, limit)
    }
}

/// "Within X" means the duration is at most X; no end means not within.
func within(_ from: Instant, _ to: Instant?, _ limit: Int64) -> Bool {
    guard let to else { return false }
    return to.microseconds - from.microseconds <= limit
}

/// Durations in microseconds.
enum Duration {
    static let second: Int64 = 1_000_000
    static let minute: Int64 = 60 * second
    static let hour: Int64 = 60 * minute
    static let day: Int64 = 24 * hour
}
