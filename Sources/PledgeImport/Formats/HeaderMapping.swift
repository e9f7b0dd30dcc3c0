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
            guard seen.insert(name).inserted else { throw InputError(path: path, "header: column '\(name)' appears twice") }
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

    /// The kind whose required columns the header holds, when exactly one does.
    static func inferKind(header: [String], path: String) throws -> RecordKind {
        let names = Set(header.map(normalise))
        let matches = RecordKind.allCases.filter { kind in
            kind != .boundaries && RecordSchema.of(kind).requiredNames.allSatisfy { names.contains(normalise($0)) }
        }
        guard matches.count == 1 else {
            let detail =
                matches.isEmpty
                ? "its columns are not those of any record kind" : "its columns fit \(matches.map(\.name).joined(separator: ", "))"
            throw InputError(path: path, "cannot tell what kind of records this is (\(detail)); give --kind")
        }
        return matches[0]
    }

    /// Column names match ignoring case and surrounding spaces.
    static func normalise(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
