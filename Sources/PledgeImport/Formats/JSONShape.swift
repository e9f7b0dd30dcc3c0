import Foundation

/// What a quick pass over a JSON text finds before it is decoded: lists and objects nested deeper than
/// the importer allows (a decoder would stop with "not valid JSON"), or a key the top-level object names
/// twice (a decoder keeps one of the values without a word).
enum JSONShape: Equatable {
    case plain
    case tooDeep
    case repeatedKey(String)

    /// The shape of `bytes`, which need not be valid JSON (the decoder says what else is wrong).
    static func of(_ bytes: UnsafeRawBufferPointer, maxDepth: Int = ImportLimits.maxJSONDepth) -> JSONShape {
        var depth = 0
        var string = JSONString()
        var stringStart = 0
        var expectKey = false
        var keys = Set<String>()
        for (index, byte) in bytes.enumerated() {
            if string.isOpen {
                if string.closes(at: byte) {
                    if depth == 1 && expectKey {
                        expectKey = false
                        let key = decodedKey(UnsafeRawBufferPointer(rebasing: bytes[stringStart...index]))
                        if !keys.insert(key).inserted { return .repeatedKey(key) }
                    }
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                string.isOpen = true
                stringStart = index
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if depth > maxDepth { return .tooDeep }
                expectKey = depth == 1 && byte == UInt8(ascii: "{")
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
            case UInt8(ascii: ","):
                if depth == 1 { expectKey = true }
            default:
                continue
            }
        }
        return .plain
    }

    /// A key as its quoted JSON text spells it, escapes undone where there are any.
    private static func decodedKey(_ quoted: UnsafeRawBufferPointer) -> String {
        guard quoted.contains(UInt8(ascii: "\\")),
            let key = try? JSONSerialization.jsonObject(with: Data(quoted), options: [.fragmentsAllowed]) as? String
        else { return String(decoding: quoted.dropFirst().dropLast(), as: UTF8.self) }
        return key
    }
}

/// Where a JSON string ends, byte by byte: a quote not escaped by a backslash.
struct JSONString {
    /// Whether the bytes read are inside a string.
    var isOpen = false
    private var escaped = false

    /// Takes the next byte of an open string; true when it is the closing quote (the string is then closed).
    mutating func closes(at byte: UInt8) -> Bool {
        if escaped {
            escaped = false
        } else if byte == UInt8(ascii: "\\") {
            escaped = true
        } else if byte == UInt8(ascii: "\"") {
            isOpen = false
            return true
        }
        return false
    }
}
