import Foundation
import PledgeCore
import Testing

/// Assessment files and entries: every problem named with the file and field, and the latest entry wins.
@Suite("assessments")
struct AssessmentTests {
    static let at = Instant(microseconds: 1_255_000_000_000_000)

    func read(_ json: String) throws -> [AssessmentEntry] { try AssessmentFile.read(Data(json.utf8), source: "leics.json", at: Self.at) }

    @Test("a file's areas, overrides and findings become entries stamped with the assessor and time")
    func reads() throws {
        let entries = try read(
            #"""
            {"assessor": "HMI J Smith",
             "areas": [{"area": 1, "grade": "good", "evidence": "surveys reviewed"}],
             "overrides": [{"promise": 9, "grade": "FAIR", "reason": "preferences not recorded"}, {"promise": 3, "grade": null}],
             "findings": [{"promise": 5, "findings": [{"kind": "weakness", "text": "But ETAs were not given.", "origin": "edited"}]}]}
            """#)
        #expect(
            entries == [
                AssessmentEntry(.area(1, .good, evidence: "surveys reviewed"), assessor: "HMI J Smith", at: Self.at),
                AssessmentEntry(.override(promise: 9, .fair, reason: "preferences not recorded"), assessor: "HMI J Smith", at: Self.at),
                AssessmentEntry(.override(promise: 3, nil, reason: ""), assessor: "HMI J Smith", at: Self.at),
                AssessmentEntry(
                    .findings(promise: 5, [Finding(kind: .weakness, text: "But ETAs were not given.", origin: .edited)]), assessor: "HMI J Smith",
                    at: Self.at),
            ])
    }

    @Test(
        "bad files are refused with the file, the field and the reason",
        arguments: [
            (#"{"areas": []}"#, "leics.json: assessor: required: who made the assessment"),
            (
                #"{"assessor": "A", "areas": [{"area": 1, "grade": "GOD", "evidence": "x"}]}"#,
                "leics.json: areas[0].grade: 'GOD': not a grade (EXCELLENT, GOOD, FAIR or POOR)"
            ),
            (
                #"{"assessor": "A", "areas": [{"area": 4, "grade": "GOOD", "evidence": "x"}]}"#,
                "leics.json: entry 1: improvement area 4 does not exist (1–3)"
            ),
            (#"{"assessor": "A", "overrides": [{"promise": 9, "grade": "FAIR"}]}"#, "leics.json: overrides[0].reason: required: text"),
            (
                #"{"assessor": "A", "overrides": [{"promise": "nine", "grade": "FAIR", "reason": "r"}]}"#,
                "leics.json: overrides[0].promise: required: a whole number"
            ),
            (
                #"{"assessor": "A", "findings": [{"promise": 5, "findings": [{"kind": "praise", "text": "t"}]}]}"#,
                "leics.json: findings[0].findings[0].kind: must be strength or weakness"
            ),
            (
                #"{"assessor": "A", "findings": [{"promise": 5, "findings": [{"kind": "strength", "text": "t", "origin": "drafted"}]}]}"#,
                "leics.json: findings[0].findings[0].origin: must be edited or added"
            ),
            (#"{"assessor": "A", "grades": []}"#, "leics.json: grades: not a field of an assessment (assessor, areas, overrides, findings)"),
            ("[1, 2]", "leics.json: not a JSON object (see `pledgewatch assess --help` for the form)"),
        ])
    func refused(_ json: String, _ message: String) {
        #expect(throws: AssessmentFile.Problem(description: message)) { try read(json) }
    }

    @Test("the latest entry wins; a withdrawn override and emptied findings go back to the figures")
    func latestWins() {
        let later = Instant(microseconds: Self.at.microseconds + 1)
        let finding = Finding(kind: .strength, text: "t", origin: .added)
        let assessment = Assessment(entries: [
            AssessmentEntry(.area(1, .fair, evidence: "first look"), assessor: "A", at: Self.at),
            AssessmentEntry(.area(1, .good, evidence: "second look"), assessor: "B", at: later),
            AssessmentEntry(.override(promise: 9, .fair, reason: "r"), assessor: "A", at: Self.at),
            AssessmentEntry(.override(promise: 9, nil, reason: ""), assessor: "B", at: later),
            AssessmentEntry(.override(promise: 2, .good, reason: "boards seen"), assessor: "A", at: Self.at),
            AssessmentEntry(.findings(promise: 5, [finding]), assessor: "A", at: Self.at),
            AssessmentEntry(.findings(promise: 6, [finding]), assessor: "A", at: Self.at),
            AssessmentEntry(.findings(promise: 6, []), assessor: "B", at: later),
        ])
        #expect(assessment.improvementAreas[1] == .init(grade: .good, evidence: "second look", assessor: "B", at: later))
        #expect(assessment.overrides[9] == nil && assessment.overrides[2]?.grade == .good)
        #expect(assessment.findings[5] == [finding] && assessment.findings[6] == nil)
    }
}
