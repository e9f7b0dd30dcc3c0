import Foundation
import PledgeCore

/// Tells a file's format and kind from its first bytes and header, before it is imported.
enum FileSniffer {
    struct Sniffed {
        let format: InputFormat
        let gzip: Bool
        /// Nil only for an empty file whose kind was not given.
        let kind: RecordKind?
        let isEmpty: Bool
    }

    static func sniff(_ path: String, kind given: RecordKind?) throws -> Sniffed {
        let (source, gzip) = try InputFile.open(path)
        let prefix = try readPrefix(source, limit: 1 << 16)
        var start = 0
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < prefix.count, [0x20, 0x09, 0x0A, 0x0D].contains(prefix[start]) { start += 1 }
        guard start < prefix.count else { return Sniffed(format: .csv, gzip: gzip, kind: given, isEmpty: true) }
        if prefix[start] == UInt8(ascii: "{") || prefix[start] == UInt8(ascii: "[") {
            return try sniffJSON(Array(prefix[start...]), path: path, gzip: gzip, given: given)
        }
        let header = try csvHeader(path)
        return Sniffed(
            format: .csv, gzip: gzip, kind: try given ?? HeaderMapping.inferKind(header: header, path: path), isEmpty: false)
    }

    private static func sniffJSON(_ bytes: [UInt8], path: String, gzip: Bool, given: RecordKind?) throws -> Sniffed {
        let firstLine = bytes.prefix { $0 != 0x0A }
        let object = try? JSONSerialization.jsonObject(with: Data(firstLine)) as? [String: Any]
        let looksGeo = given == .boundaries || object?["type"] as? String == "FeatureCollection"
            || (object == nil && String(decoding: bytes, as: UTF8.self).contains("FeatureCollection"))
        if looksGeo {
            guard given == nil || given == .boundaries else {
                throw InputError(path: path, "is GeoJSON, which only boundaries come as, not \(given!.name)")
            }
            return Sniffed(format: .geojson, gzip: gzip, kind: .boundaries, isEmpty: false)
        }
        if let given { return Sniffed(format: .ndjson, gzip: gzip, kind: given, isEmpty: false) }
        guard let object else {
            throw InputError(path: path, "line 1 is not a JSON object, so the kind cannot be told from it; give --kind")
        }
        return Sniffed(
            format: .ndjson, gzip: gzip, kind: try HeaderMapping.inferKind(header: Array(object.keys), path: path),
            isEmpty: false)
    }

    /// The first record of a CSV file, as column names.
    static func csvHeader(_ path: String) throws -> [String] {
        var reader = CSVReader(source: try InputFile.open(path).source)
        defer { reader.close() }
        var header: [String] = []
        do {
            try reader.forEachRecord { record in
                header = (0..<record.fieldCount).map { String(decoding: record.field($0), as: UTF8.self) }
                throw StopReading()
            }
        } catch is StopReading {}
        return header
    }

    private static func readPrefix(_ source: any ByteSource, limit: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: limit)
        var filled = 0
        try bytes.withUnsafeMutableBytes { buffer in
            while filled < limit {
                let count = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
                if count == 0 { break }
                filled += count
            }
        }
        return Array(bytes.prefix(filled))
    }

    struct StopReading: Error {}
}
