/// The shape of an input file, told from its first bytes rather than its name.
public enum InputFormat: String, Sendable {
    case csv
    case ndjson
    /// A GeoJSON FeatureCollection (boundaries).
    case geojson
}

/// Opens an input file, inflating gzip when the file starts with gzip's magic bytes.
public enum InputFile {
    /// A byte source over the file's (decompressed) content, and whether it was compressed.
    public static func open(_ path: String) throws -> (source: any ByteSource, gzip: Bool) {
        let probe = try FileByteSource(path: path)
        var magic: [UInt8] = [0, 0]
        let count = try magic.withUnsafeMutableBytes { try probe.read(into: $0) }
        let isGzip = count == 2 && magic == [0x1F, 0x8B]
        let file = try FileByteSource(path: path)
        return isGzip ? (try GzipByteSource(file, path: path), true) : (file, false)
    }
}
