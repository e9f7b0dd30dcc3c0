/// What the Police Authority does to make sure each promise is kept: for each promise, the mechanisms it
/// uses and how often each is due. A force's Authority may keep its own plan; without one, the default
/// plan applies, seeded from the Leicestershire Police Authority's paper.
public struct MonitoringPlan: Sendable, Equatable {
    /// One mechanism for one promise.
    public struct Entry: Sendable, Equatable, Hashable {
        /// The promise, 1–10; nil for "the promise to keep the promises" (complaints that a promise was
        /// broken, picked up across all ten).
        public let promise: Int?
        public let mechanism: MonitoringMechanism
        public let frequency: MonitoringFrequency
        /// What the Authority does, in its own words.
        public let note: String

        public init(promise: Int?, mechanism: MonitoringMechanism, frequency: MonitoringFrequency, note: String = "") {
            self.promise = promise
            self.mechanism = mechanism
            self.frequency = frequency
            self.note = note
        }
    }

    /// In promise order (the promise to keep the promises last), then mechanism order.
    public let entries: [Entry]
    /// True for the default plan, false for one the Authority kept.
    public let isDefault: Bool

    public init(entries: [Entry], isDefault: Bool = false) {
        self.entries = entries.sorted { lhs, rhs in
            (lhs.promise ?? 11, lhs.mechanism) < (rhs.promise ?? 11, rhs.mechanism)
        }
        self.isDefault = isDefault
    }

    /// The entries for one promise (nil: the promise to keep the promises).
    public func entries(for promise: Int?) -> [Entry] { entries.filter { $0.promise == promise } }

    /// The promises (1–10, then nil) the plan rows are grouped under.
    public static let scopes: [Int?] = (1...10).map { $0 } + [nil]

    /// The promise in words for plan tables: "Promise 5" or "The promise to keep the promises".
    public static func scopeName(_ promise: Int?) -> String {
        promise.map { "Promise \($0)" } ?? "The promise to keep the promises"
    }
}

extension MonitoringPlan {
    /// The default plan: the paper's table, one entry per lettered "PA action", mapped to a mechanism.
    /// The paper gives frequencies only as "each quarter" and "from time to time": the quarterly
    /// mechanisms stay quarterly, formal force reports "from time to time" are taken as yearly (the paper's
    /// example is one report to the June meeting), and members' visits and questions as quarterly, the
    /// Authority's meeting cycle. Each choice is written in `docs/authority.md`.
    public static let leicestershireDefault = MonitoringPlan(
        entries: [
            Entry(
                promise: 1, mechanism: .complaintsAnalysis, frequency: .quarterly,
                note: "(a) Analysis of complaints by PSD through the Professional Standards Committee"),
            Entry(
                promise: 1, mechanism: .questionnaire, frequency: .quarterly,
                note: "(b) Equalities and human rights monitoring under the existing diversity duties"),
            Entry(promise: 1, mechanism: .quarterlyReport, frequency: .quarterly, note: "(c) Monitoring of local objective 4"),
            Entry(
                promise: 2, mechanism: .forceReport, frequency: .yearly,
                note: "(a) Formal report from the force on what it has done to fulfil the promise, e.g. to the PA meeting on 30 June"),
            Entry(promise: 2, mechanism: .memberVisit, frequency: .quarterly, note: "(b) Anecdotal evidence when members visit a police station"),
            Entry(
                promise: 3, mechanism: .quarterlyReport, frequency: .quarterly,
                note: "(a) The local objective on abstraction, reported to the Authority each quarter"),
            Entry(promise: 3, mechanism: .forceReport, frequency: .yearly, note: "(b) Staff turnover: formal report from the force"),
            Entry(
                promise: 4, mechanism: .forceReport, frequency: .yearly,
                note: "(a) Policy in place; information from the force on measures taken to keep the promise"),
            Entry(
                promise: 4, mechanism: .memberVisit, frequency: .quarterly,
                note: "(b) Anecdotal evidence when interacting with officers and staff at any level"),
            Entry(
                promise: 4, mechanism: .complaintsAnalysis, frequency: .quarterly, note: "(c) Complaints that come in where the promise was not kept"),
            Entry(promise: 5, mechanism: .contactManagementPanel, frequency: .quarterly, note: "(a) The Contact Management Panel monitors"),
            Entry(
                promise: 5, mechanism: .quarterlyReport, frequency: .quarterly, note: "(b) 999 data in the Authority's quarterly performance report"),
            Entry(promise: 6, mechanism: .contactManagementPanel, frequency: .quarterly, note: "(a) The Contact Management Panel monitors"),
            Entry(
                promise: 7, mechanism: .forceReport, frequency: .yearly, note: "(a) Information from the force on measures taken to keep the promise"),
            Entry(
                promise: 8, mechanism: .memberVisit, frequency: .quarterly,
                note: "(a) Members raise it with LPU commanders; (c) ask councillor colleagues for their views"),
            Entry(promise: 8, mechanism: .publicMeeting, frequency: .quarterly, note: "(b) Ask the public at public meetings and events"),
            Entry(
                promise: 8, mechanism: .websiteCheck, frequency: .quarterly,
                note: "(d) Monitor the force's website for material that is relevant and timely"),
            Entry(promise: 9, mechanism: .forceReport, frequency: .yearly, note: "(a) Ensure the policy underpinning the promise is in place"),
            Entry(
                promise: 9, mechanism: .dipSample, frequency: .quarterly, note: "(a) Pick up through sampling of complaints where it is going wrong"),
            Entry(promise: 9, mechanism: .memberVisit, frequency: .quarterly, note: "(b) Members raise it with LPU commanders"),
            Entry(
                promise: 10, mechanism: .forceReport, frequency: .yearly, note: "(a) Information from the force on measures taken to keep the promise"
            ),
            Entry(
                promise: nil, mechanism: .complaintsAnalysis, frequency: .quarterly,
                note: "Failures come to the Constabulary as complaints: analysis of the complaints data"),
            Entry(promise: nil, mechanism: .dipSample, frequency: .quarterly, note: "Dip sampling via Professional Standards"),
        ], isDefault: true)
}
