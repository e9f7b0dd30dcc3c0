import PledgeCore
import PledgeStore

/// Reads a CSV file row by row into the store.
enum CSVImport {
    static func run(_ context: FormatContext) throws -> FormatOutcome {
        var reader = CSVReader(source: try InputFile.open(context.path).source)
        defer { reader.close() }
        let schema = RecordSchema.of(context.kind)
        var validator = RecordValidator(kind: context.kind, now: context.now, lookup: context.transaction)
        var mapping: HeaderMapping?
        var headerCount = 0
        var sink: RowSink?
        try reader.forEachRecord { record in
            guard let sink else {
                let header = (0..<record.fieldCount).map { String(decoding: record.field($0), as: UTF8.self) }
                mapping = try HeaderMapping(header: header, schema: schema, path: context.path)
                headerCount = record.fieldCount
                context.rejects.setHeader(record.raw)
                sink = RowSink(kind: context.kind, transaction: context.transaction, rejects: context.rejects)
                return
            }
            if let problem = record.problem {
                return try sink.reject(raw: record.raw, line: record.line, RowProblem(field: nil, problem))
            }
            guard record.fieldCount == headerCount else {
                return try sink.reject(
                    raw: record.raw, line: record.line,
                    RowProblem(field: nil, "has \(record.fieldCount) fields but the header has \(headerCount)"))
            }
            let columns = mapping!.columnOfField
            let result = validator.validate { index in columns[index].map { record.field($0) } }
            try sink.take(result, raw: record.raw, line: record.line)
        }
        return FormatOutcome(
            counts: sink?.counts ?? ImportCounts(),
            warnings: (mapping?.unknownColumns ?? []).map { "column '\($0)' is not part of \(context.kind.name) records: ignored" },
            samples: sink?.samples ?? [])
    }
}
