import PledgeCore
import PledgeStore

/// Reads an NDJSON file (one JSON object per line, the same field names as CSV) into the store.
enum NDJSONImport {
    static func run(_ context: FormatContext) throws -> FormatOutcome {
        var reader = LineReader(source: try InputFile.open(context.path).source)
        defer { reader.close() }
        let schema = RecordSchema.of(context.kind)
        let fieldOfName = Dictionary(
            schema.fields.enumerated().map { (HeaderMapping.normalise($0.element.name), $0.offset) }, uniquingKeysWith: { a, _ in a })
        var validator = RecordValidator(kind: context.kind, now: context.now, lookup: context.transaction)
        let sink = RowSink(kind: context.kind, transaction: context.transaction, rejects: context.rejects)
        var unknown: [String] = []
        var storage: [UInt8] = []
        var ranges = [Range<Int>?](repeating: nil, count: schema.fields.count)
        try reader.forEachLine { line, raw in
            if trimmed(raw).isEmpty { return }
            let fields: [String: String]
            switch JSONFields.parse(raw) {
            case .failure(let problem):
                return try sink.reject(raw: raw, line: line, RowProblem(field: problem.field, problem.reason))
            case .success(let parsed): fields = parsed
            }
            storage.removeAll(keepingCapacity: true)
            for index in ranges.indices { ranges[index] = nil }
            for (key, value) in fields {
                guard let index = fieldOfName[HeaderMapping.normalise(key)] else {
                    if !unknown.contains(key) { unknown.append(key) }
                    continue
                }
                ranges[index] = storage.count..<(storage.count + value.utf8.count)
                storage.append(contentsOf: value.utf8)
            }
            let result = storage.withUnsafeBytes { bytes in
                validator.validate { index in ranges[index].map { UnsafeRawBufferPointer(rebasing: bytes[$0]) } }
            }
            try sink.take(result, raw: raw, line: line)
        }
        return FormatOutcome(
            counts: sink.counts,
            warnings: unknown.map { "field '\($0)' is not part of \(context.kind.name) records: ignored" },
            samples: sink.samples)
    }
}
