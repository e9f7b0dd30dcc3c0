import PledgeCore
import PledgeImport
import PledgeOutput

/// The reviewers' file of a dip sample: `sample,record_id,promise,unit,received_on,promise_kept,notes`,
/// one row per sampled record; reviewers fill in the last two and the file comes back as findings.
enum AuthoritySampleFile {
    static let header = "sample,record_id,promise,unit,received_on,promise_kept,notes"

    /// The sample as the reviewers' CSV, with the findings recorded so far, in stratum then record order.
    static func csv(_ sample: DipSample, zone: ZoneRules) -> String {
        header + "\n"
            + sample.items.map { item in
                [
                    sample.name, item.record.id, item.record.promise.map(String.init) ?? "", item.record.unit ?? "",
                    zone.localDate(of: item.record.at).description, item.kept.map { $0 ? "yes" : "no" } ?? "", item.notes ?? "",
                ].map(TextFigures.csvField).joined(separator: ",") + "\n"
            }.joined()
    }

    /// Words for "the promise was kept" and "it was not"; blank is "could not say".
    static let yes: Set<String> = ["yes", "true", "y", "1"]
    static let no: Set<String> = ["no", "false", "n", "0"]

    /// The findings in `path` for `sample`: columns `record_id`, `promise_kept` and optionally `notes`
    /// (any others are ignored). Throws `FileProblems` naming every bad row, including ids the sample does
    /// not hold, or `InputError` when the file cannot be read.
    static func findings(_ path: String, for sample: DipSample) throws -> [DipSample.Finding] {
        let table = try CSVTable(path: path)
        var problems: [FileProblems.Problem] = []
        guard !table.header.isEmpty else {
            throw FileProblems(
                path: path, problems: [.init(line: 1, field: nil, reason: "the file is empty: give a header with record_id and promise_kept")])
        }
        for name in table.repeatedColumns { problems.append(.init(line: 1, field: name, reason: "the column is named twice")) }
        for name in ["record_id", "promise_kept"] where table.column(name) == nil {
            problems.append(
                .init(line: 1, field: name, reason: "the column is missing (record_id and promise_kept are needed; notes is read when present)"))
        }
        guard problems.isEmpty else { throw FileProblems(path: path, problems: problems) }
        let (idColumn, keptColumn, notesColumn) = (table.column("record_id"), table.column("promise_kept"), table.column("notes"))
        let inSample = Set(sample.items.map(\.record.id))
        var seen: [String: Int] = [:]
        var findings: [DipSample.Finding] = []
        for row in table.rows {
            if let problem = row.problem {
                problems.append(.init(line: row.line, field: nil, reason: problem))
                continue
            }
            let before = problems.count
            let id = table.value(row, idColumn)
            if id.isEmpty {
                problems.append(.init(line: row.line, field: "record_id", reason: "is blank"))
            } else if !inSample.contains(id) {
                problems.append(.init(line: row.line, field: "record_id", reason: "'\(id)' is not in the dip sample '\(sample.name)'"))
            } else if let earlier = seen[id] {
                problems.append(.init(line: row.line, field: "record_id", reason: "'\(id)' was already given on line \(earlier)"))
            } else {
                seen[id] = row.line
            }
            let keptText = table.value(row, keptColumn)
            var kept: Bool?
            if yes.contains(keptText.lowercased()) {
                kept = true
            } else if no.contains(keptText.lowercased()) {
                kept = false
            } else if !keptText.isEmpty {
                problems.append(
                    .init(
                        line: row.line, field: "promise_kept",
                        reason: "'\(keptText)' is not yes or no (yes/no, true/false, y/n, 1/0; blank when it cannot be said)"))
            }
            guard problems.count == before else { continue }
            let notes = table.value(row, notesColumn)
            findings.append(DipSample.Finding(recordID: id, kept: kept, notes: notes.isEmpty ? nil : notes))
        }
        guard problems.isEmpty else { throw FileProblems(path: path, problems: problems) }
        return findings
    }
}
