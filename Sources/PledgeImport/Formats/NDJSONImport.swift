import PledgeCore
import PledgeStore

/// Reads an NDJSON file (one JSON object per line, the same field names as CSV) into the store, through
/// the same two-thread pipeline and the same checks as CSV.
enum NDJSONImport {
    static func run(_ context: FormatContext) throws -> FormatOutcome {
        try context.importRows(reading: read)
    }

    private static func read(path: String, kind: RecordKind, now: Instant, into emitter: RowEmitter) throws {
        var reader = LineReader(source: try InputFile.open(path).source)
        defer { reader.close() }
        let schema = RecordSchema.of(kind)
        let fieldOfName = Dictionary(
            schema.fields.enumerated().map { (HeaderMapping.normalise($0.element.name), $0.offset) },
            uniquingKeysWith: { first, _ in first })
        let validator = RecordValidator(kind: kind, now: now)
        var unknown: [String] = []
        var storage: [UInt8] = []
        var ranges = [Range<Int>?](repeating: nil, count: schema.fields.count)
        try reader.forEachLine { line, raw in
            if trimmed(raw).isEmpty { return }
            let fields: [String: String]
            switch JSONFields.parse(raw) {
            case .failure(let problem):
                return try emitter.row(line: line, raw: raw, result: .failure(RowProblem(field: problem.field, problem.reason)))
            case .success(let parsed): fields = parsed
            }
            storage.removeAll(keepingCapacity: true)
            for index in ranges.indices { ranges[index] = nil }
            for (key, value) in fields {
                guard let index = fieldOfName[HeaderMapping.normalise(key)] else {
                    if !unknown.contains(key) {
                        unknown.append(key)
                        try emitter.warning("field '\(key)' is not part of \(kind.name) records: ignored")
                    }
                    continue
                }
                ranges[index] = storage.count..<(storage.count + value.utf8.count)
                storage.append(contentsOf: value.utf8)
            }
            let result = storage.withUnsafeBytes { bytes in
                validator.validate { index in ranges[index].map { UnsafeRawBufferPointer(rebasing: bytes[$0]) } }
            }
            try emitter.row(line: line, raw: raw, result: result)
        }
    }
}
