import PledgeCore

/// How to import files.
public struct ImportOptions: Sendable {
    /// The kind of every file, when given; otherwise each file's kind is told from its header.
    public var kind: RecordKind?
    /// Import nothing from a file that has any rejected row.
    public var strict: Bool
    /// Where rejects files go; by default beside each input file.
    public var rejectsDirectory: String?
    /// Months to declare covered for each file's kind (`--covers`).
    public var covers: CoverageDeclaration?
    /// Told how each file's import is going, a few times a second at most, on the importing thread.
    public var progress: (@Sendable (ImportProgress) -> Void)?

    public init(
        kind: RecordKind? = nil, strict: Bool = false, rejectsDirectory: String? = nil, covers: CoverageDeclaration? = nil,
        progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) {
        self.kind = kind
        self.strict = strict
        self.rejectsDirectory = rejectsDirectory
        self.covers = covers
        self.progress = progress
    }
}

/// Months an import declares covered for its file's kind of record: months the force genuinely had none
/// of them in, so that figures count those months (as meeting nothing) instead of leaving them out. The
/// force is the file's own (every force its records name), or `force` for a file with no records.
public struct CoverageDeclaration: Sendable {
    public let months: [YearMonth]
    public let force: Force?

    public init(months: [YearMonth], force: Force?) {
        self.months = months
        self.force = force
    }
}
