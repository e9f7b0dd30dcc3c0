/// Reads a GeoJSON FeatureCollection as a stream, one feature at a time, so that memory holds one
/// feature, never the file: spaces between tokens are dropped as they are read (a file padded with
/// gigabytes of them costs nothing), a feature may take at most `ImportLimits.maxFeatureBytes`, and lists
/// and objects may nest `ImportLimits.maxJSONDepth` deep. Each feature's JSON text is handed over
/// compact, for a JSON decoder to read; the skeleton around the features is checked here.
struct GeoJSONStream {
    /// Why the file is not a FeatureCollection this reader can take.
    enum Failure: Error, Equatable {
        /// Not the shape of a FeatureCollection (or not JSON).
        case notACollection
        case tooDeep
        case featureTooLarge(Int)
    }

    private let source: any ByteSource
    private let chunk: UnsafeMutableRawBufferPointer = .allocate(byteCount: 1 << 16, alignment: 1)
    private var position = 0
    private var filled = 0
    private var pushedBack: UInt8?

    init(source: any ByteSource) { self.source = source }

    func close() { chunk.deallocate() }

    /// Calls `feature` with each feature's compact JSON text, in order. Throws `Failure` when the file is
    /// not an object whose `type` is `FeatureCollection` with a `features` list.
    mutating func forEachFeature(_ feature: ([UInt8]) throws -> Void) throws {
        guard try significant() == UInt8(ascii: "{") else { throw Failure.notACollection }
        var type: [UInt8]?
        var sawFeatures = false
        var first = true
        while true {
            var byte = try significant()
            if first && byte == UInt8(ascii: "}") { break }
            first = false
            guard byte == UInt8(ascii: "\"") else { throw Failure.notACollection }
            pushedBack = byte
            var key: [UInt8] = []
            try copyValue(into: &key, limit: 1 << 10, depth: 1)
            guard try significant() == UInt8(ascii: ":") else { throw Failure.notACollection }
            switch String(decoding: key, as: UTF8.self) {
            case "\"features\"":
                sawFeatures = true
                try readFeatures(feature)
            case "\"type\"":
                var value: [UInt8] = []
                try copyValue(into: &value, limit: 1 << 10, depth: 1)
                type = value
            default:
                var ignored: [UInt8] = []
                try copyValue(into: &ignored, limit: 0, depth: 1)
            }
            byte = try significant()
            if byte == UInt8(ascii: "}") { break }
            guard byte == UInt8(ascii: ",") else { throw Failure.notACollection }
        }
        guard try significant() == nil, sawFeatures, type.map({ String(decoding: $0, as: UTF8.self) }) == "\"FeatureCollection\"" else {
            throw Failure.notACollection
        }
    }

    private mutating func readFeatures(_ feature: ([UInt8]) throws -> Void) throws {
        guard try significant() == UInt8(ascii: "[") else { throw Failure.notACollection }
        var text: [UInt8] = []
        var first = true
        while true {
            let byte = try significant()
            if first && byte == UInt8(ascii: "]") { return }
            first = false
            guard let byte else { throw Failure.notACollection }
            pushedBack = byte
            text.removeAll(keepingCapacity: true)
            try copyValue(into: &text, limit: ImportLimits.maxFeatureBytes, depth: 2)
            try feature(text)
            let next = try significant()
            if next == UInt8(ascii: "]") { return }
            guard next == UInt8(ascii: ",") else { throw Failure.notACollection }
        }
    }

    /// Copies one JSON value, without the spaces between its tokens, into `out`; a value longer than
    /// `limit` fails (with `limit` 0 the value is read and dropped, whatever its length). `depth` is how
    /// deep the value already is.
    private mutating func copyValue(into out: inout [UInt8], limit: Int, depth start: Int) throws {
        var depth = start
        var string = JSONString()
        var copied = 0
        while true {
            let next = string.isOpen ? try raw() : try significant()
            guard let byte = next else {
                if depth == start && !string.isOpen && copied > 0 { return }
                throw Failure.notACollection
            }
            if !string.isOpen && depth == start && copied > 0
                && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]"))
            {
                pushedBack = byte  // The end of a number, true, false or null.
                return
            }
            copied += 1
            if limit > 0 {
                guard copied <= limit else { throw limit == ImportLimits.maxFeatureBytes ? Failure.featureTooLarge(limit) : Failure.notACollection }
                out.append(byte)
            }
            if string.isOpen {
                if string.closes(at: byte), depth == start { return }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): string.isOpen = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if depth > ImportLimits.maxJSONDepth { throw Failure.tooDeep }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth < start { throw Failure.notACollection }
                if depth == start { return }
            default: continue
            }
        }
    }

    /// The next byte that is not JSON white space, or nil at the end. Runs through the chunk in place: a
    /// file may hold gigabytes of spaces.
    private mutating func significant() throws -> UInt8? {
        if let byte = pushedBack {
            pushedBack = nil
            if !Self.isSpace(byte) { return byte }
        }
        while true {
            while position < filled {
                let byte = chunk[position]
                position += 1
                if !Self.isSpace(byte) { return byte }
            }
            filled = try source.read(into: chunk)
            position = 0
            if filled == 0 { return nil }
        }
    }

    @inline(__always) private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The next byte, or nil at the end.
    private mutating func raw() throws -> UInt8? {
        if let byte = pushedBack {
            pushedBack = nil
            return byte
        }
        if position == filled {
            filled = try source.read(into: chunk)
            position = 0
            if filled == 0 { return nil }
        }
        let byte = chunk[position]
        position += 1
        return byte
    }
}
