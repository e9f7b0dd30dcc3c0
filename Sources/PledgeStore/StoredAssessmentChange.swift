import Foundation
import PledgeCore

/// An assessment entry's change as every store keeps it in its `assessments` table: the kind (`area`,
/// `override` or `findings`), the subject (the improvement area or the promise), the grade's label, and the
/// text (the evidence, the reason, or the findings as JSON). One encoding for every store, so that each
/// reads back exactly what the others would.
package struct StoredAssessmentChange: Sendable, Equatable {
    package let kind: String
    package let subject: Int
    package let grade: String?
    package let text: String

    package init(kind: String, subject: Int, grade: String?, text: String) {
        self.kind = kind
        self.subject = subject
        self.grade = grade
        self.text = text
    }

    /// The columns that keep `change`.
    package init(_ change: AssessmentEntry.Change) throws {
        switch change {
        case .area(let area, let grade, let evidence): self.init(kind: "area", subject: area, grade: grade.label, text: evidence)
        case .override(let promise, let grade, let reason): self.init(kind: "override", subject: promise, grade: grade?.label, text: reason)
        case .findings(let promise, let findings):
            self.init(kind: "findings", subject: promise, grade: nil, text: String(decoding: try JSONEncoder().encode(findings), as: UTF8.self))
        }
    }

    /// The change the columns keep. An area whose grade cannot be read is POOR, and a kind other than
    /// `area` or `override` is read as findings (the tables' checks allow neither).
    package func change() throws -> AssessmentEntry.Change {
        let grade = grade.flatMap(Grade.init(label:))
        switch kind {
        case "area": return .area(subject, grade ?? .poor, evidence: text)
        case "override": return .override(promise: subject, grade, reason: text)
        default: return .findings(promise: subject, try JSONDecoder().decode([Finding].self, from: Data(text.utf8)))
        }
    }
}
