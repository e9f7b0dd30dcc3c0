import Foundation
import PledgeCore

/// How a file's columns line up with a kind's fields.
struct HeaderMapping {
    /// For each schema field, the file column holding it, or nil.
    let columnOfField: [Int?]
    /// Columns the contract does not name (reported once as a warning, then ignored).
    let unknownColumns: [String]

    /// Lines up `header` with the kind's fields; throws when a required column is missing or a name repeats.
    init(header: [String], schema: RecordSchema, path: String) throws {
        let names = header.map(Self.normalise)
        var seen: Set<String> = []
        for name in names where !name.isEmpty {
            guard seen.insert(name).inserted else { throw InputError(path: path, "header: column \(QuotedValue.quote(name)) appears twice") }
        }
        let columns = schema.fields.map { spec in names.firstIndex(of: Self.normalise(spec.name)) }
        columnOfField = columns
        let missing = schema.fields.enumerated().filter { $0.element.required && columns[$0.offset] == nil }
        guard missing.isEmpty else {
            throw InputError(
                path: path,
                "header: missing required column\(missing.count > 1 ? "s" : "") \(missing.map { "'\($0.element.name)'" }.joined(separator: ", ")) for \(schema.kind.name)"
            )
        }
        let known = Set(schema.fields.map { Self.normalise($0.name) })
        unknownColumns = header.filter { !known.contains(Self.normalise($0)) }
    }

    /// The kind whose required columns the header holds, when exactly one does. When none does, the error
    /// names the columns no kind has (a renamed column) and the kind the header comes nearest to, with
    /// the required columns it lacks.
    static func inferKind(header: [String], path: String) throws -> RecordKind {
        let names = Set(header.map(normalise))
        let candidates = RecordKind.allCases.filter { $0 != .boundaries }
        let matches = candidates.filter { kind in
            RecordSchema.of(kind).requiredNames.allSatisfy { names.contains(normalise($0)) }
        }
        guard matches.count == 1 else {
            let detail =
                matches.isEmpty
                ? "its columns are not those of any record kind" + unrecognised(header) + nearest(names, among: candidates)
                : "its columns fit \(matches.map(\.name).joined(separator: ", "))"
            throw InputError(path: path, "cannot tell what kind of records this is (\(detail)); give --kind")
        }
        return matches[0]
    }

    /// `: no kind has the columns 'a', 'b' and 3 more`, or nothing when every column is some kind's.
    private static func unrecognised(_ header: [String]) -> String {
        let known = Set(RecordKind.allCases.flatMap { RecordSchema.of($0).fields.map { normalise($0.name) } })
        let strangers = header.filter { !normalise($0).isEmpty && !known.contains(normalise($0)) }
        guard !strangers.isEmpty else { return "" }
        let shown = strangers.prefix(UnknownColumns.named).map(QuotedValue.quote).joined(separator: ", ")
        let rest = strangers.count > UnknownColumns.named ? " and \(Thousands.text(strangers.count - UnknownColumns.named)) more" : ""
        return "; no kind has the column\(strangers.count == 1 ? "" : "s") \(shown)\(rest)"
    }

    /// `; nearest is calls, which also needs 'line', 'received_at'`: the kind with the most of its required
    /// columns present (the first such, in import order), when the header has any kind's required column.
    private static func nearest(_ names: Set<String>, among kinds: [RecordKind]) -> String {
        var best: (kind: RecordKind, present: Int)?
        for kind in kinds {
            let present = RecordSchema.of(kind).requiredNames.filter { names.contains(normalise($0)) }.count
            if present > (best?.present ?? 0) { best = (kind, present) }
        }
        guard let kind = best?.kind else { return "" }
        let schema = RecordSchema.of(kind)
        let missing = schema.fields.filter { $0.required && !names.contains(normalise($0.name)) }.map { "'\($0.name)'" }
        return "; nearest is \(kind.name), which also needs \(missing.joined(separator: ", "))"
    }

    /// The file error for a header line longer than any row may be (a binary file, a file of NUL bytes).
    static func tooLong(_ record: CSVRecord, path: String) -> InputError {
        InputError(
            path: path,
            "header: line \(record.line) is longer than \(Thousands.text(ImportLimits.maxLineBytes)) bytes, so this is not a CSV file of records; it starts \(QuotedValue.quote(record.raw, showingLength: false))"
        )
    }

    /// Column names match ignoring case and surrounding spaces.
    static func normalise(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
