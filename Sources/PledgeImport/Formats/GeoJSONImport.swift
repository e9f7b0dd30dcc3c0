import Foundation
import PledgeCore
import PledgeStore

/// Reads a GeoJSON FeatureCollection of neighbourhood boundaries into the store, then places the force's
/// stored crimes in the new boundaries. A rejected feature is reported by its position ("line" N is the
/// N-th feature) and written to the rejects file as NDJSON with its reason.
enum GeoJSONImport {
    static func run(_ context: FormatContext) throws -> FormatOutcome {
        let sink = RowSink(kind: .boundaries, transaction: context.transaction, rejects: context.rejects)
        var touched: [Int: Force] = [:]
        var stream = GeoJSONStream(source: try InputFile.open(context.path).source)
        defer { stream.close() }
        var offset = 0
        do {
            try stream.forEachFeature { text in
                offset += 1
                guard let feature = try? JSONSerialization.jsonObject(with: Data(text)) else {
                    throw InputError(path: context.path, "is not a GeoJSON FeatureCollection: feature \(offset) is not valid JSON")
                }
                let raw = (try? JSONSerialization.data(withJSONObject: feature, options: [.sortedKeys])) ?? Data("null".utf8)
                try raw.withUnsafeBytes { raw in
                    do {
                        let boundary = try boundary(from: feature, context.transaction)
                        let outcome = try context.transaction.upsert(boundary)
                        try sink.count(outcome, record: nil, raw: raw, line: offset)
                        if outcome == .inserted || outcome == .updated { touched[boundary.force.number] = boundary.force }
                    } catch let problem as RowProblem {
                        try sink.reject(raw: raw, line: offset, problem)
                    }
                }
            }
        } catch let failure as GeoJSONStream.Failure {
            throw InputError(path: context.path, Self.describe(failure, feature: offset + 1))
        }
        var placed = 0
        for force in touched.values {
            placed += try context.transaction.placeCrimes(
                of: force, in: BoundaryIndex(try context.transaction.boundaries(of: force)))
        }
        return FormatOutcome(counts: sink.counts, warnings: [], samples: sink.samples, crimesPlaced: placed)
    }

    private static func describe(_ failure: GeoJSONStream.Failure, feature: Int) -> String {
        switch failure {
        case .notACollection: "is not a GeoJSON FeatureCollection"
        case .tooDeep: "is nested too deeply (more than \(ImportLimits.maxJSONDepth) levels of lists and objects)"
        case .featureTooLarge(let limit):
            "feature \(feature) is larger than \(Thousands.text(limit)) bytes (without spaces), the most one boundary may take"
        }
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
            throw RowProblem(field: "force", "\(QuotedValue.quote(forceID)) is not a force of England and Wales (see `pledgewatch forces`)")
        }
        guard let id = properties["neighbourhood_id"] as? String, !id.isEmpty else {
            throw RowProblem(field: "neighbourhood_id", "is required but missing")
        }
        guard id.utf8.withContiguousStorageIfAvailable({ FieldParsers.id(UnsafeRawBufferPointer($0)) }) != nil else {
            throw RowProblem(field: "neighbourhood_id", "\(QuotedValue.quote(id)) is not an id (1–64 of A-Z a-z 0-9 . _ : / -)")
        }
        guard try lookup.neighbourhoodExists(force: force, id: id) else {
            throw RowProblem(field: "neighbourhood_id", "'\(id)' is not a neighbourhood of \(force.id)")
        }
        guard let geometry = feature["geometry"] as? [String: Any] else {
            throw RowProblem(field: "geometry", "is missing")
        }
        return try Boundary(force: force, neighbourhoodID: id, geometry: geometry)
    }
}
