/// What an assessor (inspector) records for a force and period: the three improvement areas' grades with
/// evidence, overrides of promise grades with reasons, and the findings as edited. Versioned by who and when.
public struct Assessment: Sendable {
    /// An improvement area's grade with its evidence.
    public struct AreaGrade: Sendable, Equatable {
        public let grade: Grade
        public let evidence: String
        public let assessor: String
        public let at: Instant

        public init(grade: Grade, evidence: String, assessor: String, at: Instant) {
            self.grade = grade
            self.evidence = evidence
            self.assessor = assessor
            self.at = at
        }
    }

    /// Improvement areas 1–3.
    public var improvementAreas: [Int: AreaGrade]
    /// Promise grades set by the assessor, by promise.
    public var overrides: [Int: GradeOverride]
    /// A promise's findings as the assessor left them; they replace the drafted ones for that promise.
    public var findings: [Int: [Finding]]

    public init(improvementAreas: [Int: AreaGrade] = [:], overrides: [Int: GradeOverride] = [:], findings: [Int: [Finding]] = [:]) {
        self.improvementAreas = improvementAreas
        self.overrides = overrides
        self.findings = findings
    }
}
