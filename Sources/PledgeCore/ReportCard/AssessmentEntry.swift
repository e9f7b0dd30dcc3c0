import Foundation

/// One thing an assessor recorded, as kept: the store keeps every entry (who, when), and the current
/// assessment is the latest entry for each improvement area, each promise's override and each promise's
/// findings.
public struct AssessmentEntry: Sendable, Equatable {
    public enum Change: Sendable, Equatable {
        /// An improvement area (1–3) graded, with its evidence.
        case area(Int, Grade, evidence: String)
        /// A promise's grade set by the assessor with a reason; nil grade: the override withdrawn.
        case override(promise: Int, Grade?, reason: String)
        /// A promise's findings as the assessor leaves them (replacing the drafted ones); empty: back to
        /// the drafted findings.
        case findings(promise: Int, [Finding])
    }

    public let change: Change
    public let assessor: String
    public let at: Instant

    public init(_ change: Change, assessor: String, at: Instant) {
        self.change = change
        self.assessor = assessor
        self.at = at
    }

    /// Why the entry cannot be kept, or nil: numbers in range, an assessor named, reasons and evidence given.
    public var problem: String? {
        if assessor.trimmingCharacters(in: .whitespaces).isEmpty { return "the assessor must be named" }
        switch change {
        case .area(let area, _, let evidence):
            if !(1...3).contains(area) { return "improvement area \(area) does not exist (1–3)" }
            if evidence.trimmingCharacters(in: .whitespaces).isEmpty { return "an improvement area's grade needs its evidence" }
        case .override(let promise, let grade, let reason):
            if !(1...10).contains(promise) { return "promise \(promise) does not exist (1–10)" }
            if grade != nil && reason.trimmingCharacters(in: .whitespaces).isEmpty { return "an override needs its reason" }
        case .findings(let promise, let findings):
            if !(1...10).contains(promise) { return "promise \(promise) does not exist (1–10)" }
            if findings.contains(where: { $0.text.trimmingCharacters(in: .whitespaces).isEmpty }) { return "a finding has no text" }
        }
        return nil
    }
}

extension Assessment {
    /// The assessment the entries leave, taken in order (the store gives them oldest first).
    public init(entries: [AssessmentEntry]) {
        self.init()
        for entry in entries {
            switch entry.change {
            case .area(let area, let grade, let evidence):
                improvementAreas[area] = AreaGrade(grade: grade, evidence: evidence, assessor: entry.assessor, at: entry.at)
            case .override(let promise, let grade, let reason):
                overrides[promise] = grade.map { GradeOverride(grade: $0, reason: reason, assessor: entry.assessor, at: entry.at) }
            case .findings(let promise, let findings):
                self.findings[promise] = findings.isEmpty ? nil : findings
            }
        }
    }
}
