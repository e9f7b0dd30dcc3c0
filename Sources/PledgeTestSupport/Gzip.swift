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

extension Gzip {
    /// Writes a gzip file of `parts` in turn, each `bytes` repeated `times`, a megabyte at a time: a file
    /// that inflates to hundreds of megabytes without ever holding them (a hostile input for the tests).
    @discardableResult
    public static func write(repeating parts: [(bytes: [UInt8], times: Int)], to path: String) throws -> String {
        guard let file = gzopen(path, "wb1") else { throw Failure(description: "gzopen failed for \(path)") }
        for (bytes, times) in parts {
            // Whole copies of the part up to about a megabyte per write.
            let copies = max(1, min(times, (1 << 20) / max(bytes.count, 1)))
            let block = Array([[UInt8]](repeating: bytes, count: copies).joined())
            var left = times
            while left > 0 {
                let now = min(left, copies)
                let count = now * bytes.count
                let written = block.withUnsafeBytes { gzwrite(file, $0.baseAddress, UInt32(count)) }
                guard written == Int32(count) else {
                    gzclose(file)
                    throw Failure(description: "gzwrite wrote \(written) of \(count) bytes to \(path)")
                }
                left -= now
            }
        }
        guard gzclose(file) == Z_OK else { throw Failure(description: "gzclose failed for \(path)") }
        return path
    }
}
