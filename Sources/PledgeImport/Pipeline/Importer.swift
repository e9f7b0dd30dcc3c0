import Foundation
import PledgeCore
import PledgeStore

/// Imports files into a store: each file in its own transaction, reference kinds before the events that
/// name them, every row either stored or written to a rejects file with its reason.
public struct Importer: Sendable {
    private let store: any PledgeStore
    private let now: @Sendable () -> Instant

    /// An importer writing to `store`, judging "the future" by the injected clock `now`.
    public init(store: any PledgeStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// Imports the files; one report per file, in the order they were imported (by kind, then as given).
    public func importFiles(_ paths: [String], options: ImportOptions = ImportOptions()) -> [FileImportReport] {
        var planned: [(index: Int, report: FileImportReport, sniffed: FileSniffer.Sniffed?)] = []
        for (index, path) in paths.enumerated() {
            var report = FileImportReport(path: path)
            do {
                let sniffed = try FileSniffer.sniff(path, kind: options.kind)
                report.kind = sniffed.kind
                report.format = sniffed.format
                report.gzip = sniffed.gzip
                planned.append((index, report, sniffed))
            } catch {
                report.error = Self.describe(error)
                planned.append((index, report, nil))
            }
        }
        planned.sort { ($0.sniffed?.kind ?? .neighbourhoods, $0.index) < ($1.sniffed?.kind ?? .neighbourhoods, $1.index) }
        var reports = planned.map { item in
            guard let sniffed = item.sniffed else { return item.report }
            return importFile(item.report, sniffed, options)
        }
        // Repacking once after every file, not per file, reads each force's calls once.
        do {
            try store.refreshDerivedData()
        } catch {
            if !reports.isEmpty {
                reports[reports.count - 1].warnings.append(
                    "the records are stored, but reports will be slower until the next import: \(Self.describe(error))")
            }
        }
        return reports
    }

    /// `importFiles` from async code: the import runs on a thread of its own, because it blocks its thread
    /// for as long as it reads and writes (a PostgreSQL store waits there for the server), and Swift's
    /// cooperative pool has only one thread per core.
    public func importFilesOffThePool(_ paths: [String], options: ImportOptions = ImportOptions()) async -> [FileImportReport] {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: importFiles(paths, options: options)) }.start()
        }
    }

    private func importFile(_ start: FileImportReport, _ sniffed: FileSniffer.Sniffed, _ options: ImportOptions)
        -> FileImportReport
    {
        var report = start
        // A file with no rows still declares its months covered when asked to.
        guard let kind = sniffed.kind, !sniffed.isEmpty || options.covers != nil else {
            report.warnings.append("the file is empty: nothing to import")
            report.kept = true
            return report
        }
        let digest: String
        do {
            digest = try FileDigest.sha256(report.path)
            // The same bytes, imported before and still held as that import left them: reading them again
            // would change nothing (not even the data version, which would throw away every cached figure).
            if options.covers == nil, let prior = try store.currentImport(digest: digest), prior.kind == kind {
                report.counts = ImportCounts(unchanged: prior.rows)
                report.unchangedSince = prior
                report.kept = true
                return report
            }
        } catch {
            report.error = Self.describe(error)
            return report
        }
        let info = ImportFileInfo(kind: kind, source: report.path, startedAt: now(), digest: digest)
        let rejects = RejectsWriter(inputPath: report.path, directory: options.rejectsDirectory, format: sniffed.format)
        do {
            let outcome = try store.importFile(info) { transaction -> (FormatOutcome, ImportDecision) in
                var outcome =
                    sniffed.isEmpty
                    ? FormatOutcome(counts: ImportCounts(), warnings: [], samples: [])
                    : try readFile(report.path, sniffed.format, kind, transaction, rejects, progress: options.progress)
                if let covers = options.covers {
                    outcome.warnings += try Self.declare(covers, kind: kind, forces: outcome.forces, path: report.path, transaction)
                }
                let keep = !(options.strict && outcome.counts.rejected > 0)
                // An import that changed nothing is not kept either: it would only log itself and move the data
                // version on, which throws away every figure computed from the records.
                let changed =
                    outcome.counts.inserted + outcome.counts.updated + outcome.counts.removed > 0 || (outcome.crimesPlaced ?? 0) > 0
                    || options.covers != nil
                return (outcome, keep && changed ? .commit(outcome.counts) : .rollBack)
            }
            report.counts = outcome.counts
            report.warnings += outcome.warnings
            report.sampleRejections = outcome.samples
            report.crimesPlaced = outcome.crimesPlaced
            report.kept = !(options.strict && outcome.counts.rejected > 0)
        } catch {
            report.error = Self.describe(error)
            report.kept = false
        }
        do {
            try rejects.finish()
            if report.counts.rejected > 0 { report.rejectsPath = rejects.path }
        } catch {
            report.error = report.error ?? "could not write the rejects file: \(Self.describe(error))"
        }
        return report
    }

    private func readFile(
        _ path: String, _ format: InputFormat, _ kind: RecordKind, _ transaction: any ImportTransaction,
        _ rejects: RejectsWriter, progress: (@Sendable (ImportProgress) -> Void)?
    ) throws -> FormatOutcome {
        let context = FormatContext(path: path, kind: kind, now: now(), transaction: transaction, rejects: rejects, progress: progress)
        switch format {
        case .csv: return try CSVImport.run(context)
        case .ndjson: return try NDJSONImport.run(context)
        case .geojson: return try GeoJSONImport.run(context)
        }
    }

    /// Declares the months covered for the file's kind, for the forces its records name and the one given;
    /// returns warnings. Reference kinds cover every month already.
    static func declare(
        _ covers: CoverageDeclaration, kind: RecordKind, forces: [Force], path: String, _ transaction: any ImportTransaction
    ) throws -> [String] {
        guard !kind.isReference else { return ["\(kind.name) records are reference records, which cover every month: --covers ignored"] }
        var all = forces
        if let given = covers.force, !all.contains(where: { $0.number == given.number }) { all.append(given) }
        guard !all.isEmpty else {
            throw InputError(path: path, "the file holds no records to tell the force from, so --covers needs --force")
        }
        for force in all { try transaction.declareCovered(force: force, kind: kind, months: covers.months) }
        return []
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as InputError: error.message
        case let error as StoreError: error.message
        default: "\(error)"
        }
    }
}

/// What a format's reader is given.
struct FormatContext {
    let path: String
    let kind: RecordKind
    let now: Instant
    let transaction: any ImportTransaction
    let rejects: RejectsWriter
    let progress: (@Sendable (ImportProgress) -> Void)?
}

extension FormatContext {
    /// The writing half every row format shares: `read` runs on its own thread (see `RowPipeline`), and
    /// each batch of checked rows is stored or rejected here, inside the file's transaction.
    func importRows(reading read: @escaping @Sendable (String, RecordKind, Instant, ReadMeter, RowEmitter) throws -> Void) throws -> FormatOutcome {
        let sink = RowSink(kind: kind, transaction: transaction, rejects: rejects)
        var warnings: [String] = []
        let (path, kind, now) = (path, kind, now)
        let meter = ReadMeter()
        var reporter = progress.map { ProgressReporter(path: path, meter: meter, report: $0) }
        try RowPipeline.run(produce: { emitter in try read(path, kind, now, meter, emitter) }) { event in
            switch event {
            case .header(let raw, let unknown):
                rejects.setHeader(raw)
                warnings += UnknownColumns.warnings(unknown, word: "column", kind: kind)
            case .warning(let text):
                warnings.append(text)
            case .rows(let rows):
                try sink.take(rows)
                reporter?.rowsTaken(sink.counts.total)
            }
        }
        reporter?.finished(sink.counts.total)
        try sink.finishSnapshot()
        return FormatOutcome(counts: sink.counts, warnings: warnings, samples: sink.samples, forces: sink.forces)
    }
}

/// What a format's reader found.
struct FormatOutcome {
    var counts: ImportCounts
    var warnings: [String]
    var samples: [String]
    var crimesPlaced: Int?
    /// The forces of the records stored, in the order first met.
    var forces: [Force] = []
}
