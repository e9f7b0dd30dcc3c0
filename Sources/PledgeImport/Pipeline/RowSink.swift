import PledgeCore
import PledgeStore

/// Where each row of a file ends up: stored (inserted, updated, unchanged) or rejected to the rejects
/// file. Shared by every format so that a row is judged the same way whether it came as CSV or NDJSON.
final class RowSink {
    let transaction: any ImportTransaction
    let rejects: RejectsWriter
    private(set) var counts = ImportCounts()
    private(set) var samples: [String] = []
    /// The forces of the records stored, in the order first met.
    private(set) var forces: [Force] = []
    private let schema: RecordSchema
    private let references: ReferenceChecker
    private var boundaryIndexes: [Int: BoundaryIndex] = [:]
    /// For police.uk crimes, the position of `Month`: the file replaces the force-months it holds.
    private let snapshotMonth: Int?
    /// The force-months the file's crimes were stored in (see `finishSnapshot`).
    private var snapshot: Set<ForceMonth> = []

    init(kind: RecordKind, transaction: any ImportTransaction, rejects: RejectsWriter) {
        self.schema = RecordSchema.of(kind)
        self.references = ReferenceChecker(kind: kind)
        self.transaction = transaction
        self.rejects = rejects
        self.snapshotMonth = kind == .crimes ? schema.index(of: "Month") : nil
    }

    /// For police.uk crimes, once every row is stored: removes the stored crimes of the file's force-months
    /// that the file no longer holds, and counts them as `removed`.
    func finishSnapshot() throws {
        guard snapshotMonth != nil else { return }
        counts.removed += try transaction.removeCrimes(notIn: snapshot)
    }

    /// Stores each row that passed its checks, and rejects the others, keeping file order in the
    /// rejects file.
    func take(_ rows: [RowPipeline.Row]) throws {
        // Each row is either refused before the store (its problem) or sent to it, in order.
        var problems = [RowProblem?](repeating: nil, count: rows.count)
        var ready: [ValidatedRecord] = []
        ready.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            do {
                var record = try row.result.get()
                try references.check(record, against: transaction)
                if schema.placementColumn != nil { record.placement = try place(record) }
                if let snapshotMonth, case .month(let month) = record.values[snapshotMonth] {
                    snapshot.insert(ForceMonth(force: record.force, month: month))
                }
                ready.append(record)
            } catch let problem as RowProblem {
                problems[index] = problem
            }
        }
        let outcomes = try transaction.upsert(ready)
        var stored = 0
        for (index, row) in rows.enumerated() {
            if let problem = problems[index] {
                try reject(raw: row.raw, line: row.line, problem)
                continue
            }
            switch outcomes[stored] {
            case .success(let outcome):
                let force = ready[stored].force
                if !forces.contains(where: { $0.number == force.number }) { forces.append(force) }
                try count(outcome, record: ready[stored], raw: row.raw, line: row.line)
            case .failure(let problem): try reject(raw: row.raw, line: row.line, problem)
            }
            stored += 1
        }
    }

    /// Counts what an upsert did; a key already written by this file is a rejected duplicate.
    func count(_ outcome: UpsertOutcome, record: ValidatedRecord?, raw: UnsafeRawBufferPointer, line: Int) throws {
        switch outcome {
        case .inserted: counts.inserted += 1
        case .updated: counts.updated += 1
        case .unchanged: counts.unchanged += 1
        case .duplicateInFile:
            try reject(raw: raw, line: line, RowProblem(field: nil, "duplicate key \(describeKey(record)): an earlier row of this file has it"))
        }
    }

    func reject(raw: UnsafeRawBufferPointer, line: Int, _ problem: RowProblem) throws {
        counts.rejected += 1
        if samples.count < 10 { samples.append("line \(line): \(problem)") }
        try rejects.reject(raw: raw, line: line, problem: problem)
    }

    private func describeKey(_ record: ValidatedRecord?) -> String {
        guard let record else { return "" }
        if let derived = record.derivedKey { return "(\(record.force.id), \(derived))" }
        let parts = schema.keyIndices.map { index -> String in
            let value = record.values[index]
            let text: String =
                switch value {
                case .text(let t): t
                case .date(let d): d.description
                default: "\(value)"
                }
            return "\(schema.fields[index].name) \(text)"
        }
        return "(" + parts.joined(separator: ", ") + ")"
    }

    /// The neighbourhood whose boundary holds a crime's map point.
    private func place(_ record: ValidatedRecord) throws -> String? {
        guard let lon = record.values[schema.index(of: "Longitude")!].number,
            let lat = record.values[schema.index(of: "Latitude")!].number
        else { return nil }
        let index: BoundaryIndex
        if let cached = boundaryIndexes[record.force.number] {
            index = cached
        } else {
            index = BoundaryIndex(try transaction.boundaries(of: record.force))
            boundaryIndexes[record.force.number] = index
        }
        return index.neighbourhood(containing: GeoPoint(longitude: lon, latitude: lat))
    }
}
