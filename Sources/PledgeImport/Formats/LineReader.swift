/// Reads a stream line by line (LF or CRLF), for NDJSON.
struct LineReader {
    private var buffer: StreamBuffer
    private var line = 0

    init(source: any ByteSource) { buffer = StreamBuffer(source: source) }

    func close() { buffer.deallocate() }

    /// Calls `body` with each line's number and bytes (without the line ending), blank lines included.
    mutating func forEachLine(_ body: (Int, UnsafeRawBufferPointer) throws -> Void) throws {
        var searchFrom = buffer.start
        while true {
            var i = searchFrom
            while i < buffer.end, buffer[i] != UInt8(ascii: "\n") { i += 1 }
            if i < buffer.end || (buffer.atEOF && buffer.start < buffer.end) {
                var lineEnd = i
                if lineEnd > buffer.start, buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                line += 1
                try body(line, buffer.bytes(buffer.start, lineEnd))
                buffer.start = min(i + 1, buffer.end)
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
}
