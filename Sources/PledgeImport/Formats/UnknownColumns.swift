import PledgeCore

/// The columns (CSV) or fields (NDJSON) of a file that its kind does not name: each is reported once as
/// a warning and ignored, the first few by name and the rest in one summary, so that a file of 50,000
/// stray columns gives six lines, not 50,000.
struct UnknownColumns {
    /// How many are named one warning each.
    static let named = 5
    /// How many bytes of distinct names are remembered, to report each once; past it, new names are only
    /// counted (an NDJSON file may name new fields on every line).
    static let rememberedBytes = 4 << 20

    private let word: String
    private let kind: RecordKind
    private var seen = Set<String>()
    private var seenBytes = 0
    private var more = 0
    private var countingStopped = false

    /// `word` is what the file calls them: `column` or `field`.
    init(word: String, kind: RecordKind) {
        self.word = word
        self.kind = kind
    }

    /// Notes a name; returns the warning to give now, for the first `named` names.
    mutating func note(_ name: String) -> String? {
        guard !seen.contains(name) else { return nil }
        guard seenBytes + name.utf8.count <= Self.rememberedBytes else {
            countingStopped = true
            return nil
        }
        seen.insert(name)
        seenBytes += name.utf8.count
        guard seen.count <= Self.named else {
            more += 1
            return nil
        }
        return "\(word) \(QuotedValue.quote(name)) is not part of \(kind.name) records: ignored"
    }

    /// The one warning for the names not given one of their own, when there were any.
    var summary: String? {
        guard more > 0 || countingStopped else { return nil }
        let count = Thousands.text(more)
        return "and \(countingStopped ? "more than \(count) other" : "\(count) more") \(word)s not part of \(kind.name) records: ignored"
    }

    /// Every warning for a list of names at once (a CSV header).
    static func warnings(_ names: [String], word: String, kind: RecordKind) -> [String] {
        var unknown = UnknownColumns(word: word, kind: kind)
        return names.compactMap { unknown.note($0) } + [unknown.summary].compactMap { $0 }
    }
}
