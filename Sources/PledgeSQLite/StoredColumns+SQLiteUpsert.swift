import PledgeCore
import PledgeStore

/// The SQL of SQLite's upsert for a kind's stored columns (`StoredColumns`, which every store with tables
/// shares): bound in `columns` order, replacing on `key`.
extension StoredColumns {
    /// One `INSERT … ON CONFLICT DO NOTHING` for `rows` records at once: the import id is `?1`, then
    /// each row's columns in order.
    func insertMany(rows: Int) -> String {
        insert((0..<rows).map { row in (0..<columns.count).map { "?\(2 + row * columns.count + $0)" } + ["?1", "?1", "?1"] })
    }

    /// `INSERT … VALUES tuples ON CONFLICT (key) DO NOTHING`, each tuple the columns then the three
    /// import ids.
    private func insert(_ tuples: [[String]]) -> String {
        let all = columns + ["created_import", "changed_import", "seen_import"]
        let values = tuples.map { "(" + $0.joined(separator: ", ") + ")" }.joined(separator: ", ")
        return """
            INSERT INTO \(Self.quoted(table)) (\(all.map(Self.quoted).joined(separator: ", "))) VALUES \(values) \
            ON CONFLICT (\(key.map(Self.quoted).joined(separator: ", "))) DO NOTHING
            """
    }

    private static func quoted(_ name: String) -> String { "\"\(name)\"" }

    /// The three statements of an upsert, tried in turn (see `UpsertStatement`).
    var statements: (insert: String, update: String, touch: String) {
        let q = Self.quoted
        let data = columns.filter { !key.contains($0) }
        let keyMatch = key.map { "\(q($0)) = ?\(columns.firstIndex(of: $0)! + 1)" }.joined(separator: " AND ")
        let importParameter = "?\(columns.count + 1)"
        let differs = data.map { "\(q($0)) IS NOT ?\(columns.firstIndex(of: $0)! + 1)" }.joined(separator: " OR ")
        let assignments = data.map { "\(q($0)) = ?\(columns.firstIndex(of: $0)! + 1)" }
        let insert = insert([(1...columns.count).map { "?\($0)" } + [importParameter, importParameter, importParameter]])
        let update = """
            UPDATE \(q(table)) SET \((assignments + ["changed_import = \(importParameter)", "seen_import = \(importParameter)"]).joined(separator: ", ")) \
            WHERE \(keyMatch) AND seen_import <> \(importParameter) AND (\(differs.isEmpty ? "0" : differs))
            """
        let touch = """
            UPDATE \(q(table)) SET seen_import = \(importParameter) WHERE \(keyMatch) AND seen_import <> \(importParameter)
            """
        return (insert, update, touch)
    }
}
