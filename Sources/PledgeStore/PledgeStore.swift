import PledgeCore

/// Where Pledgewatch keeps a force's records. Every adapter (CLI, HTTP) sees only this protocol; the
/// embedded SQLite store and, later, PostgreSQL implement it. Methods are shaped by use cases, not SQL.
public protocol PledgeStore: AuthorityStore {
    /// The forces the store knows: the built-in 43.
    func forces() async throws -> [Force]

    /// What the store holds: per force and kind, how many records and the time they span.
    func status() async throws -> StoreStatus

    /// What the indicator engine needs for one force: its neighbourhoods, and every record whose start
    /// instant lies in `[from, to)` (postings: every posting; victims: with all their updates).
    func indicatorFacts(force: Force, from: Instant, to: Instant) async throws -> IndicatorFacts

    /// The neighbourhoods of `force`, or of every force when nil, by force and id.
    func neighbourhoodProfiles(force: Force?) async throws -> [NeighbourhoodProfile]

    /// The neighbourhood boundaries of `force`, or of every force when nil, by force and id.
    func boundaries(force: Force?) async throws -> [Boundary]

    /// One neighbourhood with its boundary, every team posting, engagement, priority and monthly update;
    /// nil when the force has no such neighbourhood.
    func neighbourhoodDetail(force: Force, id: String) async throws -> NeighbourhoodDetail?

    /// The months with crimes placed in the neighbourhood, latest first.
    func crimeMonths(force: Force, neighbourhood: String) async throws -> [YearMonth]

    /// The crimes placed in the neighbourhood in `month`.
    func streetCrimes(force: Force, neighbourhood: String, month: YearMonth) async throws -> [StreetCrime]

    /// Crimes as police.uk's street-level routes publish them, each with its force, number and persistent id.
    func publishedCrimes(_ query: PublishedCrimeQuery) async throws -> [StreetCrime]

    /// Every month with crimes, of any force, latest first.
    func publishedCrimeMonths() async throws -> [YearMonth]

    /// The crime types (as the street CSV names them) that crimes of `month`, of any force, have.
    func crimeTypes(month: YearMonth) async throws -> [String]

    /// Brings data the store derives from the records (packed call facts) up to date after imports. Figures
    /// are the same without it, only slower to compute: readers never trust derived data that an import
    /// has made stale. Blocking: call it off any event loop.
    func refreshDerivedData() throws

    /// Every assessment entry recorded for the force and period (its label, e.g. `2008/09`), oldest first.
    func assessmentEntries(force: Force, period: String) async throws -> [AssessmentEntry]

    /// Keeps the entries, all or none, in one transaction; earlier entries stay as history.
    func recordAssessment(force: Force, period: String, entries: [AssessmentEntry]) async throws

    /// A number that changes whenever any stored record may have changed (every committed import moves
    /// it on), so that anything computed from the records can tell whether it is still true.
    func dataVersion() async throws -> Int64

    /// A rendered report kept for `request`, if it was computed from `dataVersion`.
    func cachedReport(force: Force, request: String, dataVersion: Int64) async throws -> [UInt8]?

    /// Keeps a rendered report for repeat requests.
    func keepReport(force: Force, request: String, dataVersion: Int64, body: [UInt8]) async throws

    /// Imports one file in one transaction. `body` validates and writes the file's rows through the
    /// transaction it is given and says whether to commit; a thrown error or `.rollBack` leaves the store
    /// exactly as it was. Blocking: call it off any event loop.
    func importFile<Result>(
        _ file: ImportFileInfo, _ body: (any ImportTransaction) throws -> (Result, ImportDecision)
    ) throws -> Result

    /// The import of a file with these contents (`ImportFileInfo.digest`) whose every row the store still
    /// holds as that import left it, and which rejected none: importing the file again would change nothing.
    /// Nil when there is none. Blocking, like `importFile`.
    func currentImport(digest: String) throws -> PriorImport?
}

/// A committed import whose rows are all still as it stored them (no later import has seen or changed any).
public struct PriorImport: Sendable, Equatable {
    public let id: Int64
    public let kind: RecordKind
    public let startedAt: Instant
    /// The rows it stored (inserted, updated or found unchanged).
    public let rows: Int

    public init(id: Int64, kind: RecordKind, startedAt: Instant, rows: Int) {
        self.id = id
        self.kind = kind
        self.startedAt = startedAt
        self.rows = rows
    }
}

/// One force's month: what a police.uk street-level crime file is a complete snapshot of.
public struct ForceMonth: Hashable, Sendable {
    public let force: Force
    public let month: YearMonth

    public init(force: Force, month: YearMonth) {
        self.force = force
        self.month = month
    }
}

/// Which crimes `publishedCrimes` reads.
public enum PublishedCrimeQuery: Sendable, Hashable {
    /// The crimes of `month` whose imported point lies within `bounds` (callers keep those whose published
    /// map point lies in their area).
    case within(GeoBounds, month: YearMonth)
    /// The force's crimes of `month` that have no point.
    case withoutLocation(Force, month: YearMonth)
    /// The crime with this published persistent id, if any.
    case persistentID(String)
}

/// What is recorded about an import as it starts.
public struct ImportFileInfo: Sendable {
    public let kind: RecordKind
    /// The file's path as given.
    public let source: String
    /// When the import started (the injected clock).
    public let startedAt: Instant
    /// The SHA-256 of the file's bytes, in hex: how a file imported before is recognised without reading it.
    public let digest: String?

    public init(kind: RecordKind, source: String, startedAt: Instant, digest: String? = nil) {
        self.kind = kind
        self.source = source
        self.startedAt = startedAt
        self.digest = digest
    }
}

/// Whether an import's transaction is kept.
public enum ImportDecision: Sendable {
    case commit(ImportCounts)
    case rollBack
}

/// The rows of one file by what became of them.
public struct ImportCounts: Hashable, Sendable {
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    public var rejected = 0
    /// Stored records the file replaced by leaving them out: the crimes of a force-month that a police.uk
    /// file, a complete snapshot of its force-months, no longer holds. Not rows of the file.
    public var removed = 0

    public init(inserted: Int = 0, updated: Int = 0, unchanged: Int = 0, rejected: Int = 0, removed: Int = 0) {
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
        self.rejected = rejected
        self.removed = removed
    }

    /// Rows read from the file.
    public var total: Int { inserted + updated + unchanged + rejected }
}

/// What storing one record did.
public enum UpsertOutcome: Sendable, Equatable {
    /// The key was new.
    case inserted
    /// The key existed with different values, which were replaced.
    case updated
    /// The key existed with the same values.
    case unchanged
    /// The key was already written earlier in this same file: the row must be rejected.
    case duplicateInFile
}

/// The open transaction of one file's import.
public protocol ImportTransaction: RecordLookup {
    /// Stores records in order, each replacing the stored record with the same key. Returns what
    /// happened to each, in the same order: a record the schema refuses is a `RowProblem` for that row
    /// alone; any other failure throws, and the file's transaction is abandoned.
    func upsert(_ records: [ValidatedRecord]) throws -> [Result<UpsertOutcome, RowProblem>]

    /// Stores a neighbourhood's boundary, replacing an earlier one.
    func upsert(_ boundary: Boundary) throws -> UpsertOutcome

    /// The force's stored boundaries, to place crimes in neighbourhoods.
    func boundaries(of force: Force) throws -> [Boundary]

    /// Removes the stored crimes of each force-month in `snapshot` that this import has neither written
    /// nor seen unchanged: a police.uk street-level file is the complete list of its force-months' crimes,
    /// so one it no longer holds was withdrawn or corrected (an anti-social behaviour row, keyed by its
    /// content, gets a new key when corrected). Call it after every row of the file is stored. Returns how
    /// many crimes were removed.
    func removeCrimes(notIn snapshot: Set<ForceMonth>) throws -> Int

    /// Places every stored crime of the force in the neighbourhood whose boundary holds its point (after
    /// boundaries change). Returns how many crimes changed neighbourhood.
    func placeCrimes(of force: Force, in boundaries: BoundaryIndex) throws -> Int

    /// Declares `months` covered for the force's records of `kind`: months the force genuinely had none
    /// of them in, which its figures then count (`import --covers`). Declaring a month again changes nothing.
    func declareCovered(force: Force, kind: RecordKind, months: [YearMonth]) throws
}
