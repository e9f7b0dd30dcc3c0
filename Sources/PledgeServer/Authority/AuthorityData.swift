import PledgeCore
import PledgeStore

/// What the Police Authority's pages read from the store. The figures computed from the records (a
/// quarter's results, the Contact Management Panel, the complaints analysis, the questionnaires and the
/// force's units) are kept per data version, as `SiteData` keeps its own, and shared by concurrent
/// requests. The monitoring plan and the dip samples are kept beside the records and do not move the data
/// version, so they are read afresh for every page.
actor AuthorityData {
    let site: SiteData
    private var version: Int64?
    /// Tasks by kind, force and parameters, so that concurrent requests share one computation.
    private var kept: [String: Task<any Sendable, any Error>] = [:]
    /// Computations kept at most: a quarter's results for every area are a few megabytes.
    private let keptMost = 16

    init(site: SiteData) { self.site = site }

    nonisolated var store: any PledgeStore { site.store }

    /// The window of `period` in the force's zone, as of the site's now.
    nonisolated func window(_ force: Force, _ period: Period) throws -> ReportWindow {
        ReportWindow(period: period, zone: try force.zoneRules(), now: site.now())
    }

    /// The quarter's figures (the report is built from them with the plan and samples as they are now).
    func quarter(_ force: Force, _ quarter: Period) async throws -> AuthorityQuarter {
        let (store, now) = (store, site.now())
        return try await cached("quarter|\(force.id)|\(quarter.label)") {
            try await Measurements(store).authorityQuarter(force: force, quarter: quarter, now: now)
        }
    }

    /// The public quarterly report for `area`, with the Authority's plan and dip samples as they are now:
    /// a unit's small numbers about people are withheld (`Disclosure`, as on the neighbourhood pages).
    func report(_ force: Force, _ quarter: Period, area: Area) async throws -> QuarterlyReport {
        let figures = try await self.quarter(force, quarter)
        return figures.report(
            area, plan: try await store.monitoringPlan(force: force), samples: try await store.dipSamples(force: force),
            publicFor: try await directory(force))
    }

    /// The force's neighbourhoods and their units, which `Disclosure` needs for complementary suppression.
    func directory(_ force: Force) async throws -> NeighbourhoodDirectory {
        NeighbourhoodDirectory(try await store.neighbourhoodProfiles(force: force).map { .init(id: $0.id, unit: $0.unit, urban: $0.urban) })
    }

    /// What the panel's public page withholds (`Disclosure` over every area's measures): a unit's
    /// vulnerable-caller figure on 1 to 9 records, and what would give it away.
    func panelDisclosure(_ force: Force, _ panel: ContactPanel) async throws -> Disclosure {
        Disclosure(results: panel.areas.flatMap(\.measures), directory: try await directory(force))
    }

    func panel(_ force: Force, _ period: Period) async throws -> ContactPanel {
        let (store, window) = (store, try window(force, period))
        return try await cached("panel|\(force.id)|\(period.label)") { try await Measurements(store).contactPanel(force: force, window: window) }
    }

    /// The complaints of `area` against last year and every other force with records.
    func complaints(_ force: Force, _ period: Period, area: Area) async throws -> ComplaintsAnalysis {
        let (store, window) = (store, try window(force, period))
        let peers = try await site.forcesWithRecords().filter { $0 != force }
        return try await cached("complaints|\(force.id)|\(period.label)|\(area)") {
            try await Measurements(store).complaintsAnalysis(force: force, window: window, area: area, peers: peers)
        }
    }

    /// What a unit's public complaints page withholds (`ComplaintsDisclosure` over the force and every unit),
    /// computed once per period as one task, so that it holds one place under the compute gate.
    func complaintsDisclosure(_ force: Force, _ period: Period, units: [String]) async throws -> ComplaintsDisclosure {
        let (store, window) = (store, try window(force, period))
        // Without peers: what is withheld depends on the force's own counts only. One read of the force's
        // records serves the force and every unit.
        return try await cached("complaints-disclosure|\(force.id)|\(period.label)") {
            let analyses = try await Measurements(store).complaintsAnalyses(force: force, window: window, areas: [.force] + units.map(Area.unit))
            return ComplaintsDisclosure(force: analyses[0], units: Array(analyses.dropFirst()))
        }
    }

    func questionnaires(_ force: Force, _ period: Period) async throws -> QuestionnaireAnalysis {
        let (store, window) = (store, try window(force, period))
        return try await cached("questionnaires|\(force.id)|\(period.label)") {
            try await Measurements(store).questionnaires(force: force, window: window)
        }
    }

    /// The force's local policing units, by name.
    func units(_ force: Force) async throws -> [String] {
        let store = store
        return try await cached("units|\(force.id)") {
            Array(Set(try await store.neighbourhoodProfiles(force: force).compactMap(\.unit))).sorted()
        }
    }

    /// The monitoring plan view for `period`: not kept, as the plan may change without an import.
    func planView(_ force: Force, _ period: Period) async throws -> MonitoringPlanView {
        try await Measurements(store).monitoringPlanView(force: force, window: try window(force, period))
    }

    /// The value kept under `key` for the current data version, else `make`'s, kept.
    private func cached<Value: Sendable>(_ key: String, _ make: @escaping @Sendable () async throws -> Value) async throws -> Value {
        try await current()
        if let task = kept[key] { return try await Self.value(of: task) }
        // On threads of their own, as SiteData's reports: the quarter's figures take seconds to compute.
        let task: Task<any Sendable, any Error> = try site.gate.computing { try await make() }
        if kept.count >= keptMost { kept = [:] }
        kept[key] = task
        do {
            return try await Self.value(of: task)
        } catch {
            kept[key] = nil
            throw error
        }
    }

    private static func value<Value>(of task: Task<any Sendable, any Error>) async throws -> Value {
        // Keys name their kind, so this cannot fail; if a bug made it, that request is a 500, not a trap.
        guard let value = try await task.value as? Value else { throw KeptValueOfWrongType(expected: "\(Value.self)") }
        return value
    }

    struct KeptValueOfWrongType: Error {
        let expected: String
    }

    /// Drops everything kept when the store's data version has moved on.
    private func current() async throws {
        let latest = try await store.dataVersion()
        guard latest != version else { return }
        version = latest
        kept = [:]
    }
}
