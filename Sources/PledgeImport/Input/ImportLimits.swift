import PledgeCore

/// How much of a file the importer holds at once, whatever the file: memory stays flat for a 2 GiB line
/// of NUL bytes as for a million good rows (docs/records.md, "Limits").
package enum ImportLimits {
    /// The most bytes one row may take: a CSV record (quoted line breaks included) or an NDJSON line,
    /// without its line ending. A longer row is rejected without being read whole; a longer header fails
    /// the file.
    package static let maxLineBytes = 1 << 20
    /// The most bytes of a row's raw text one batch of checked rows carries between the reading and the
    /// writing thread, besides its count of rows (`RowEmitter`).
    static let maxBatchBytes = 4 << 20
    /// The most bytes of one GeoJSON feature (its text without insignificant spaces).
    static let maxFeatureBytes = 64 << 20
    /// How deep lists and objects may nest in a JSON row or GeoJSON file (a boundary needs 8 levels).
    static let maxJSONDepth = 64

    /// The reason for a row longer than `maxLineBytes`, quoting how it starts.
    static func tooLong(_ start: UnsafeRawBufferPointer) -> String {
        "the row is longer than \(Thousands.text(maxLineBytes)) bytes, the most a row may take: not read, and not copied to the rejects file; it starts \(QuotedValue.quote(start, showingLength: false))"
    }
}
