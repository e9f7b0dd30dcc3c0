import Hummingbird
import PledgeCore
import PledgeOutput
import PledgeStore

/// What the site reads from the store, computed once per data version and shared by the pages and the
/// API. Every request first asks the store for its data version: when an import has moved it on, all that
/// was kept is dropped, so a page never shows figures older than the records.
actor SiteData {
    let store: any PledgeStore
    let now: @Sendable () -> Instant
    private var version: Int64?
    private var status: StoreStatus?
    private var finder: NeighbourhoodFinder?
    /// Figures by force and period label, as tasks so that concurrent requests share one computation.
    private var figures: [String: Task<PublicFigures, any Error>] = [:]
    private var names: [String: [String: String]] = [:]
    /// Force and period pairs kept at most: a force-year with every area is a few megabytes.
    private let keptFigures = 24
    /// Rendered pages by address, with the instant each was made.
    private var pages: [String: (made: Instant, body: Task<ByteBuffer, any Error>)] = [:]
    /// Pages kept at most (a report card is about 45 KB), and how long one is served before it is made
    /// again from the kept figures: pages that say what is coming up are written against the clock.
    static let keptPages = 512
    static let pageLifetime: Int64 = 60 * 1_000_000

    /// Bounds the figure computations running at once (`ComputeLimit`); shared with `AuthorityData`.
    nonisolated let gate: ComputeGate

    init(store: any PledgeStore, now: @escaping @Sendable () -> Instant, computeLimit: ComputeLimit = .standard) {
        self.store = store
        self.now = now
        gate = ComputeGate(limit: computeLimit)
    }

    /// Drops everything kept when the store's data version has moved on.
    private func current() async throws {
        let latest = try await store.dataVersion()
        guard latest != version else { return }
        version = latest
        status = nil
        finder = nil
        figures = [:]
        names = [:]
        pages = [:]
    }

    /// The page at `address`, rendered once per data version (and at most a minute ago) and then served
    /// as kept bytes: rendering a report card's HTML took most of the time of each request, and a page is
    /// a function of its address, the records and the clock. Errors are not kept.
    func page(_ address: String, render: @escaping @Sendable () async throws -> String) async throws -> ByteBuffer {
        try await current()
        let now = self.now()
        if let kept = pages[address], now.microseconds - kept.made.microseconds < Self.pageLifetime {
            return try await kept.body.value
        }
        if pages.count >= Self.keptPages { pages = [:] }
        // Rendering and computing reports run on threads of their own, not the cooperative pool's one per
        // core: a report computing for seconds must not hold up the quick pages and API answers meanwhile.
        let task = Task(executorPreference: OwnThreadsExecutor.shared) { ByteBuffer(string: try await render()) }
        pages[address] = (now, task)
        do {
            return try await task.value
        } catch {
            if pages[address]?.body == task { pages[address] = nil }
            throw error
        }
    }

    func storeStatus() async throws -> StoreStatus {
        try await current()
        if let status { return status }
        let fresh = try await store.status()
        status = fresh
        return fresh
    }

    /// The forces with any records, by name.
    func forcesWithRecords() async throws -> [Force] {
        let ids = Set(try await storeStatus().holdings.filter { $0.count > 0 }.map(\.force.id))
        return ForceCatalogue.all.filter { ids.contains($0.id) }.sorted { $0.name < $1.name }
    }

    func periodChoices(_ force: Force) async throws -> [String] { PeriodChoices.of(force, in: try await storeStatus()) }

    func nationalChoices() async throws -> [String] { PeriodChoices.ofAll(in: try await storeStatus()) }

    func neighbourhoodFinder() async throws -> NeighbourhoodFinder {
        try await current()
        if let finder { return finder }
        let made = NeighbourhoodFinder(
            profiles: try await store.neighbourhoodProfiles(force: nil), boundaries: try await store.boundaries(force: nil))
        finder = made
        return made
    }

    /// Neighbourhood names by id, for labelling funnel plots.
    func neighbourhoodNames(_ force: Force) async throws -> [String: String] {
        try await current()
        if let known = names[force.id] { return known }
        let made = Dictionary(try await store.neighbourhoodProfiles(force: force).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        names[force.id] = made
        return made
    }

    /// The force's report card and every area's results for the period, with what the public may not see.
    func figures(_ force: Force, period: Period) async throws -> PublicFigures {
        try await current()
        let key = "\(force.id)|\(period.label)"
        if let task = figures[key] { return try await task.value }
        let store = self.store
        let window = ReportWindow(period: period, zone: try force.zoneRules(), now: now())
        let task = try gate.computing { try await PublicFigures.compute(store, force: force, window: window) }
        if figures.count >= keptFigures { figures = [:] }
        figures[key] = task
        do {
            return try await task.value
        } catch {
            figures[key] = nil
            throw error
        }
    }

    /// Every force with calls in the period, graded side by side.
    func national(period: Period) async throws -> NationalPicture {
        let withCalls = Set(try await storeStatus().holdings.filter { $0.kind == .calls && $0.count > 0 }.map(\.force.id))
        var cards: [ReportCard] = []
        for force in ForceCatalogue.all.filter({ withCalls.contains($0.id) }).sorted(by: { $0.name < $1.name }) {
            cards.append(try await figures(force, period: period).card)
        }
        return NationalPicture(cards: cards)
    }
}
