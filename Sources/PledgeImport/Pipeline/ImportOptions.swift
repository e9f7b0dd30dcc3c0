import PledgeCore

/// How to import files.
public struct ImportOptions: Sendable {
    /// The kind of every file, when given; otherwise each file's kind is told from its header.
    public var kind: RecordKind?
    /// Import nothing from a file that has any rejected row.
    public var strict: Bool
    /// Where rejects files go; by default beside each input file.
    public var rejectsDirectory: String?

    public init(kind: RecordKind? = nil, strict: Bool = false, rejectsDirectory: String? = nil) {
        self.kind = kind
        self.strict = strict
        self.rejectsDirectory = rejectsDirectory
    }
}
