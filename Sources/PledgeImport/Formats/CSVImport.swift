import PledgeCore
import PledgeStore

/// Reads a CSV file into the store: one thread reads and checks rows, the calling thread (inside the
/// file's transaction) stores them.
enum CSVImport {
    static func run(_ context: FormatContext) throws -> FormatOutcome {
        try context.importRows(reading: read)
    }

    /// The reading side: header, then each record checked against the kind's contract.
    private static func read(path: String, kind: RecordKind, now: Instant, meter: ReadMeter, into emitter: RowEmitter) throws {
        var reader = CSVReader(source: try InputFile.open(path, meter: meter).source)
        defer { reader.close() }
        let schema = RecordSchema.of(kind)
        let validator = RecordValidator(kind: kind, now: now)
        var columns: [Int?] = []
        var headerCount = -1
        try reader.forEachRecord { record in
            guard headerCount >= 0 else {
                if record.isTooLong { throw HeaderMapping.tooLong(record, path: path) }
                let header = (0..<record.fieldCount).map { String(decoding: record.field($0), as: UTF8.self) }
                let mapping = try HeaderMapping(header: header, schema: schema, path: path)
                columns = mapping.columnOfField
                headerCount = record.fieldCount
                return try emitter.header(raw: record.raw, unknownColumns: mapping.unknownColumns)
            }
            let result: Result<ValidatedRecord, RowProblem>
            if let problem = record.problem {
                result = .failure(RowProblem(field: nil, problem))
            } else if record.fieldCount != headerCount {
                result = .failure(RowProblem(field: nil, "has \(record.fieldCount) fields but the header has \(headerCount)"))
            } else {
                result = validator.validate { index in columns[index].map { record.field($0) } }
            }
            // A row too long to read is described in the rejects file, not copied (it is not held whole).
            try emitter.row(line: record.line, raw: record.isTooLong ? UnsafeRawBufferPointer(start: nil, count: 0) : record.raw, result: result)
        }
    }
}
