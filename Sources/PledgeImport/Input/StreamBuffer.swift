import PledgeCore

/// A window onto a byte stream: bytes `[start, end)` are read and not yet consumed. Refilling moves the
/// unconsumed tail to the front and reads more after it. The window never grows: a record that does not
/// fit (`isFull`) is longer than `ImportLimits.maxLineBytes`, and the reader skips it rather than holding
/// it, so memory stays flat however long the file or any line of it is.
struct StreamBuffer {
    private(set) var storage: UnsafeMutableRawBufferPointer
    var start = 0
    private(set) var end = 0
    private(set) var atEOF = false
    private let source: any ByteSource

    /// A window a little larger than the longest row, so that a row of exactly that length fits with its
    /// line ending and the byte after it.
    init(source: any ByteSource, capacity: Int = ImportLimits.maxLineBytes + 16) {
        self.source = source
        storage = .allocate(byteCount: capacity, alignment: 16)
    }

    func deallocate() { storage.deallocate() }

    /// Whether the unconsumed bytes fill the whole window: the record being read is too long to hold.
    var isFull: Bool { end - start >= storage.count }

    /// The byte at `index` (which must be below `end`).
    @inline(__always) subscript(index: Int) -> UInt8 { storage.load(fromByteOffset: index, as: UInt8.self) }

    /// Reads more bytes, keeping `[start, end)`. Returns the distance positions moved by (subtract it from
    /// any offset you hold), or nil at the end of the stream. Readers check `isFull` first: refilling a
    /// full window throws.
    mutating func refill() throws -> Int? {
        guard !atEOF else { return nil }
        guard !isFull else { throw WindowFull() }
        let shift = start
        if shift > 0 {
            storage.baseAddress!.copyMemory(from: storage.baseAddress! + start, byteCount: end - start)
            end -= start
            start = 0
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

    /// The first bytes from `start`: enough for a reason to quote how a record begins.
    var head: UnsafeRawBufferPointer { bytes(start, min(end, start + 4 * QuotedValue.maxCharacters + 4)) }

    /// A reader refilled a window holding one unfinished record (a bug: readers check `isFull`).
    struct WindowFull: Error, CustomStringConvertible {
        var description: String { "a record outgrew the read window" }
    }
}
