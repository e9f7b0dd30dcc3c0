/// Reads a stream line by line (LF or CRLF), for NDJSON. A line longer than `ImportLimits.maxLineBytes`
/// is handed over with only its first bytes and `tooLong` set, then skipped to its end unread.
struct LineReader {
    private var buffer: StreamBuffer
    private var line = 0

    init(source: any ByteSource) { buffer = StreamBuffer(source: source) }

    func close() { buffer.deallocate() }

    /// Calls `body` with each line's number, bytes (without the line ending; for a line too long, its
    /// first bytes) and whether it was too long, blank lines included.
    mutating func forEachLine(_ body: (_ line: Int, _ bytes: UnsafeRawBufferPointer, _ tooLong: Bool) throws -> Void) throws {
        var searchFrom = buffer.start
        while true {
            var i = searchFrom
            while i < buffer.end, buffer[i] != UInt8(ascii: "\n") { i += 1 }
            if i < buffer.end || (buffer.atEOF && buffer.start < buffer.end) {
                var lineEnd = i
                if lineEnd > buffer.start, buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                line += 1
                let tooLong = lineEnd - buffer.start > ImportLimits.maxLineBytes
                try body(line, tooLong ? buffer.head : buffer.bytes(buffer.start, lineEnd), tooLong)
                buffer.start = min(i + 1, buffer.end)
                searchFrom = buffer.start
                continue
            }
            if buffer.isFull {
                line += 1
                try body(line, buffer.head, true)
                try skipLine()
                searchFrom = buffer.start
                continue
            }
            searchFrom = i
            guard let shift = try buffer.refill() else {
                if buffer.start >= buffer.end { return }
                continue
            }
            searchFrom -= shift
        }
    }

    /// Consumes the rest of the line at `buffer.start` and its line feed, reading on as far as it goes.
    private mutating func skipLine() throws {
        while true {
            var i = buffer.start
            while i < buffer.end, buffer[i] != UInt8(ascii: "\n") { i += 1 }
            if i < buffer.end {
                buffer.start = i + 1
                return
            }
            buffer.start = i
            if try buffer.refill() == nil { return }
        }
    }
}
