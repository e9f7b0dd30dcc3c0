import PledgeCore

/// Writes JSON text directly, for documents too large for `JSONEncoder`: a force-year report with every
/// area is 6.6 MB, and encoding it through `Codable` took a quarter of a second, a fifth of the first
/// report's time (BENCHMARKS.md). Values are written in the order given; callers give keys sorted.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    /// For each open container: whether it has an element yet.
    private var open: [Bool] = []
    /// A key was just written: the value follows it on the same line.
    private var afterKey = false

    public init(pretty: Bool, capacity: Int = 1 << 16) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func object(_ body: (inout JSONWriter) -> Void) { container(UInt8(ascii: "{"), UInt8(ascii: "}"), body) }
    public mutating func array(_ body: (inout JSONWriter) -> Void) { container(UInt8(ascii: "["), UInt8(ascii: "]"), body) }

    /// An array of `items`, each written by `write`.
    public mutating func array<Items: Sequence>(_ items: Items, _ write: (inout JSONWriter, Items.Element) -> Void) {
        array { writer in for item in items { write(&writer, item) } }
    }

    /// A key of the open object; its value is what is written next.
    public mutating func key(_ name: String) {
        separate()
        quoted(name)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    public mutating func string(_ value: String?) {
        separate()
        guard let value else { return literal("null") }
        quoted(value)
    }

    public mutating func int(_ value: Int?) {
        separate()
        guard let value else { return literal("null") }
        literal(String(value))
    }

    /// A number: whole values without a decimal point (as `JSONEncoder` writes them), others in the
    /// shortest form that reads back as the same `Double`.
    public mutating func number(_ value: Double?) {
        separate()
        guard let value, value.isFinite else { return literal("null") }
        if value == value.rounded(), abs(value) < 1e15 { literal(String(Int64(value))) } else { literal(value.description) }
    }

    public mutating func bool(_ value: Bool?) {
        separate()
        guard let value else { return literal("null") }
        literal(value ? "true" : "false")
    }

    /// `key` and a string, number, whole number or flag.
    public mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Double?) { key(name); number(value) }
    public mutating func field(_ name: String, _ value: Int?) { key(name); int(value) }
    public mutating func field(_ name: String, _ value: Bool?) { key(name); bool(value) }

    private mutating func container(_ start: UInt8, _ end: UInt8, _ body: (inout JSONWriter) -> Void) {
        separate()
        bytes.append(start)
        open.append(false)
        body(&self)
        let hadElements = open.removeLast()
        if pretty && hadElements { newline() }
        bytes.append(end)
    }

    /// Before a value or key: nothing after a key, else a comma between elements and, pretty, a new line.
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard !open.isEmpty else { return }
        if open[open.count - 1] { bytes.append(UInt8(ascii: ",")) }
        open[open.count - 1] = true
        if pretty { newline() }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<open.count { bytes.append(UInt8(ascii: " ")); bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func literal(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func quoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most text (ids, areas, months) needs no escaping and is copied whole, through its contiguous
        // bytes: iterating the UTF-8 view byte by byte was 7 % of a report's instructions (BENCHMARKS.md).
        var text = text
        let plain = text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [
                    UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)],
                ])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
