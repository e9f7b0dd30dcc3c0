/// Readers for each field type, straight from the bytes of a CSV field, so the importer never builds
/// a `String` for a value that is not text.
///
/// Every reader is given the field with surrounding spaces already trimmed and non-empty.
public enum FieldParsers {
    /// `A-Z a-z 0-9 . _ : / -`, 1–64 characters.
    public static func id(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard bytes.count <= 64 else { return nil }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: ":"),
                UInt8(ascii: "/"), UInt8(ascii: "-"):
                continue
            default: return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// UTF-8 text; nil when the bytes are not valid UTF-8.
    public static func text(_ bytes: UnsafeRawBufferPointer) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    /// `true/false`, `yes/no`, `y/n`, `1/0`, any case.
    public static func bool(_ bytes: UnsafeRawBufferPointer) -> Bool? {
        if trueWords.contains(where: { $0.matches(bytes) }) { return true }
        if falseWords.contains(where: { $0.matches(bytes) }) { return false }
        return nil
    }

    private static let trueWords = ["true", "yes", "y", "1"].map(Word.init)
    private static let falseWords = ["false", "no", "n", "0"].map(Word.init)

    /// A lower-case word matched against bytes in any case, without building a string.
    public struct Word: Sendable {
        /// The word as stored.
        public let text: String
        private let bytes: [UInt8]

        public init(_ text: String) {
            self.text = text
            self.bytes = Array(text.utf8)
        }

        /// Whether `candidate` spells this word, ignoring ASCII case.
        @inline(__always)
        public func matches(_ candidate: UnsafeRawBufferPointer) -> Bool {
            guard candidate.count == bytes.count else { return false }
            for index in 0..<bytes.count {
                let byte = candidate[index]
                let lower = (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) ? byte | 0x20 : byte
                if lower != bytes[index] { return false }
            }
            return true
        }
    }

    /// An optionally signed run of decimal digits.
    public static func integer(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        var index = 0
        var negative = false
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
            negative = bytes.first == UInt8(ascii: "-")
            index = 1
        }
        guard index < bytes.count, bytes.count - index <= 18 else { return nil }
        var value: Int64 = 0
        while index < bytes.count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int64(digit)
            index += 1
        }
        return negative ? -value : value
    }

    /// A plain decimal number (`7.5`, `-1.131592`, `1e3`); no `nan`, `inf` or hexadecimal.
    public static func number(_ bytes: UnsafeRawBufferPointer) -> Double? {
        var sawDigit = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "e"), UInt8(ascii: "E"): continue
            default: return nil
            }
        }
        guard sawDigit, let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// `YYYY-MM-DD`.
    public static func date(_ bytes: UnsafeRawBufferPointer) -> LocalDate? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let y = digits(bytes, 0, 4), let m = digits(bytes, 5, 2), let d = digits(bytes, 8, 2)
        else { return nil }
        return LocalDate(year: y, month: m, day: d)
    }

    /// `YYYY-MM`.
    public static func month(_ bytes: UnsafeRawBufferPointer) -> YearMonth? {
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let y = digits(bytes, 0, 4), let m = digits(bytes, 5, 2)
        else { return nil }
        return YearMonth(year: y, month: m)
    }

    /// A survey answer, normalised: `yes`, `no`, or `1`…`5`.
    public static func surveyAnswer(_ bytes: UnsafeRawBufferPointer) -> String? {
        answers.first { $0.matches(bytes) }?.text
    }

    private static let answers = ["yes", "no", "1", "2", "3", "4", "5"].map(Word.init)

    /// `count` decimal digits starting at `start`, or nil.
    static func digits(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for index in start..<(start + count) {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}
