/// A small CSV file read whole, for files people write by hand (a monitoring plan, reviewers' findings):
/// the header and every row as strings, each row with the line it starts on. Built on `CSVReader`, so it
/// reads what the importer reads: RFC 4180 quoting, a UTF-8 byte-order mark, LF, CRLF or CR line ends,
/// blank lines skipped, gzip. Not for record files: it holds the whole file in memory.
package struct CSVTable: Sendable {
    /// One record after the header.
    package struct Row: Sendable, Equatable {
        /// The line the row starts on (1 = the header's line, when the file starts with it).
        package let line: Int
        /// The fields, unquoted, in file order (as many as the row has).
        package let fields: [String]
        /// Why the row cannot be read as a row of the table: broken quoting, or a field count other than
        /// the header's. Nil for a good row.
        package let problem: String?
    }

    /// The file's path, as given.
    package let path: String
    /// The header's column names as written (empty for an empty file).
    package let header: [String]
    package let rows: [Row]

    /// Reads `path` whole; throws `InputError` when it cannot be opened or read.
    package init(path: String) throws {
        let source = try InputFile.open(path).source
        var reader = CSVReader(source: source)
        defer { reader.close() }
        var header: [String]?
        var rows: [Row] = []
        try reader.forEachRecord { record in
            if record.isTooLong, header == nil { throw HeaderMapping.tooLong(record, path: path) }
            let fields = (0..<record.fieldCount).map { String(decoding: record.field($0), as: UTF8.self) }
            guard let columns = header else {
                header = fields
                return
            }
            var problem = record.problem
            if problem == nil && fields.count != columns.count {
                problem = "has \(fields.count) field\(fields.count == 1 ? "" : "s") but the header has \(columns.count)"
            }
            rows.append(Row(line: record.line, fields: fields, problem: problem))
        }
        self.path = path
        self.header = header ?? []
        self.rows = rows
    }

    /// The index of the column named `name`, matched as the importer matches columns: ignoring case and
    /// surrounding spaces. Nil when the header has no such column.
    package func column(_ name: String) -> Int? {
        let wanted = Self.normalised(name)
        return header.firstIndex { Self.normalised($0) == wanted }
    }

    /// Column names that appear more than once in the header (ignoring case and spaces), in header order.
    package var repeatedColumns: [String] {
        var seen = Set<String>()
        var repeated: [String] = []
        for name in header.map(Self.normalised) where !seen.insert(name).inserted && !repeated.contains(name) { repeated.append(name) }
        return repeated
    }

    /// The value of `column` in `row`, trimmed of spaces and tabs; "" when the column is nil or the row is
    /// short of it.
    package func value(_ row: Row, _ column: Int?) -> String {
        guard let column, column < row.fields.count else { return "" }
        return Self.trimmed(row.fields[column])
    }

    static func normalised(_ name: String) -> String { trimmed(name).lowercased() }

    static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
