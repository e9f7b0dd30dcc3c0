import PledgeCore

/// What the Police Authority keeps beside the force's records: its monitoring plan and its dip samples.
public protocol AuthorityStore: Sendable {
    /// The Authority's own plan for the force, or the default plan when it has kept none.
    func monitoringPlan(force: Force) async throws -> MonitoringPlan

    /// Keeps `plan` as the force's plan, replacing any earlier one in one transaction; nil (or a plan with
    /// no entries, which the CLI refuses) goes back to the default plan.
    func keepMonitoringPlan(force: Force, plan: MonitoringPlan?) async throws

    /// The records a dip sample of `kind` may be drawn from: those whose start instant (received or
    /// reported) lies in `[from, to)`, with their promise and unit.
    func sampleFrame(force: Force, kind: DipSampleKind, from: Instant, to: Instant) async throws -> [SampleFrameRecord]

    /// Keeps a newly drawn sample; refuses a name the force has already used.
    func keepDipSample(_ sample: DipSample) async throws

    /// The force's dip samples with their findings, oldest first.
    func dipSamples(force: Force) async throws -> [DipSample]

    /// Replaces the findings of the sample's items named in `findings`, all or none.
    func recordFindings(force: Force, sample: String, findings: [DipSample.Finding]) async throws
}
