import ArgumentParser
import Foundation
import PledgeCore
import PledgeImport
import PledgeStore

/// Prints an import report for a person at a terminal.
enum ImportReportPrinter {
    static func print(_ report: FileImportReport) {
        let kind = report.kind?.name ?? "unknown kind"
        let format = (report.format?.rawValue.uppercased() ?? "?") + (report.gzip ? ", gzip" : "")
        if let error = report.error {
            FileHandle.standardError.write(Data("\(report.path): error: \(error); nothing from this file was imported\n".utf8))
            return
        }
        let c = report.counts
        Swift.print("\(report.path) (\(kind), \(format))")
        if report.kept {
            Swift.print(
                "  \(number(c.total)) rows: \(number(c.inserted)) inserted, \(number(c.updated)) updated, "
                    + "\(number(c.unchanged)) unchanged, \(number(c.rejected)) rejected")
        } else {
            Swift.print(
                "  nothing imported (--strict): \(number(c.rejected)) of \(number(c.total)) rows were rejected; "
                    + "without --strict \(number(c.inserted)) would have been inserted, \(number(c.updated)) updated")
        }
        if let placed = report.crimesPlaced, placed > 0 { Swift.print("  \(number(placed)) crimes placed in new boundaries") }
        for warning in report.warnings { Swift.print("  warning: \(warning)") }
        if let path = report.rejectsPath {
            Swift.print("  rejected rows are in \(path); the first:")
            for sample in report.sampleRejections { Swift.print("    \(sample)") }
        }
    }

    static func number(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }
}
