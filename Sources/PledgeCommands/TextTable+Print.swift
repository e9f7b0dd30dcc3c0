import PledgeOutput

extension TextTable {
    /// Prints the table (`render`) to standard output.
    static func print(header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
        Swift.print(render(header: header, rows: rows, rightAligned: rightAligned), terminator: "")
    }
}
