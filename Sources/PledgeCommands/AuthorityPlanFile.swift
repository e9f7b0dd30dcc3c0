import PledgeCore
import PledgeImport
import PledgeOutput

/// The monitoring plan as a CSV file, `promise,mechanism,frequency,note`, one row per mechanism of a
/// promise (promise blank: the promise to keep the promises). What `plan-export` writes `plan-import` reads.
enum AuthorityPlanFile {
    static let header = "promise,mechanism,frequency,note"

    /// The plan as CSV, in plan order.
    static func csv(_ plan: MonitoringPlan) -> String {
        header + "\n"
            + plan.entries.map { entry in
                [entry.promise.map(String.init) ?? "", entry.mechanism.id, entry.frequency.rawValue, TextFigures.csvField(entry.note)]
                    .joined(separator: ",") + "\n"
            }.joined()
    }

    /// A plan read from `path`, with notes on rows that are accepted but may not be what was meant; throws
    /// `FileProblems` naming every bad row (and keeps nothing), or `InputError` when the file cannot be read.
    static func read(_ path: String) throws -> (plan: MonitoringPlan, notes: [String]) {
        let table = try CSVTable(path: path)
        var problems: [FileProblems.Problem] = []
        guard !table.header.isEmpty else {
            throw FileProblems(
                path: path, problems: [.init(line: 1, field: nil, reason: "the file is empty: give the header \(header) and a row per mechanism")])
        }
        for name in table.repeatedColumns { problems.append(.init(line: 1, field: name, reason: "the column is named twice")) }
        for name in ["promise", "mechanism", "frequency"] where table.column(name) == nil {
            problems.append(.init(line: 1, field: name, reason: "the column is missing (the header is \(header); note may be left out)"))
        }
        guard problems.isEmpty else { throw FileProblems(path: path, problems: problems) }
        let columns = (
            promise: table.column("promise"), mechanism: table.column("mechanism"), frequency: table.column("frequency"), note: table.column("note")
        )
        var entries: [MonitoringPlan.Entry] = []
        var seen: [String: Int] = [:]
        var notes: [String] = []
        for row in table.rows {
            if let problem = row.problem {
                problems.append(.init(line: row.line, field: nil, reason: problem))
                continue
            }
            var bad = false
            func refuse(_ field: String, _ reason: String) {
                problems.append(.init(line: row.line, field: field, reason: reason))
                bad = true
            }
            let promiseText = table.value(row, columns.promise)
            var promise: Int?
            if !promiseText.isEmpty {
                if let number = Int(promiseText), (1...10).contains(number) {
                    promise = number
                } else {
                    refuse("promise", "'\(promiseText)' is not a promise: give 1 to 10, or leave it blank for the promise to keep the promises")
                }
            }
            let mechanismText = table.value(row, columns.mechanism)
            let mechanism = MonitoringMechanism(mechanismText)
            if mechanism == nil {
                refuse(
                    "mechanism",
                    (mechanismText.isEmpty ? "is blank" : "'\(mechanismText)' has no letters or digits")
                        + ": name the mechanism (\(MonitoringMechanism.known.map(\.id).joined(separator: ", ")), or the Authority's own)")
            } else if let mechanism, mechanism.id.count > 64 {
                refuse("mechanism", "is longer than 64 characters")
            }
            let frequencyText = table.value(row, columns.frequency)
            let frequency = MonitoringFrequency(text: frequencyText)
            if frequency == nil {
                refuse(
                    "frequency",
                    (frequencyText.isEmpty ? "is blank" : "'\(frequencyText)' is not a frequency")
                        + ": give \(MonitoringFrequency.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard !bad, let mechanism, let frequency else { continue }
            let key = "\(promise ?? 0)\u{0}\(mechanism.id)"
            if let earlier = seen[key] {
                problems.append(
                    .init(
                        line: row.line, field: "mechanism",
                        reason:
                            "\(MonitoringPlan.scopeName(promise)) already has \(mechanism.id) on line \(earlier); give each mechanism once per promise"
                    ))
                continue
            }
            seen[key] = row.line
            if !MonitoringMechanism.known.contains(mechanism) {
                notes.append(
                    "\(path): line \(row.line): mechanism '\(mechanism.id)' is not one the paper names; it is monitored only by actions whose mechanism is written the same way"
                )
            }
            let entry = MonitoringPlan.Entry(promise: promise, mechanism: mechanism, frequency: frequency, note: table.value(row, columns.note))
            entries.append(entry)
        }
        if problems.isEmpty && entries.isEmpty {
            problems.append(
                .init(line: 1, field: nil, reason: "the file holds no plan rows; `pledgewatch authority plan-reset` goes back to the default plan"))
        }
        guard problems.isEmpty else { throw FileProblems(path: path, problems: problems) }
        return (MonitoringPlan(entries: entries), notes)
    }
}
