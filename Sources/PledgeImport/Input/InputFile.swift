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
    public static func open(_ path: String) throws -> (source: any ByteSource, gzip: Bool) { try open(path, meter: nil) }

    /// `open`, counting the file's bytes (before inflation) into `meter` as they are read.
    static func open(_ path: String, meter: ReadMeter?) throws -> (source: any ByteSource, gzip: Bool) {
        let probe = try FileByteSource(path: path)
        var magic: [UInt8] = [0, 0]
        let count = try magic.withUnsafeMutableBytes { try probe.read(into: $0) }
        let isGzip = count == 2 && magic == [0x1F, 0x8B]
        let opened = try FileByteSource(path: path)
        let file: any ByteSource = meter.map { CountingByteSource(opened, meter: $0) } ?? opened
        return isGzip ? (try GzipByteSource(file, path: path), true) : (file, false)
    }
}
