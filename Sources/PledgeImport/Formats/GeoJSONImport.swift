import Foundation
import PledgeCore
import PledgeStore

/// Reads a GeoJSON FeatureCollection of neighbourhood boundaries into the store, then places the force's
/// stored crimes in the new boundaries. A rejected feature is reported by its position ("line" N is the
/// N-th feature) and written to the rejects file as NDJSON with its reason.
enum GeoJSONImport {
    static func run(_ context: FormatContext) throws -> FormatOutcome {
        let data = try readAll(context.path)
        guard let collection = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            collection["type"] as? String == "FeatureCollection", let features = collection["features"] as? [Any]
        else { throw InputError(path: context.path, "is not a GeoJSON FeatureCollection") }
        let sink = RowSink(kind: .boundaries, transaction: context.transaction, rejects: context.rejects)
        var touched: [Int: Force] = [:]
        for (offset, feature) in features.enumerated() {
            let raw = (try? JSONSerialization.data(withJSONObject: feature, options: [.sortedKeys])) ?? Data("null".utf8)
            try raw.withUnsafeBytes { raw in
                do {
                    let boundary = try boundary(from: feature, context.transaction)
                    let outcome = try context.transaction.upsert(boundary)
                    try sink.count(outcome, record: nil, raw: raw, line: offset + 1)
                    if outcome == .inserted || outcome == .updated { touched[boundary.force.number] = boundary.force }
                } catch let problem as RowProblem {
                    try sink.reject(raw: raw, line: offset + 1, problem)
                }
            }
        }
        var placed = 0
        for force in touched.values {
            placed += try context.transaction.placeCrimes(
                of: force, in: BoundaryIndex(try context.transaction.boundaries(of: force)))
        }
        return FormatOutcome(counts: sink.counts, warnings: [], samples: sink.samples, crimesPlaced: placed)
    }

    private static func boundary(from feature: Any, _ lookup: any RecordLookup) throws -> Boundary {
        guard let feature = feature as? [String: Any], feature["type"] as? String == "Feature" else {
            throw RowProblem(field: nil, "is not a GeoJSON Feature")
        }
        let properties = feature["properties"] as? [String: Any] ?? [:]
        guard let forceID = properties["force"] as? String, !forceID.isEmpty else {
            throw RowProblem(field: "force", "is required but missing")
        }
        guard let force = ForceCatalogue.force(id: forceID) else {
            throw RowProblem(field: "force", "'\(forceID)' is not a force of England and Wales (see `pledgewatch forces`)")
        }
        guard let id = properties["neighbourhood_id"] as? String, !id.isEmpty else {
            throw RowProblem(field: "neighbourhood_id", "is required but missing")
        }
        guard id.utf8.withContiguousStorageIfAvailable({ FieldParsers.id(UnsafeRawBufferPointer($0)) }) != nil else {
            throw RowProblem(field: "neighbourhood_id", "'\(id)' is not an id (1–64 of A-Z a-z 0-9 . _ : / -)")
        }
        guard try lookup.neighbourhoodExists(force: force, id: id) else {
            throw RowProblem(field: "neighbourhood_id", "'\(id)' is not a neighbourhood of \(force.id)")
        }
        guard let geometry = feature["geometry"] as? [String: Any] else {
            throw RowProblem(field: "geometry", "is missing")
        }
        return try Boundary(force: force, neighbourhoodID: id, geometry: geometry)
    }

    private static func readAll(_ path: String) throws -> Data {
        let source = try InputFile.open(path).source
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { return data }
            data.append(contentsOf: chunk[0..<count])
        }
    }
}
