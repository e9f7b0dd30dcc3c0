/// A streaming RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks; LF, CRLF
/// or CR end a record; a leading byte-order mark is skipped; blank lines are skipped. A record longer
/// than `ImportLimits.maxLineBytes` is handed over as `isTooLong` (with only its first bytes) and then
/// skipped to its end, following its quotes, so that the next record is read as it should be.
///
/// Written for speed rather than taken from a CSV package: see BENCHMARKS.md for the measurement
/// (the importer must read 200,000 call rows a second, and field views avoid a `String` per field).
package struct CSVReader {
    private var buffer: StreamBuffer
    private var line = 1
    private var started = false
    private var fields: [(start: Int, end: Int, escaped: Bool)] = []
    private var scratch: UnsafeMutableRawBufferPointer = .allocate(byteCount: 4096, alignment: 1)

    package init(source: any ByteSource) {
        buffer = StreamBuffer(source: source)
    }

    package func close() {
        buffer.deallocate()
        scratch.deallocate()
    }

    /// Calls `body` with each record in turn. The record's views are valid only during the call.
    package mutating func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        if !started {
            started = true
            _ = try buffer.refill()
            if buffer.end >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { buffer.start = 3 }
        }
        while true {
            guard let parsed = try parseRecord() else { return }
            guard let parsed else {
                // Longer than the window: hand over how it starts, then skip the rest unread.
                try body(CSVRecord(tooLongAt: line, head: buffer.head, buffer: buffer, scratch: scratch))
                line += try skipRecord()
                continue
            }
            let raw = buffer.bytes(parsed.recordStart, parsed.recordEnd)
            let startLine = line
            line += parsed.newlines
            if raw.count > ImportLimits.maxLineBytes {
                try body(CSVRecord(tooLongAt: startLine, head: buffer.head, buffer: buffer, scratch: scratch))
                buffer.start = parsed.next
                continue
            }
            buffer.start = parsed.next
            if raw.isEmpty && fields.count == 1 { continue }  // A blank line.
            try prepareScratch(capacity: raw.count)
            let record = CSVRecord(
                line: startLine, raw: raw, buffer: buffer, fields: fields, scratch: scratch, problem: parsed.problem)
            try body(record)
        }
    }

    /// Consumes the rest of a record too long for the window, from `buffer.start` (where it begins),
    /// following RFC 4180's quotes as `scan` does. Returns the lines it spanned, as `Parsed.newlines` counts them.
    private mutating func skipRecord() throws -> Int {
        var state = SkipState.fieldStart
        var newlines = 0
        var afterCR = false
        while true {
            var i = buffer.start
            while i < buffer.end {
                let byte = buffer[i]
                if afterCR {
                    // A CR ended the record; a LF right after it belongs to the same line end.
                    buffer.start = byte == UInt8(ascii: "\n") ? i + 1 : i
                    return newlines
                }
                i += 1
                switch (state, byte) {
                case (.quoted, UInt8(ascii: "\"")): state = .quoteInQuoted
                case (.quoted, UInt8(ascii: "\n")): newlines += 1
                case (.quoted, _): continue
                case (.quoteInQuoted, UInt8(ascii: "\"")): state = .quoted
                case (.fieldStart, UInt8(ascii: "\"")): state = .quoted
                case (_, UInt8(ascii: ",")): state = .fieldStart
                case (_, UInt8(ascii: "\n")):
                    buffer.start = i
                    return newlines + 1
                case (_, UInt8(ascii: "\r")):
                    newlines += 1
                    afterCR = true
                default: state = .unquoted
                }
            }
            buffer.start = i
            if try buffer.refill() == nil { return newlines }
        }
    }

    private enum SkipState {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    private mutating func prepareScratch(capacity: Int) throws {
        guard scratch.count < capacity else { return }
        scratch.deallocate()
        scratch = .allocate(byteCount: capacity * 2, alignment: 1)
    }

    private struct Parsed {
        let recordStart: Int
        let recordEnd: Int
        let next: Int
        let newlines: Int
        let problem: String?
    }

    /// Parses the record at `buffer.start`, reading more of the stream when it runs past the window: nil
    /// at the end of the file, `.some(nil)` for a record longer than the window.
    private mutating func parseRecord() throws -> Parsed?? {
        while true {
            if buffer.start == buffer.end, buffer.atEOF { return nil }
            if buffer.start < buffer.end || buffer.atEOF, let parsed = scan() { return parsed }
            if buffer.isFull { return .some(nil) }
            if try buffer.refill() == nil, buffer.start == buffer.end { return nil }
        }
    }

    /// Scans one record from `buffer.start`; nil when the window ends before the record does.
    private mutating func scan() -> Parsed? {
        let end = buffer.end
        let eof = buffer.atEOF
        var i = buffer.start
        var newlines = 0
        var problem: String?
        fields.removeAll(keepingCapacity: true)
        while true {
            if i < end && buffer[i] == UInt8(ascii: "\"") {
                i += 1
                let fieldStart = i
                var escaped = false
                while true {
                    guard i < end else {
                        if !eof { return nil }
                        return Parsed(
                            recordStart: buffer.start, recordEnd: end, next: end, newlines: newlines,
                            problem: "a quoted field is not closed before the end of the file")
                    }
                    let byte = buffer[i]
                    if byte == UInt8(ascii: "\"") {
                        if i + 1 < end && buffer[i + 1] == UInt8(ascii: "\"") {
                            escaped = true
                            i += 2
                            continue
                        }
                        if i + 1 == end && !eof { return nil }
                        break
                    }
                    if byte == UInt8(ascii: "\n") { newlines += 1 }
                    i += 1
                }
                fields.append((fieldStart, i, escaped))
                i += 1
                if i < end, buffer[i] != UInt8(ascii: ","), buffer[i] != UInt8(ascii: "\n"), buffer[i] != UInt8(ascii: "\r") {
                    problem = problem ?? "text follows the closing quote of field \(fields.count)"
                    while i < end, buffer[i] != UInt8(ascii: ","), buffer[i] != UInt8(ascii: "\n"),
                        buffer[i] != UInt8(ascii: "\r")
                    {
                        i += 1
                    }
                    if i == end && !eof { return nil }
                }
            } else {
                let fieldStart = i
                while i < end {
                    let byte = buffer[i]
                    if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                    i += 1
                }
                if i == end && !eof { return nil }
                fields.append((fieldStart, i, false))
            }
            // After a field: a comma, a line end, or the end of the file.
            if i == end {
                return Parsed(recordStart: buffer.start, recordEnd: end, next: end, newlines: newlines, problem: problem)
            }
            let byte = buffer[i]
            if byte == UInt8(ascii: ",") {
                i += 1
                continue
            }
            let recordEnd = i
            if byte == UInt8(ascii: "\r") {
                if i + 1 == end && !eof { return nil }
                i += (i + 1 < end && buffer[i + 1] == UInt8(ascii: "\n")) ? 2 : 1
            } else {
                i += 1
            }
            return Parsed(
                recordStart: buffer.start, recordEnd: recordEnd, next: i, newlines: newlines + 1, problem: problem)
        }
    }
}

/// One CSV record, viewed in place.
package struct CSVRecord {
    /// The line the record starts on (1 = the first line of the file).
    package let line: Int
    /// The record's bytes as they were in the file, without the line ending.
    let raw: UnsafeRawBufferPointer
    fileprivate let buffer: StreamBuffer
    fileprivate let fields: [(start: Int, end: Int, escaped: Bool)]
    fileprivate let scratch: UnsafeMutableRawBufferPointer
    /// Set when the quoting is broken; such a record is rejected whole.
    let problem: String?
    /// A record longer than `ImportLimits.maxLineBytes`: `raw` holds only its first bytes, and it has no fields.
    package let isTooLong: Bool

    init(
        line: Int, raw: UnsafeRawBufferPointer, buffer: StreamBuffer, fields: [(start: Int, end: Int, escaped: Bool)],
        scratch: UnsafeMutableRawBufferPointer, problem: String?
    ) {
        self.line = line
        self.raw = raw
        self.buffer = buffer
        self.fields = fields
        self.scratch = scratch
        self.problem = problem
        self.isTooLong = false
    }

    /// A record too long to read, with the first bytes of it.
    init(tooLongAt line: Int, head: UnsafeRawBufferPointer, buffer: StreamBuffer, scratch: UnsafeMutableRawBufferPointer) {
        self.line = line
        self.raw = head
        self.buffer = buffer
        self.fields = []
        self.scratch = scratch
        self.problem = ImportLimits.tooLong(head)
        self.isTooLong = true
    }

    package var fieldCount: Int { fields.count }

    /// The field's content with its quotes removed and doubled quotes undone.
    package func field(_ index: Int) -> UnsafeRawBufferPointer {
        let field = fields[index]
        guard field.escaped else { return buffer.bytes(field.start, field.end) }
        // Undo doubled quotes into the scratch area, at the field's own offset within the record so that
        // fields never overlap there.
        let offset = field.start - (raw.baseAddress! - UnsafeRawPointer(buffer.storage.baseAddress!))
        var out = offset
        var i = field.start
        while i < field.end {
            let byte = buffer[i]
            scratch[out] = byte
            out += 1
            i += byte == UInt8(ascii: "\"") ? 2 : 1
        }
        return UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(scratch)[offset..<out])
    }
}
