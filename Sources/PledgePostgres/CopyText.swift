import NIOCore
import PledgeCore

/// Rows written in `COPY … FROM STDIN` text format: columns separated by tabs, rows ended by newlines,
/// `\N` for NULL, and backslash, tab, newline and carriage return escaped.
struct CopyText {
    private(set) var buffer: ByteBuffer

    init(capacity: Int) { buffer = ByteBufferAllocator().buffer(capacity: capacity) }

    /// True when PostgreSQL can hold the value: its text type cannot hold the NUL character.
    static func storable(_ value: FieldValue) -> Bool {
        if case .text(let text) = value { return !text.utf8.contains(0) }
        return true
    }

    /// Appends one row: its number in the batch, then its values.
    mutating func appendRow(_ ord: Int, _ values: [FieldValue]) {
        buffer.writeString(String(ord))
        for value in values {
            buffer.writeInteger(UInt8(ascii: "\t"))
            append(value)
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    private mutating func append(_ value: FieldValue) {
        switch value {
        case .null: buffer.writeStaticString("\\N")
        case .text(let text): appendEscaped(text)
        case .integer(let number): buffer.writeString(String(number))
        // Swift prints the shortest text that reads back as the same double, which PostgreSQL reads exactly.
        case .number(let number): buffer.writeString(number.description)
        case .bool(let flag): buffer.writeInteger(flag ? UInt8(ascii: "t") : UInt8(ascii: "f"))
        case .instant(let instant): buffer.writeString(String(instant.microseconds))
        case .date(let date): buffer.writeString(date.description)
        case .month(let month): buffer.writeString(month.description)
        }
    }

    private mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            // Most text needs no escape: copy it whole.
            guard bytes.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
                buffer.writeBytes(bytes)
                return
            }
            for byte in bytes {
                switch byte {
                case 0x5C: buffer.writeStaticString("\\\\")
                case 0x09: buffer.writeStaticString("\\t")
                case 0x0A: buffer.writeStaticString("\\n")
                case 0x0D: buffer.writeStaticString("\\r")
                default: buffer.writeInteger(byte)
                }
            }
        }
    }
}
