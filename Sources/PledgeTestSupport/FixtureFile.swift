import Foundation

/// How the lines of a text fixture end.
public enum LineEnding: String, Sendable, CaseIterable {
    case lf = "\n"
    case crlf = "\r\n"
}

/// Writes fixture files exactly as a force's data team might send them.
public enum FixtureFile {
    /// The UTF-8 byte-order mark some spreadsheet programs put at the start of a CSV file.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes of `text` with every `\n` written as `lineEnding`, optionally after a byte-order mark.
    /// Line breaks inside the text (for instance inside a quoted CSV field) are converted too.
    public static func bytes(_ text: String, lineEnding: LineEnding = .lf, byteOrderMark: Bool = false) -> [UInt8] {
        let body = lineEnding == .lf ? text : text.replacingOccurrences(of: "\n", with: "\r\n")
        return (byteOrderMark ? Self.byteOrderMark : []) + Array(body.utf8)
    }

    /// Writes `text` to `path` (see `bytes(_:lineEnding:byteOrderMark:)`) and returns the path.
    @discardableResult
    public static func write(
        _ text: String, to path: String, lineEnding: LineEnding = .lf, byteOrderMark: Bool = false
    ) throws -> String {
        try write(bytes: bytes(text, lineEnding: lineEnding, byteOrderMark: byteOrderMark), to: path)
    }

    /// Writes raw bytes to `path` and returns the path.
    @discardableResult
    public static func write(bytes: [UInt8], to path: String) throws -> String {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The file's content as UTF-8 text.
    public static func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }
}
