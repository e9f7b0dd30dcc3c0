/// A value from a file as a rejection reason or warning shows it: in single quotes, at most
/// `maxCharacters` characters, control characters escaped. A reason is read at a terminal and kept in
/// a rejects file, so a 50 MB value must not make a 50 MB reason, and a NUL byte must not reach the
/// terminal.
public enum QuotedValue {
    /// The most characters of a value a reason shows; a longer value is cut, marked `…`, and its length given.
    public static let maxCharacters = 100

    /// `'value'`, or `'first 100 characters…' (N bytes)` for a longer value. Bytes that are not UTF-8 show
    /// as U+FFFD; NUL as `\0`, tab, line feed and carriage return as `\t`, `\n`, `\r`, any other control
    /// character as `\u{XX}`.
    /// `showingLength: false` is for the first bytes of something longer (a row too long to read): the
    /// length of the part would mislead.
    public static func quote(_ bytes: UnsafeRawBufferPointer, showingLength: Bool = true) -> String {
        // 100 characters take at most 400 bytes of UTF-8: decoding more would only be thrown away.
        let prefix = UnsafeRawBufferPointer(rebasing: bytes[0..<min(bytes.count, maxCharacters * 4)])
        var shown = ""
        var characters = 0
        var cut = false
        for scalar in String(decoding: prefix, as: UTF8.self).unicodeScalars {
            guard characters < maxCharacters else {
                cut = true
                break
            }
            shown += escaped(scalar)
            characters += 1
        }
        if !cut && prefix.count < bytes.count { cut = true }
        guard cut else { return "'\(shown)'" }
        return showingLength ? "'\(shown)…' (\(Thousands.text(bytes.count)) bytes)" : "'\(shown)…'"
    }

    /// `quote` of a string's UTF-8.
    public static func quote(_ text: String) -> String {
        var text = text
        return text.withUTF8 { quote(UnsafeRawBufferPointer($0)) }
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0: return "\\0"
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x00...0x1F, 0x7F...0x9F:
            return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default: return String(scalar)
        }
    }
}
