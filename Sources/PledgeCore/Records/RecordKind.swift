import Foundation

/// Every kind of record a force sends in (docs/records.md).
///
/// The order of the cases is the order files are imported in one run: reference kinds first, then
/// events, so that a neighbourhood exists before the calls that name it, and a victim before its updates.
public enum RecordKind: String, CaseIterable, Sendable, Comparable {
    case neighbourhoods
    case boundaries
    case team
    case priorities
    case calls
    case messages
    case duty
    case engagements
    case updates
    case victims
    case victimUpdates = "victim_updates"
    case dissatisfaction
    case surveys
    case complaints
    case realityChecks = "reality_checks"
    case actions
    case crimes

    /// Neighbourhoods, boundaries, team and priorities: records that describe the force rather than events
    /// in time, and so cover every month (docs/indicators.md, "Coverage").
    public var isReference: Bool { self == .neighbourhoods || self == .boundaries || self == .team || self == .priorities }

    /// The name used on the command line and in files (`victim_updates`, …).
    public var name: String { rawValue }

    /// A kind from its command-line name; `-` and `_` are interchangeable and case is ignored.
    public init?(name: String) {
        self.init(rawValue: name.lowercased().replacingOccurrences(of: "-", with: "_"))
    }

    public static func < (lhs: RecordKind, rhs: RecordKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
