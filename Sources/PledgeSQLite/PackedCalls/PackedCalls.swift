import PledgeCore

/// Call facts packed into bytes: what a store keeps per force and month so that a report reads one blob a
/// month instead of tens of thousands of rows (BENCHMARKS.md, "Indicator engine"). The SQLite store's own
/// format (PostgreSQL reads its rows): the packed bytes are derived data, rebuilt from the records, never the
/// record of truth.
///
/// Layout: `PWC2`, the call count (UInt32, little-endian), the neighbourhood names (UInt16 count, then
/// each as a UInt16 byte length and its UTF-8), then each call as variable-length integers (LEB128): the
/// flags (`CallFact.packedBits`); the name's index plus one (0 for none); the received instant as a zigzag delta
/// from the previous call's (microseconds); then answered, deployed, arrived and appointment, each as 0
/// for none or one plus the zigzag delta from received. About 17 bytes a call where fixed-width fields
/// took 44: the packed bytes are written at import, and their size was most of what packing cost it.
public enum PackedCalls {
    static let magic: [UInt8] = Array("PWC2".utf8)
    /// Calls per packed segment (under half a MiB): packing holds no more than this per month in memory.
    public static let segmentCalls = 24_000
    static let maxNames = Int(UInt16.max)

    /// Why packed bytes could not be read.
    public struct Malformed: Error, CustomStringConvertible {
        public let description: String
    }

    /// The calls as bytes, or nil when there are more distinct neighbourhoods than the layout can name
    /// (the store then keeps reading the rows).
    public static func encode(_ calls: [CallFact]) -> [UInt8]? {
        var builder = Builder()
        for call in calls { builder.append(call) }
        return builder.bytes()
    }

    /// Packs calls one at a time, holding only the packed bytes (44 a call), not the calls.
    public struct Builder {
        private var names: [String] = []
        private var nameIndex: [String: UInt16] = [:]
        private var records: [UInt8] = []
        private var overflowed = false
        /// Calls appended so far.
        public private(set) var count = 0

        public init() {}

        private var previousReceived: Int64 = 0

        public mutating func append(_ call: CallFact) {
            count += 1
            var nameNumber: UInt64 = 0
            if let name = call.neighbourhood {
                if let known = nameIndex[name] {
                    nameNumber = UInt64(known) + 1
                } else if names.count < maxNames {
                    nameIndex[name] = UInt16(names.count)
                    names.append(name)
                    nameNumber = UInt64(names.count)
                } else {
                    overflowed = true
                }
            }
            let received = call.received.microseconds
            Varint.append(UInt64(call.packedBits), to: &records)
            Varint.append(nameNumber, to: &records)
            Varint.append(Varint.zigzag(received &- previousReceived), to: &records)
            previousReceived = received
            func since(_ instant: Instant?) -> UInt64 { instant.map { Varint.zigzag($0.microseconds &- received) &+ 1 } ?? 0 }
            Varint.append(since(call.answered), to: &records)
            Varint.append(since(call.deployed), to: &records)
            Varint.append(since(call.arrived), to: &records)
            Varint.append(since(call.appointment), to: &records)
        }

        /// The packed bytes, or nil when the calls name more neighbourhoods than the layout can.
        public func bytes() -> [UInt8]? {
            guard !overflowed else { return nil }
            var bytes = magic
            bytes.reserveCapacity(16 + names.reduce(0) { $0 + 2 + $1.utf8.count } + records.count)
            PackedCalls.append(UInt32(count), to: &bytes)
            PackedCalls.append(UInt16(names.count), to: &bytes)
            for name in names {
                PackedCalls.append(UInt16(name.utf8.count), to: &bytes)
                bytes += name.utf8
            }
            return bytes + records
        }
    }

    /// Appends to `calls` every packed call for which `keep` is true. (It does not reserve capacity: reserving
    /// exactly per month would copy the growing array once a month; callers reserve for the whole read.)
    public static func decode(_ bytes: UnsafeRawBufferPointer, into calls: inout [CallFact], keep: (CallFact) -> Bool) throws {
        try forEachCall(bytes) { call in if keep(call) { calls.append(call) } }
    }

    /// The calls of several packed segments (in order) for which `keep` is true, as one array. With many
    /// calls the segments are decoded in two runs at once, each into its own part of the array, the second
    /// part then moved down against the first: decoding a force's two years of calls was most of reading
    /// a report's facts, on one core (BENCHMARKS.md).
    public static func decode(_ segments: [[UInt8]], keep: @escaping @Sendable (CallFact) -> Bool) throws -> [CallFact] {
        let counts = try segments.map { segment in try segment.withUnsafeBytes { try header($0).count } }
        let total = counts.reduce(0, +)
        guard total > 0 else {
            // Nothing to place (and no array storage to place it in); the segments are still checked whole.
            for segment in segments { try segment.withUnsafeBytes { try forEachCall($0) { _ in } } }
            return []
        }
        // Split where half the calls have come.
        var split = 0
        var before = 0
        while split < segments.count, before + counts[split] <= total / 2 {
            before += counts[split]
            split += 1
        }
        let parts = total >= 100_000 ? [0..<split, split..<segments.count] : [0..<segments.count]
        let starts = parts.map { counts[..<$0.lowerBound].reduce(0, +) }
        let capacities = parts.map { counts[$0].reduce(0, +) }
        var failure: (any Error)?
        let calls = [CallFact](unsafeUninitializedCapacity: total) { buffer, initialized in
            let region = Region(start: buffer.baseAddress)
            /// Decodes part `index` into its place; how many calls it wrote, and the error that stopped it.
            @Sendable func run(_ index: Int) -> (written: Int, error: (any Error)?) {
                let first = region.start! + starts[index]
                var written = 0
                do {
                    for segment in parts[index] {
                        try segments[segment].withUnsafeBytes { bytes in
                            try forEachCall(bytes) { call in
                                guard keep(call) else { return }
                                // Headers give each segment's count, and forEachCall gives no more than it.
                                precondition(written < capacities[index], "more calls than the segments' headers say")
                                (first + written).initialize(to: call)
                                written += 1
                            }
                        }
                    }
                    return (written, nil)
                } catch {
                    return (written, error)
                }
            }
            let results =
                parts.count == 2
                ? {
                    let (a, b) = Concurrently.run({ run(0) }, { run(1) }); return [a, b]
                }() : [run(0)]
            // Move the second part's calls down against the first's, so that the array holds exactly the
            // calls written (also when a part failed part-way, so that the array can release them).
            var kept = 0
            for (index, result) in results.enumerated() {
                if starts[index] != kept { (region.start! + kept).moveInitialize(from: region.start! + starts[index], count: result.written) }
                kept += result.written
                failure = failure ?? result.error
            }
            initialized = kept
        }
        if let failure { throw failure }
        return calls
    }

    /// The start of the array being filled, handed to both runs (which write disjoint parts of it).
    private struct Region: @unchecked Sendable {
        let start: UnsafeMutablePointer<CallFact>?
    }

    /// A segment's call count and neighbourhood names, and where its calls begin.
    private static func header(_ bytes: UnsafeRawBufferPointer) throws -> (count: Int, names: [String], offset: Int) {
        var reader = Reader(bytes: bytes)
        guard try reader.take(4).elementsEqual(magic) else { throw Malformed(description: "packed calls do not start with PWC2") }
        let count = Int(try reader.read(UInt32.self))
        var names: [String] = []
        for _ in 0..<Int(try reader.read(UInt16.self)) {
            let length = Int(try reader.read(UInt16.self))
            names.append(String(decoding: try reader.take(length), as: UTF8.self))
        }
        return (count, names, reader.offset)
    }

    /// Calls `body` with each packed call of a segment, in order.
    static func forEachCall(_ bytes: UnsafeRawBufferPointer, _ body: (CallFact) throws -> Void) throws {
        let (count, names, offset) = try header(bytes)
        // The calls are most of the bytes: read through a cursor that checks the end once per number and
        // is judged once per call (a throwing reader per number was most of a report's reading time).
        var cursor = VarintCursor(bytes, from: offset)
        var received: Int64 = 0
        for _ in 0..<count {
            let bits = UInt16(truncatingIfNeeded: cursor.next())
            let nameNumber = cursor.next()
            received = received &+ Varint.unzigzag(cursor.next())
            let (answered, deployed, arrived, appointment) = (cursor.next(), cursor.next(), cursor.next(), cursor.next())
            guard !cursor.failed else { throw Malformed(description: "packed calls end early or hold a number too long") }
            guard nameNumber <= UInt64(names.count) else {
                throw Malformed(description: "a packed call names neighbourhood \(nameNumber) of \(names.count)")
            }
            let at = received
            func instant(_ code: UInt64) -> Instant? { code == 0 ? nil : Instant(microseconds: at &+ Varint.unzigzag(code &- 1)) }
            try body(
                CallFact(
                    received: Instant(microseconds: received), answered: instant(answered), deployed: instant(deployed), arrived: instant(arrived),
                    appointment: instant(appointment), neighbourhood: nameNumber == 0 ? nil : names[Int(nameNumber - 1)], packedBits: bits))
        }
        guard cursor.remaining == 0 else { throw Malformed(description: "packed calls hold \(cursor.remaining) bytes after their \(count) calls") }
    }

    /// Reads LEB128 numbers from a buffer; past the end, or on a number longer than 64 bits, it gives 0 and
    /// sets `failed`.
    private struct VarintCursor {
        private var position: UnsafePointer<UInt8>
        private let end: UnsafePointer<UInt8>
        private(set) var failed = false

        init(_ bytes: UnsafeRawBufferPointer, from offset: Int) {
            let base = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
            position = base + offset
            end = base + bytes.count
        }

        var remaining: Int { end - position }

        @inline(__always) mutating func next() -> UInt64 {
            guard position < end else {
                failed = true
                return 0
            }
            let first = position.pointee
            position += 1
            if first < 0x80 { return UInt64(first) }
            var value = UInt64(first & 0x7F)
            var shift: UInt64 = 7
            while position < end, shift < 64 {
                let byte = position.pointee
                position += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
            failed = true
            return 0
        }
    }

    fileprivate static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Reads fixed-width values from the front of a buffer, refusing to run past its end.
    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        private(set) var offset = 0

        var remaining: Int { bytes.count - offset }

        mutating func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
            guard remaining >= MemoryLayout<T>.size else { throw Malformed(description: "packed calls end early") }
            defer { offset += MemoryLayout<T>.size }
            return T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
        }

        mutating func take(_ count: Int) throws -> UnsafeRawBufferPointer {
            guard remaining >= count else { throw Malformed(description: "packed calls end early") }
            defer { offset += count }
            return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
        }
    }
}

/// LEB128 variable-length integers, and zigzag for signed ones (small magnitudes, small encodings).
enum Varint {
    static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    static func zigzag(_ value: Int64) -> UInt64 { UInt64(bitPattern: (value << 1) ^ (value >> 63)) }

    static func unzigzag(_ value: UInt64) -> Int64 { Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1) }
}
