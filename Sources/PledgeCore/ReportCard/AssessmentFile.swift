import Foundation

/// An assessment file (JSON): who assessed, and any of the improvement areas' grades, overrides and
/// findings. Every problem is reported with the file and the field at fault:
///
/// ```json
/// {"assessor": "HMI J Smith",
///  "areas": [{"area": 1, "grade": "GOOD", "evidence": "Survey results reviewed monthly by the chief officers"}],
///  "overrides": [{"promise": 9, "grade": "FAIR", "reason": "Victims' preferences are not recorded"}],
///  "findings": [{"promise": 5, "findings": [{"kind": "weakness", "text": "But ETAs were not given.", "origin": "edited"}]}]}
/// ```
/// An override whose grade is null withdraws it; an empty findings list goes back to the drafted ones.
public enum AssessmentFile {
    public struct Problem: Error, CustomStringConvertible, Equatable {
        public let description: String

        public init(description: String) { self.description = description }
    }

    /// The entries the file records, stamped `at`.
    public static func read(_ data: Data, source: String, at: Instant) throws -> [AssessmentEntry] {
        func fail(_ field: String, _ reason: String) -> Problem { Problem(description: "\(source): \(field): \(reason)") }
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw Problem(description: "\(source): not a JSON object (see `pledgewatch assess --help` for the form)")
        }
        let known: Set<String> = ["assessor", "areas", "overrides", "findings"]
        if let unknown = object.keys.sorted().first(where: { !known.contains($0) }) {
            throw fail(unknown, "not a field of an assessment (assessor, areas, overrides, findings)")
        }
        guard let assessor = object["assessor"] as? String, !assessor.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw fail("assessor", "required: who made the assessment")
        }
        func list(_ key: String) throws -> [[String: Any]] {
            guard let value = object[key] else { return [] }
            guard let items = value as? [[String: Any]] else { throw fail(key, "must be a list of objects") }
            return items
        }
        func int(_ item: [String: Any], _ key: String, _ path: String) throws -> Int {
            guard let number = item[key] as? NSNumber, number.doubleValue == number.doubleValue.rounded() else {
                throw fail("\(path).\(key)", "required: a whole number")
            }
            return number.intValue
        }
        func text(_ item: [String: Any], _ key: String, _ path: String) throws -> String {
            guard let text = item[key] as? String, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw fail("\(path).\(key)", "required: text")
            }
            return text
        }
        func grade(_ item: [String: Any], _ key: String, _ path: String, optional: Bool) throws -> Grade? {
            if optional, item[key] == nil || item[key] is NSNull { return nil }
            guard let label = item[key] as? String, let grade = Grade(label: label) else {
                throw fail("\(path).\(key)", "\(item[key].map { "'\($0)'" } ?? "missing"): not a grade (EXCELLENT, GOOD, FAIR or POOR)")
            }
            return grade
        }
        var entries: [AssessmentEntry] = []
        for (index, item) in try list("areas").enumerated() {
            let path = "areas[\(index)]"
            let change = AssessmentEntry.Change.area(
                try int(item, "area", path), try grade(item, "grade", path, optional: false)!, evidence: try text(item, "evidence", path))
            entries.append(AssessmentEntry(change, assessor: assessor, at: at))
        }
        for (index, item) in try list("overrides").enumerated() {
            let path = "overrides[\(index)]"
            let newGrade = try grade(item, "grade", path, optional: true)
            let reason = newGrade == nil ? (item["reason"] as? String ?? "") : try text(item, "reason", path)
            entries.append(AssessmentEntry(.override(promise: try int(item, "promise", path), newGrade, reason: reason), assessor: assessor, at: at))
        }
        for (index, item) in try list("findings").enumerated() {
            let path = "findings[\(index)]"
            guard let raw = item["findings"] as? [[String: Any]] else { throw fail("\(path).findings", "must be a list of findings") }
            let findings = try raw.enumerated().map { offset, finding in
                let at = "\(path).findings[\(offset)]"
                guard let kind = (finding["kind"] as? String).flatMap(Finding.Kind.init(rawValue:)) else {
                    throw fail("\(at).kind", "must be strength or weakness")
                }
                let origin =
                    try (finding["origin"] as? String).map { name in
                        guard let origin = Finding.Origin(rawValue: name), origin != .drafted else {
                            throw fail("\(at).origin", "must be edited or added")
                        }
                        return origin
                    } ?? .added
                return Finding(kind: kind, text: try text(finding, "text", at), origin: origin, indicator: finding["indicator"] as? String)
            }
            entries.append(AssessmentEntry(.findings(promise: try int(item, "promise", path), findings), assessor: assessor, at: at))
        }
        for (index, entry) in entries.enumerated() {
            if let problem = entry.problem { throw Problem(description: "\(source): entry \(index + 1): \(problem)") }
        }
        return entries
    }
}
