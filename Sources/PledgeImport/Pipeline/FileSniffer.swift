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
        guard let first = prefix.first else { return Sniffed(format: .csv, gzip: gzip, kind: given, isEmpty: true) }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            return try sniffJSON(prefix, path: path, gzip: gzip, given: given)
        }
        let header = try csvHeader(path)
        return Sniffed(
            format: .csv, gzip: gzip, kind: try given ?? HeaderMapping.inferKind(header: header, path: path), isEmpty: false)
    }

    private static func sniffJSON(_ bytes: [UInt8], path: String, gzip: Bool, given: RecordKind?) throws -> Sniffed {
        let firstLine = bytes.prefix { $0 != 0x0A }
        let object = try? JSONSerialization.jsonObject(with: Data(firstLine)) as? [String: Any]
        let looksGeo =
            given == .boundaries || object?["type"] as? String == "FeatureCollection"
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
                if record.isTooLong { throw HeaderMapping.tooLong(record, path: path) }
                header = (0..<record.fieldCount).map { String(decoding: record.field($0), as: UTF8.self) }
                throw StopReading()
            }
        } catch is StopReading {}
        return header
    }

    /// Up to `limit` bytes from the first that is not a byte-order mark or white space: however much white
    /// space a file starts with, it is read past, a chunk at a time, not held.
    private static func readPrefix(_ source: any ByteSource, limit: Int) throws -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: limit)
        var prefix: [UInt8] = []
        var atStart = true
        while prefix.count < limit {
            let count = try chunk.withUnsafeMutableBytes {
                try source.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[0..<(limit - prefix.count)]))
            }
            if count == 0 { break }
            var from = 0
            if atStart, count >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF { from = 3 }
            atStart = false
            if prefix.isEmpty {
                while from < count, [0x20, 0x09, 0x0A, 0x0D].contains(chunk[from]) { from += 1 }
            }
            prefix += chunk[from..<count]
        }
        return prefix
    }

    struct StopReading: Error {}
}
