/// A window onto a byte stream: bytes `[start, end)` are read and not yet consumed. Refilling moves the
/// unconsumed tail to the front and reads more after it, growing only when one record outgrows the window,
/// so memory stays flat however long the file is.
struct StreamBuffer {
    private(set) var storage: UnsafeMutableRawBufferPointer
    var start = 0
    private(set) var end = 0
    private(set) var atEOF = false
    private let source: any ByteSource

    init(source: any ByteSource, capacity: Int = 1 << 20) {
        self.source = source
        storage = .allocate(byteCount: capacity, alignment: 16)
    }

    func deallocate() { storage.deallocate() }

    /// The byte at `index` (which must be below `end`).
    @inline(__always) subscript(index: Int) -> UInt8 { storage.load(fromByteOffset: index, as: UInt8.self) }

    /// Reads more bytes, keeping `[start, end)`. Returns the distance positions moved by (subtract it from
    /// any offset you hold), or nil at the end of the stream.
    mutating func refill() throws -> Int? {
        guard !atEOF else { return nil }
        let shift = start
        if shift > 0 {
            storage.baseAddress!.copyMemory(from: storage.baseAddress! + start, byteCount: end - start)
            end -= start
            start = 0
        }
        if end == storage.count {
            let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: storage.count * 2, alignment: 16)
            bigger.baseAddress!.copyMemory(from: storage.baseAddress!, byteCount: end)
            storage.deallocate()
            storage = bigger
        }
        let count = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: storage[end...]))
        if count == 0 {
            atEOF = true
            return nil
        }
        end += count
        return shift
    }

    /// A view of bytes `[from, to)`.
    func bytes(_ from: Int, _ to: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(storage)[from..<to])
    }
}
