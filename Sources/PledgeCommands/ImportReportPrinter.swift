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
        if let prior = report.unchangedSince {
            Swift.print("  unchanged since it was imported: its \(Thousands.text(prior.rows)) rows are all still as it stored them; nothing to do")
            return
        }
        if report.kept {
            Swift.print(
                "  \(Thousands.text(c.total)) rows: \(Thousands.text(c.inserted)) inserted, \(Thousands.text(c.updated)) updated, "
                    + "\(Thousands.text(c.unchanged)) unchanged, \(Thousands.text(c.rejected)) rejected")
        } else {
            Swift.print(
                "  nothing imported (--strict): \(Thousands.text(c.rejected)) of \(Thousands.text(c.total)) rows were rejected; "
                    + "without --strict \(Thousands.text(c.inserted)) would have been inserted, \(Thousands.text(c.updated)) updated")
        }
        if c.removed > 0 {
            Swift.print(
                "  \(Thousands.text(c.removed)) stored crime\(c.removed == 1 ? "" : "s") of the file's force-months removed: the file no longer holds them"
            )
        }
        if let placed = report.crimesPlaced, placed > 0 { Swift.print("  \(Thousands.text(placed)) crimes placed in new boundaries") }
        for warning in report.warnings { Swift.print("  warning: \(warning)") }
        if let path = report.rejectsPath {
            Swift.print("  rejected rows are in \(path); the first:")
            for sample in report.sampleRejections { Swift.print("    \(sample)") }
        }
    }

}
