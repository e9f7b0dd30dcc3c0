import Foundation
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// One store under test, opened empty, with a folder for fixture files and the real `Importer` on the
/// fixed clock, wired as the CLI wires them. Everything goes through `any PledgeStore`: no test of the
/// contract may look inside a store.
struct ContractHarness: Sendable {
    let opened: OpenedStore
    /// Fixture files and their rejects files.
    let files: TemporaryDirectory
    let importer: Importer

    var store: any PledgeStore { opened.store }

    /// Opens a new empty store of the kind under test.
    static func open(_ under: StoreUnderTest, now: Instant = FixedClock.now) async throws -> ContractHarness {
        let opened = try await under.open()
        return ContractHarness(
            opened: opened, files: try TemporaryDirectory(prefix: "pledgewatch-contract"), importer: Importer(store: opened.store, now: { now }))
    }

    /// Writes a fixture file and returns its path.
    @discardableResult
    func write(_ text: String, name: String) throws -> String {
        try FixtureFile.write(text, to: files.path(name))
    }

    /// Imports files in one run, as `pledgewatch import` does (off the cooperative pool: importing blocks).
    func importFiles(_ paths: [String], options: ImportOptions = ImportOptions()) async throws -> [FileImportReport] {
        await importer.importFilesOffThePool(paths, options: options)
    }

    /// Imports one existing file.
    func importFile(_ path: String, kind: RecordKind? = nil, strict: Bool = false) async throws -> FileImportReport {
        let reports = try await importFiles([path], options: ImportOptions(kind: kind, strict: strict))
        guard reports.count == 1 else { throw ContractError("expected one import report, got \(reports.count)") }
        return reports[0]
    }

    /// Writes `text` to `name` and imports that one file.
    func importText(_ text: String, name: String, kind: RecordKind? = nil, strict: Bool = false) async throws -> FileImportReport {
        try await importFile(try write(text, name: name), kind: kind, strict: strict)
    }

    /// Imports a fixture that must go in whole: every row (every line after the header, or `rows`)
    /// inserted, none rejected.
    @discardableResult
    func importClean(_ text: String, name: String, rows: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation) async throws
        -> FileImportReport
    {
        let report = try await importText(text, name: name)
        let rows = rows ?? text.split(separator: "\n").count - 1
        try #require(
            report.isClean && report.kept && report.counts == ImportCounts(inserted: rows),
            "\(name): \(report.error ?? "") \(report.counts) \(report.sampleRejections)", sourceLocation: sourceLocation)
        return report
    }

    /// The store's facts for Leicestershire (or `force`) over `[from, to)`.
    func facts(_ force: Force = Contract.leicestershire, from: String, to: String) async throws -> IndicatorFacts {
        try await store.indicatorFacts(force: force, from: Contract.at(from), to: Contract.at(to))
    }

    /// Everything an import may change that the protocol shows without naming a record: the holdings and
    /// the data version.
    func snapshot() async throws -> Snapshot {
        Snapshot(holdings: try await store.status().holdings, dataVersion: try await store.dataVersion())
    }

    struct Snapshot: Equatable {
        let holdings: [StoreStatus.Holding]
        let dataVersion: Int64
    }
}

/// Names and helpers the contract tests share.
enum Contract {
    static let leicestershire = ForceCatalogue.force(id: "leicestershire")!
    static let northamptonshire = ForceCatalogue.force(id: "northamptonshire")!
    static let metropolitan = ForceCatalogue.force(id: "metropolitan")!
    static let london = ZoneRulesCache.rules(for: "Europe/London")!

    /// An ISO 8601 time (`2009-01-10T12:00:00Z`) as an instant, read by Foundation (an oracle independent of
    /// the importer's parser).
    static func at(_ text: String) -> Instant { Instant(microseconds: utcMicroseconds(text)) }

    /// The report window of a period of a force in London's zone, as of the fixed clock.
    static func window(_ period: String, now: Instant = FixedClock.now) -> ReportWindow {
        ReportWindow(period: Period(period)!, zone: london, now: now)
    }

    /// A CSV file: the header, then each row, each line ended.
    static func csv(_ header: String, _ rows: [String]) -> String {
        ([header] + rows).map { $0 + "\n" }.joined()
    }

    /// A record as the importer's validator makes it from named fields (for writing through an
    /// `ImportTransaction` directly).
    static func record(_ kind: RecordKind, _ fields: [String: String], now: Instant = FixedClock.now) throws -> ValidatedRecord {
        let validator = RecordValidator(kind: kind, now: now)
        var bytes: [UInt8] = []
        let ranges = validator.schema.fields.map { spec -> Range<Int>? in
            guard let text = fields[spec.name] else { return nil }
            let start = bytes.count
            bytes += text.utf8
            return start..<bytes.count
        }
        let result = bytes.withUnsafeBytes { buffer in
            validator.validate { index in ranges[index].map { UnsafeRawBufferPointer(rebasing: buffer[$0]) } }
        }
        return try result.get()
    }
}

struct ContractError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
