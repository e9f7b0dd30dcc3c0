/// A stream of bytes read in chunks: a file, or a gzip file inflated on the fly.
public protocol ByteSource: AnyObject {
    /// Fills up to `buffer.count` bytes; returns how many were read, 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// Why a file could not be read at all (as opposed to a row that was rejected).
public struct InputError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let message: String

    public init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
