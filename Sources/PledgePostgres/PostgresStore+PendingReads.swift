import PledgeCore
import PledgeStore
import PostgresNIO

// Placeholder while the read side is written: every method throws. To be deleted.
extension PostgresStore {
    private func pending() -> StoreError { StoreError(.readFailed, "not written yet") }
    public func forces() async throws -> [Force] { throw pending() }
    public func neighbourhoodProfiles(force: Force?) async throws -> [NeighbourhoodProfile] { throw pending() }
    public func boundaries(force: Force?) async throws -> [Boundary] { throw pending() }
    static func boundaries(on connection: PostgresConnection, force: Force?, logger: Logger) async throws -> [Boundary] { [] }
    public func neighbourhoodDetail(force: Force, id: String) async throws -> NeighbourhoodDetail? { throw pending() }
    public func crimeMonths(force: Force, neighbourhood: String) async throws -> [YearMonth] { throw pending() }
    public func streetCrimes(force: Force, neighbourhood: String, month: YearMonth) async throws -> [StreetCrime] { throw pending() }
    public func publishedCrimes(_ query: PublishedCrimeQuery) async throws -> [StreetCrime] { throw pending() }
    public func publishedCrimeMonths() async throws -> [YearMonth] { throw pending() }
    public func crimeTypes(month: YearMonth) async throws -> [String] { throw pending() }
    public func assessmentEntries(force: Force, period: String) async throws -> [AssessmentEntry] { throw pending() }
    public func recordAssessment(force: Force, period: String, entries: [AssessmentEntry]) async throws { throw pending() }
    public func cachedReport(force: Force, request: String, dataVersion: Int64) async throws -> [UInt8]? { throw pending() }
    public func keepReport(force: Force, request: String, dataVersion: Int64, body: [UInt8]) async throws { throw pending() }
    public func monitoringPlan(force: Force) async throws -> MonitoringPlan { throw pending() }
    public func keepMonitoringPlan(force: Force, plan: MonitoringPlan?) async throws { throw pending() }
    public func sampleFrame(force: Force, kind: DipSampleKind, from: Instant, to: Instant) async throws -> [SampleFrameRecord] { throw pending() }
    public func keepDipSample(_ sample: DipSample) async throws { throw pending() }
    public func dipSamples(force: Force) async throws -> [DipSample] { throw pending() }
    public func recordFindings(force: Force, sample: String, findings: [DipSample.Finding]) async throws { throw pending() }
}
