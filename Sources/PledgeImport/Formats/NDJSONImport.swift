import PledgeCore
import PledgeStore

/// Reads an NDJSON file (one JSON object per line, the same field names as CSV) into the store, through
/// the same two-thread pipeline and the same checks as CSV.
enum NDJSONImport {
    static func run(_ context: FormatContext) throws -> FormatOutcome {
        try context.importRows(reading: read)
    }

    private static func read(path: String, kind: RecordKind, now: Instant, meter: ReadMeter, into emitter: RowEmitter) throws {
        var reader = LineReader(source: try InputFile.open(path, meter: meter).source)
        defer { reader.close() }
        let schema = RecordSchema.of(kind)
        let fieldOfName = Dictionary(
            schema.fields.enumerated().map { (HeaderMapping.normalise($0.element.name), $0.offset) },
            uniquingKeysWith: { first, _ in first })
        let validator = RecordValidator(kind: kind, now: now)
        var unknown = UnknownColumns(word: "field", kind: kind)
        var storage: [UInt8] = []
        var ranges = [Range<Int>?](repeating: nil, count: schema.fields.count)
        try reader.forEachLine { line, raw, tooLong in
            if tooLong {
                // Described in the rejects file, not copied: it was never held whole.
                let problem = RowProblem(field: nil, ImportLimits.tooLong(raw))
                return try emitter.row(line: line, raw: UnsafeRawBufferPointer(start: nil, count: 0), result: .failure(problem))
            }
            if trimmed(raw).isEmpty { return }
            let fields: [String: String]
            switch JSONFields.parse(raw) {
            case .failure(let problem):
                return try emitter.row(line: line, raw: raw, result: .failure(RowProblem(field: problem.field, problem.reason)))
            case .success(let parsed): fields = parsed
            }
            storage.removeAll(keepingCapacity: true)
            for index in ranges.indices { ranges[index] = nil }
            var repeated: String?
            for (key, value) in fields {
                guard let index = fieldOfName[HeaderMapping.normalise(key)] else {
                    if let warning = unknown.note(key) { try emitter.warning(warning) }
                    continue
                }
                // Names match ignoring case and spaces: `force` and `Force` name one field twice.
                if ranges[index] != nil { repeated = schema.fields[index].name }
                ranges[index] = storage.count..<(storage.count + value.utf8.count)
                storage.append(contentsOf: value.utf8)
            }
            if let repeated {
                let problem = RowProblem(
                    field: repeated, "is given twice in the object (names match ignoring case and spaces): which value is meant cannot be told")
                return try emitter.row(line: line, raw: raw, result: .failure(problem))
            }
            let result = storage.withUnsafeBytes { bytes in
                validator.validate { index in ranges[index].map { UnsafeRawBufferPointer(rebasing: bytes[$0]) } }
            }
            try emitter.row(line: line, raw: raw, result: result)
        }
        if let summary = unknown.summary { try emitter.warning(summary) }
    }
}
