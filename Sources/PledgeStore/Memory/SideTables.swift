import PledgeCore

/// What the store keeps beside the records, which no import touches: the report cache, the assessment
/// log, the Authority's monitoring plans and dip samples. Each write changes it under the store's lock in
/// one step, all or nothing.
struct SideState: Sendable {
    /// `report_cache`, by force and request.
    var reports: [ReportKey: CachedReport] = [:]
    /// `assessments`, in id order.
    var assessments: [AssessmentRow] = []
    /// `monitoring_plans`, in id order.
    var plans: [PlanRow] = []
    /// `dip_samples` with their strata and items, in id order.
    var samples: [SampleRow] = []
}

struct ReportKey: Hashable, Sendable {
    let force: Int
    let request: StoredText
}

struct CachedReport: Sendable {
    let dataVersion: Int64
    let body: [UInt8]
}

/// One assessment entry as the SQLite store keeps it.
struct AssessmentRow: Sendable {
    let force: Int
    let period: StoredText
    let madeAt: Int64
    let assessor: String
    let stored: StoredAssessmentChange
}

struct PlanRow: Sendable {
    let force: Int
    let promise: Int?
    /// The mechanism's id, read back through `MonitoringMechanism(_:)`.
    let mechanism: String
    let frequency: String
    let note: String
}

struct SampleRow: Sendable {
    let force: Int
    let name: StoredText
    let kind: String
    let period: String
    let periodStart: String
    let periodEnd: String
    let seed: Int64
    let size: Int
    let drawnAt: Int64
    /// `dip_sample_strata`, in rowid order.
    let strata: [DipSample.Allocation]
    /// `dip_sample_items`.
    var items: [ItemRow]
}

struct ItemRow: Sendable {
    let recordID: StoredText
    let promise: Int?
    let unit: String?
    let at: Int64
    var kept: Bool?
    var notes: String?
}

/// SQLite's message for a value a constraint refuses, when it is one of the few the side tables can meet.
enum SideConstraint {
    /// SQLite's `length()`: characters before the first NUL.
    static func length(_ text: String) -> Int { text.unicodeScalars.prefix { $0 != "\0" }.count }

    /// SQLite's `trim()` with no characters given: spaces only, both ends.
    static func trimmedSpaces(_ text: String) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " }) else { return "" }
        let last = scalars.lastIndex { $0 != " " }!
        return Substring(scalars[first...last])
    }
}
