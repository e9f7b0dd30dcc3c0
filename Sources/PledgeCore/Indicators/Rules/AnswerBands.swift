/// Calls counted into the Home Office answer-time bands (under 10 s, 10 to under 60 s, 60 s or more) with
/// the mean time to answer; a call not answered (as of the window's T) is abandoned and counted apart. The
/// one count behind the 999 table of every report and the Contact Management Panel's months.
public struct AnswerBands: Sendable, Equatable {
    public private(set) var calls = 0
    public private(set) var abandoned = 0
    public private(set) var under10s = 0
    public private(set) var from10sTo60s = 0
    public private(set) var over60s = 0
    /// The answered calls' waits added up, in microseconds (exact, for the mean).
    private var waited: Int64 = 0

    public init() {}

    /// Counts a call received at `received`; `answered` is nil for a call not answered.
    mutating func count(received: Instant, answered: Instant?) {
        calls += 1
        guard let answered else {
            abandoned += 1
            return
        }
        let wait = answered.microseconds - received.microseconds
        if wait < 10 * Duration.second {
            under10s += 1
        } else if wait < 60 * Duration.second {
            from10sTo60s += 1
        } else {
            over60s += 1
        }
        waited += wait
    }

    public var answered: Int { calls - abandoned }

    /// Mean seconds to answer over answered calls; nil when none was answered.
    public var meanSecondsToAnswer: Double? { answered == 0 ? nil : Double(waited) / Double(answered) / 1e6 }
}
