import CZlib

/// Inflates a gzip stream (including several concatenated members, as `cat a.gz b.gz` makes) chunk by
/// chunk, so a compressed file is never held in memory whole.
public final class GzipByteSource: ByteSource {
    private let input: any ByteSource
    private let path: String
    private var stream = z_stream()
    private let chunk: UnsafeMutableRawBufferPointer
    private var inputEnded = false
    private var finished = false

    public init(_ input: any ByteSource, path: String) throws {
        self.input = input
        self.path = path
        chunk = .allocate(byteCount: 1 << 16, alignment: 1)
        // 15 + 16: a gzip header and trailer around a deflate stream with the largest window.
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            chunk.deallocate()
            throw InputError(path: path, "cannot start gzip decompression")
        }
    }

    deinit {
        inflateEnd(&stream)
        chunk.deallocate()
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard !finished, buffer.count > 0 else { return 0 }
        stream.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = UInt32(buffer.count)
        while stream.avail_out > 0 {
            if stream.avail_in == 0 && !inputEnded {
                let count = try input.read(into: chunk)
                if count == 0 {
                    inputEnded = true
                } else {
                    stream.next_in = chunk.baseAddress!.assumingMemoryBound(to: Bytef.self)
                    stream.avail_in = UInt32(count)
                }
            }
            let status = inflate(&stream, Z_NO_FLUSH)
            switch status {
            case Z_STREAM_END:
                // Another member may follow.
                if stream.avail_in == 0 {
                    let count = inputEnded ? 0 : try input.read(into: chunk)
                    if count == 0 {
                        finished = true
                        return buffer.count - Int(stream.avail_out)
                    }
                    stream.next_in = chunk.baseAddress!.assumingMemoryBound(to: Bytef.self)
                    stream.avail_in = UInt32(count)
                }
                inflateReset(&stream)
            case Z_OK:
                continue
            case Z_BUF_ERROR where inputEnded && stream.avail_in == 0:
                throw InputError(path: path, "the gzip data ends early (truncated file)")
            case Z_BUF_ERROR:
                continue
            default:
                throw InputError(path: path, "is not valid gzip data (zlib status \(status))")
            }
        }
        return buffer.count
    }
}
