import CZlib
import Foundation

/// Writes real gzip files (through zlib's `gzopen`/`gzwrite`), as `gzip FILE` would.
public enum Gzip {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Compresses `bytes` into a gzip file at `path` and returns the path.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String) throws -> String {
        guard let file = gzopen(path, "wb9") else { throw Failure(description: "gzopen failed for \(path)") }
        var offset = 0
        while offset < bytes.count {
            let count = min(1 << 20, bytes.count - offset)
            let written = bytes[offset..<(offset + count)].withUnsafeBytes { gzwrite(file, $0.baseAddress, UInt32(count)) }
            guard written == Int32(count) else {
                gzclose(file)
                throw Failure(description: "gzwrite wrote \(written) of \(count) bytes to \(path)")
            }
            offset += count
        }
        guard gzclose(file) == Z_OK else { throw Failure(description: "gzclose failed for \(path)") }
        return path
    }

    /// Compresses UTF-8 text into a gzip file at `path` and returns the path.
    @discardableResult
    public static func write(_ text: String, to path: String) throws -> String {
        try write(Array(text.utf8), to: path)
    }

    /// The bytes of a gzip file made from `bytes` (written through a scratch file next to `scratchPath`).
    public static func compress(_ bytes: [UInt8], scratchPath: String) throws -> [UInt8] {
        try write(bytes, to: scratchPath)
        defer { try? FileManager.default.removeItem(atPath: scratchPath) }
        return Array(try Data(contentsOf: URL(fileURLWithPath: scratchPath)))
    }
}
