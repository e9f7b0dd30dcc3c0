import Foundation
import PledgeCore

/// Writes rejected rows verbatim to a rejects file, each with a `reason` appended, so nothing is lost.
/// The file is created at the first rejected row; a stale one from an earlier run is removed.
final class RejectsWriter {
    let path: String
    private let format: InputFormat
    private var headerLine: [UInt8] = []
    private var handle: FileHandle?
    private var pending = Data()

    init(inputPath: String, directory: String?, format: InputFormat) {
        let name = URL(fileURLWithPath: inputPath).lastPathComponent
        var base = name
        for suffix in [".gz", ".csv", ".ndjson", ".jsonl", ".json", ".geojson"] where base.lowercased().hasSuffix(suffix) {
            base = String(base.dropLast(suffix.count))
        }
        let folder = directory ?? URL(fileURLWithPath: inputPath).deletingLastPathComponent().path
        let ext = format == .csv ? "csv" : "ndjson"
        path = URL(fileURLWithPath: folder).appendingPathComponent("\(base).rejects.\(ext)").path
        self.format = format
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The CSV header as it was in the file; the rejects file repeats it with `,reason` added.
    func setHeader(_ raw: UnsafeRawBufferPointer) { headerLine = Array(raw) + Array(",reason".utf8) }

    /// Keeps one rejected row: `raw` is exactly what the file held.
    func reject(raw: UnsafeRawBufferPointer, line: Int, problem: RowProblem) throws {
        let reason = "line \(line): \(problem)"
        if handle == nil { try open() }
        switch format {
        case .csv:
            pending.append(contentsOf: raw)
            pending.append(contentsOf: Array(",".utf8) + Self.quoted(reason) + [0x0A])
        case .ndjson, .geojson:
            pending.append(contentsOf: Self.withReason(raw, reason))
            pending.append(0x0A)
        }
        if pending.count > 1 << 16 { try flush() }
    }

    /// Writes what is buffered and closes the file.
    func finish() throws {
        guard handle != nil else { return }
        try flush()
        try handle?.close()
        handle = nil
    }

    private func open() throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw InputError(path: path, "cannot create the rejects file")
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        if format == .csv { pending.append(contentsOf: headerLine + [0x0A]) }
    }

    private func flush() throws {
        try handle?.write(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
    }

    static func quoted(_ text: String) -> [UInt8] {
        Array("\"\(text.replacingOccurrences(of: "\"", with: "\"\""))\"".utf8)
    }

    /// The JSON object with `"reason"` added before its closing brace; anything else is wrapped.
    static func withReason(_ raw: UnsafeRawBufferPointer, _ reason: String) -> [UInt8] {
        let encodedReason = (try? JSONSerialization.data(withJSONObject: reason, options: [.fragmentsAllowed])) ?? Data("\"\"".utf8)
        // A row too long to copy comes empty: its entry is the reason alone.
        if raw.isEmpty { return Array("{\"reason\":".utf8) + Array(encodedReason) + [UInt8(ascii: "}")] }
        var bytes = Array(raw)
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0D { bytes.removeLast() }
        if bytes.first == UInt8(ascii: "{"), bytes.last == UInt8(ascii: "}"),
            (try? JSONSerialization.jsonObject(with: Data(bytes))) is [String: Any]
        {
            bytes.removeLast()
            let empty = bytes.drop(while: { $0 == UInt8(ascii: "{") || $0 == 0x20 }).isEmpty
            return bytes + Array((empty ? "" : ",").utf8) + Array("\"reason\":".utf8) + Array(encodedReason) + [UInt8(ascii: "}")]
        }
        let encodedRaw = (try? JSONSerialization.data(withJSONObject: String(decoding: bytes, as: UTF8.self), options: [.fragmentsAllowed])) ?? Data()
        return Array("{\"raw\":".utf8) + Array(encodedRaw) + Array(",\"reason\":".utf8) + Array(encodedReason) + [UInt8(ascii: "}")]
    }
}
