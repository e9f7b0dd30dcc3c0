import PledgeCore
import PledgeStore

/// A real store with a hook before every read: tests make a read the page needs fail (a store that throws
/// halfway through a request) or wait (a figure computation held open until the test lets it go).
/// Writes go straight to the wrapped store.
public final class InterceptedStore: PledgeStore {
    /// Called with the read's name (`indicatorFacts(force:from:to:)`, …) before the wrapped store is asked.
    public typealias Hook = @Sendable (_ read: String) async throws -> Void

    public let wrapped: any PledgeStore
    private let hook: Hook

    public init(_ wrapped: any PledgeStore, before hook: @escaping Hook) {
        self.wrapped = wrapped
        self.hook = hook
    }

    public func forces() async throws -> [Force] {
        try await hook(#function)
        return try await wrapped.forces()
    }

    public func status() async throws -> StoreStatus {
        try await hook(#function)
        return try await wrapped.status()
    }

    public func indicatorFacts(force: Force, from: Instant, to: Instant) async throws -> IndicatorFacts {
        try await hook(#function)
        return try await wrapped.indicatorFacts(force: force, from: from, to: to)
    }

    public func neighbourhoodProfiles(force: Force?) async throws -> [NeighbourhoodProfile] {
        try await hook(#function)
        return try await wrapped.neighbourhoodProfiles(force: force)
    }

    public func boundaries(force: Force?) async throws -> [Boundary] {
        try await hook(#function)
        return try await wrapped.boundaries(force: force)
    }

    public func neighbourhoodDetail(force: Force, id: String) async throws -> NeighbourhoodDetail? {
        try await hook(#function)
        return try await wrapped.neighbourhoodDetail(force: force, id: id)
    }

    public func crimeMonths(force: Force, neighbourhood: String) async throws -> [YearMonth] {
        try await hook(#function)
        return try await wrapped.crimeMonths(force: force, neighbourhood: neighbourhood)
    }

    public func streetCrimes(force: Force, neighbourhood: String, month: YearMonth) async throws -> [StreetCrime] {
        try await hook(#function)
        return try await wrapped.streetCrimes(force: force, neighbourhood: neighbourhood, month: month)
    }

    public func publishedCrimes(_ query: PublishedCrimeQuery) async throws -> [StreetCrime] {
        try await hook(#function)
        return try await wrapped.publishedCrimes(query)
    }

    public func publishedCrimeMonths() async throws -> [YearMonth] {
        try await hook(#function)
        return try await wrapped.publishedCrimeMonths()
    }

    public func crimeTypes(month: YearMonth) async throws -> [String] {
        try await hook(#function)
        return try await wrapped.crimeTypes(month: month)
    }

    public func refreshDerivedData() throws { try wrapped.refreshDerivedData() }

    public func assessmentEntries(force: Force, period: String) async throws -> [AssessmentEntry] {
        try await hook(#function)
        return try await wrapped.assessmentEntries(force: force, period: period)
    }

    public func recordAssessment(force: Force, period: String, entries: [AssessmentEntry]) async throws {
        try await wrapped.recordAssessment(force: force, period: period, entries: entries)
    }

    public func dataVersion() async throws -> Int64 {
        try await hook(#function)
        return try await wrapped.dataVersion()
    }

    public func cachedReport(force: Force, request: String, dataVersion: Int64) async throws -> [UInt8]? {
        try await hook(#function)
        return try await wrapped.cachedReport(force: force, request: request, dataVersion: dataVersion)
    }

    public func keepReport(force: Force, request: String, dataVersion: Int64, body: [UInt8]) async throws {
        try await wrapped.keepReport(force: force, request: request, dataVersion: dataVersion, body: body)
    }

    public func importFile<Result>(
        _ file: ImportFileInfo, _ body: (any ImportTransaction) throws -> (Result, ImportDecision)
    ) throws -> Result {
        try wrapped.importFile(file, body)
    }

    public func currentImport(digest: String) throws -> PriorImport? { try wrapped.currentImport(digest: digest) }

    public func monitoringPlan(force: Force) async throws -> MonitoringPlan {
        try await hook(#function)
        return try await wrapped.monitoringPlan(force: force)
    }

    public func keepMonitoringPlan(force: Force, plan: MonitoringPlan?) async throws {
        try await wrapped.keepMonitoringPlan(force: force, plan: plan)
    }

    public func sampleFrame(force: Force, kind: DipSampleKind, from: Instant, to: Instant) async throws -> [SampleFrameRecord] {
        try await hook(#function)
        return try await wrapped.sampleFrame(force: force, kind: kind, from: from, to: to)
    }

    public func keepDipSample(_ sample: DipSample) async throws { try await wrapped.keepDipSample(sample) }

    public func dipSamples(force: Force) async throws -> [DipSample] {
        try await hook(#function)
        return try await wrapped.dipSamples(force: force)
    }

    public func recordFindings(force: Force, sample: String, findings: [DipSample.Finding]) async throws {
        try await wrapped.recordFindings(force: force, sample: sample, findings: findings)
    }
}
