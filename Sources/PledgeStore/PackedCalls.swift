import PledgeCore

/// Call facts packed into bytes: what a store keeps per force and month so that a report reads one blob a
/// month instead of tens of thousands of rows (BENCHMARKS.md, "Indicator engine"). Any store may use it;
/// the packed bytes are derived data, rebuilt from the records, never the record of truth.
///
/// Layout, little-endian: `PWC1`, the call count (UInt32), the neighbourhood names (UInt16 count, then
/// each as a UInt16 byte length and its UTF-8), then 44 bytes a call: received, answered, deployed,
/// arrived and appointment (Int64 microseconds, `Int64.min` for none), the name's index (UInt16,
/// `0xFFFF` for none) and the flags (UInt16, see `Flags`).
public enum PackedCalls {
    static let magic: [UInt8] = Array("PWC1".utf8)
    static let recordSize = 44
    /// Calls per packed segment (about 1 MiB): packing holds no more than this per month in memory.
    public static let segmentCalls = 24_000
    static let none = Int64.min
    static let noName = UInt16.max

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

        public mutating func append(_ call: CallFact) {
            count += 1
            PackedCalls.append(call.received.microseconds, to: &records)
            PackedCalls.append(call.answered?.microseconds ?? none, to: &records)
            PackedCalls.append(call.deployed?.microseconds ?? none, to: &records)
            PackedCalls.append(call.arrived?.microseconds ?? none, to: &records)
            PackedCalls.append(call.appointment?.microseconds ?? none, to: &records)
            var index = noName
            if let name = call.neighbourhood {
                if let known = nameIndex[name] {
                    index = known
                } else if names.count < Int(noName) {
                    index = UInt16(names.count)
                    nameIndex[name] = index
                    names.append(name)
                } else {
                    overflowed = true
                }
            }
            PackedCalls.append(index, to: &records)
            PackedCalls.append(Flags(call).rawValue, to: &records)
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
        var reader = Reader(bytes: bytes)
        guard try reader.take(4).elementsEqual(magic) else { throw Malformed(description: "packed calls do not start with PWC1") }
        let count = Int(try reader.read(UInt32.self))
        var names: [String] = []
        for _ in 0..<Int(try reader.read(UInt16.self)) {
            let length = Int(try reader.read(UInt16.self))
            names.append(String(decoding: try reader.take(length), as: UTF8.self))
        }
        guard reader.remaining == count * recordSize else {
            throw Malformed(description: "packed calls hold \(reader.remaining) bytes of records for \(count) calls")
        }
        for _ in 0..<count {
            func instant(_ micros: Int64) -> Instant? { micros == none ? nil : Instant(microseconds: micros) }
            let received = try reader.read(Int64.self)
            let answered = try reader.read(Int64.self)
            let deployed = try reader.read(Int64.self)
            let arrived = try reader.read(Int64.self)
            let appointment = try reader.read(Int64.self)
            let nameIndex = try reader.read(UInt16.self)
            let flags = Flags(rawValue: try reader.read(UInt16.self))
            guard nameIndex == noName || Int(nameIndex) < names.count else {
                throw Malformed(description: "a packed call names neighbourhood \(nameIndex) of \(names.count)")
            }
            let call = CallFact(
                received: Instant(microseconds: received), answered: instant(answered), is999: flags.is999,
                neighbourhood: nameIndex == noName ? nil : names[Int(nameIndex)], urban: flags.tristate(at: 1),
                vulnerable: flags.tristate(at: 3), neighbourhoodPriority: flags.tristate(at: 5), response: flags.response,
                etaGiven: flags.tristate(at: 7), deployed: instant(deployed), arrived: instant(arrived), appointment: instant(appointment))
            if keep(call) { calls.append(call) }
        }
    }

    /// A call's small fields in 12 bits: bit 0 a 999 call; two bits each (0 none, 1 false, 2 true) for
    /// urban at 1, vulnerable at 3, neighbourhood priority at 5 and ETA given at 7; the response at 9–11
    /// (0 none, then emergency, priority, appointment, advice, none in that order).
    struct Flags {
        let rawValue: UInt16
        private static let responses: [CallFact.Response] = [.emergency, .priority, .appointment, .advice, .none]

        init(rawValue: UInt16) { self.rawValue = rawValue }

        init(_ call: CallFact) {
            func tristate(_ value: Bool?, at shift: UInt16) -> UInt16 { (value.map { $0 ? 2 : 1 } ?? 0) << shift }
            let response = call.response.map { UInt16(Self.responses.firstIndex(of: $0)! + 1) } ?? 0
            rawValue = (call.is999 ? 1 : 0) | tristate(call.urban, at: 1) | tristate(call.vulnerable, at: 3)
                | tristate(call.neighbourhoodPriority, at: 5) | tristate(call.etaGiven, at: 7) | response << 9
        }

        var is999: Bool { rawValue & 1 != 0 }

        func tristate(at shift: UInt16) -> Bool? {
            switch (rawValue >> shift) & 3 {
            case 1: false
            case 2: true
            default: nil
            }
        }

        var response: CallFact.Response? {
            let code = Int((rawValue >> 9) & 7)
            return code >= 1 && code <= Self.responses.count ? Self.responses[code - 1] : nil
        }
    }

    fileprivate static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Reads fixed-width values from the front of a buffer, refusing to run past its end.
    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

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
