/// A check across fields of one record. A failed check rejects the row; it never repairs it.
public enum ConsistencyRule: Hashable, Sendable {
    /// `later` may not be before `earlier` when both are present (an answer before the call was
    /// received, an arrival before the call, an acknowledgement before the report, …).
    case notBefore(later: String, earlier: String)
    /// `hours_visible + hours_abstracted <= hours_on_duty <= 24`.
    case dutyHoursAddUp
    /// The named victim must already exist (imported earlier, or earlier in the same run).
    case victimExists
    /// The record's neighbourhood must be one the force has.
    case neighbourhoodKnown
}
