import Foundation

/// Splits a migration's SQL into its statements: at each `;` outside quotes ('…', "…"), dollar quotes
/// ($$…$$) and `--` comments. Enough for the migrations we write, which are plain DDL and DO blocks.
enum SQLStatements {
    static func split(_ sql: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var quote: Character?
        var inDollar = false
        var inComment = false
        var previous: Character = " "
        for character in sql {
            current.append(character)
            if inComment {
                if character == "\n" { inComment = false }
            } else if inDollar {
                if character == "$", previous == "$" { inDollar = false; previous = " "; continue }
            } else if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "-", previous == "-" {
                inComment = true
            } else if character == "$", previous == "$" {
                inDollar = true
                previous = " "
                continue
            } else if character == ";" {
                current.removeLast()
                statements.append(current)
                current = ""
            }
            previous = character
        }
        statements.append(current)
        return statements.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty && !isOnlyComments($0) }
    }

    private static func isOnlyComments(_ text: String) -> Bool {
        text.split(separator: "\n").allSatisfy {
            $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") || $0.trimmingCharacters(in: .whitespaces).isEmpty
        }
    }
}
