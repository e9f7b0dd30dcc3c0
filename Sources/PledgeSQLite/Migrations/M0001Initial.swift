import PledgeStore

/// Migration 0001: the forces, the import log and one table per record kind, as `FirstSchema` describes
/// them for both stores.
///
/// Frozen: once shipped, never edited. Later changes are new migrations. `FirstSchemaTests` pins the SQL,
/// so a change to `FirstSchema` or `SQLDialect` that would change a shipped migration fails the tests.
enum M0001Initial {
    static let name = "0001_initial"

    static let sql = FirstSchema.statements(in: .sqlite).joined(separator: "\n\n")
}
