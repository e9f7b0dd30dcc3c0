import PledgeCore
import PledgeStore

/// What became of one file: the same report is printed by the CLI and, later, shown on a page.
public struct FileImportReport: Sendable {
    public let path: String
    public internal(set) var kind: RecordKind?
    public internal(set) var format: InputFormat?
    public internal(set) var gzip = false
    public internal(set) var counts = ImportCounts()
    /// Things worth knowing that did not stop the import (unknown columns, an empty file).
    public internal(set) var warnings: [String] = []
    /// The first rejected rows, as `line N: field: reason` (all of them are in the rejects file).
    public internal(set) var sampleRejections: [String] = []
    /// Where rejected rows were written, when any were.
    public internal(set) var rejectsPath: String?
    /// Whether the file's rows were kept (false after an error, or with --strict and a rejected row).
    public internal(set) var kept = false
    /// Why the file could not be imported at all.
    public internal(set) var error: String?
    /// After a boundaries import: how many stored crimes moved to another neighbourhood.
    public internal(set) var crimesPlaced: Int?
    /// The earlier import of the same bytes whose rows the store still holds as it left them: the file was
    /// not read again, and nothing changed.
    public internal(set) var unchangedSince: PriorImport?

    init(path: String) { self.path = path }

    /// Whether the file was imported whole: kept, with nothing rejected.
    public var isClean: Bool { error == nil && counts.rejected == 0 }
}
