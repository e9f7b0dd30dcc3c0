import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// One record kind's table-driven check: a CSV with one good row and rows that each break one rule.
struct KindCase: Sendable, CustomTestStringConvertible {
    let kind: RecordKind
    let header: String
    /// A valid row, and the column (with its value) to find it by in the store.
    let good: String
    let lookup: (column: String, value: String)
    /// Stored column → value the good row must have (checked against the SQLite file).
    let stored: [String: DatabaseValue]
    /// Rows that must be rejected, each with the field its reason must name and a word of the reason.
    let rejected: [Rejection]
    /// Neighbourhood ids of leicestershire to import first.
    var neighbourhoods: [String] = ["NC04", "RU01"]
    /// A file to import before this one (victims before victim_updates), as (name, CSV).
    var before: (name: String, text: String)?

    struct Rejection: Sendable {
        let row: String
        /// The field named in the reason, or nil for a reason about the whole row.
        let field: String?
        let says: String
        /// What the rule is, for the test's failure messages.
        let rule: String
    }

    var testDescription: String { kind.name }

    /// Imports the case and checks every row: the good one stored with the right values, the rest
    /// rejected with line, field and reason, and not stored.
    func run() throws {
        let harness = try ImportHarness(neighbourhoods: neighbourhoods)
        if let before {
            let report = try harness.importText(before.text, name: before.name)
            try #require(report.isClean, "importing \(before.name) first: \(report.error ?? "\(report.sampleRejections)")")
        }
        let table = RecordSchema.of(kind).table
        let storedBefore = try harness.count(table)
        let text = ([header, good] + rejected.map(\.row)).joined(separator: "\n") + "\n"
        let report = try harness.importText(text, name: "\(kind.name).csv", kind: kind)

        #expect(report.error == nil)
        #expect(report.kind == kind)
        #expect(report.counts.inserted == 1)
        #expect(report.counts.rejected == rejected.count)
        #expect(report.sampleRejections.count == rejected.count)
        #expect(try harness.count(table) == storedBefore + 1, "only the good row is stored")

        let record = try #require(try harness.record(table, lookup.column, lookup.value), "the good row is stored")
        for (column, expected) in stored.sorted(by: { $0.key < $1.key }) {
            #expect(record[column] == expected, "\(kind.name).\(column)")
        }
        for (offset, rejection) in rejected.enumerated() {
            let line = offset + 3
            let sample = report.sampleRejections.indices.contains(offset) ? report.sampleRejections[offset] : ""
            let prefix = "line \(line): " + (rejection.field.map { "\($0): " } ?? "")
            #expect(sample.hasPrefix(prefix), "\(rejection.rule): \(sample)")
            #expect(sample.contains(rejection.says), "\(rejection.rule): \(sample)")
        }
    }
}

extension KindCase.Rejection {
    init(_ row: String, field: String?, says: String, _ rule: String) {
        self.init(row: row, field: field, says: says, rule: rule)
    }
}

/// Shorthands for expected stored values.
func text(_ value: String) -> DatabaseValue { value.databaseValue }
func int(_ value: Int64) -> DatabaseValue { value.databaseValue }
func real(_ value: Double) -> DatabaseValue { value.databaseValue }
/// An instant as stored: microseconds since the epoch, from an ISO 8601 UTC/offset time.
func instant(_ utc: String) -> DatabaseValue { utcMicroseconds(utc).databaseValue }
let null = DatabaseValue.null
let leicestershire = int(Int64(Fixtures.forceNumber))
