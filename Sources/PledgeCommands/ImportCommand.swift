import ArgumentParser
import Foundation
import PledgeCore
import PledgeImport
import PledgeStore

/// `pledgewatch import FILE…`
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import record files (CSV, gzip CSV, NDJSON, GeoJSON boundaries, police.uk crime CSV).",
        discussion: """
            Each file is imported in one transaction, reference records (neighbourhoods, boundaries, \
            team) before the events that name them. A row that breaks the record contract is rejected \
            with its line, column and reason, and written as it was, with a `reason` column, to \
            NAME.rejects.csv (or .ndjson) beside the file or in --rejects DIR. The file's other rows are \
            imported. Importing the same file again changes nothing.

            Exit status: 0 every row imported; 3 some rows were rejected; 1 a file could not be imported.
            """)

    @Argument(
        help: ArgumentHelp(
            "Files to import, or a folder `pledgewatch generate` wrote (imported through its manifest.json).", valueName: "file-or-folder"))
    var files: [String]

    @Option(
        help: ArgumentHelp(
            "The kind of records in every file (default: told from each file's header).",
            discussion: "One of: \(RecordKind.allCases.map(\.name).joined(separator: ", ")).", valueName: "kind"))
    var kind: String?

    @Flag(help: "Import nothing from a file that has any rejected row.")
    var strict = false

    @Option(help: ArgumentHelp("Write rejects files to this folder instead of beside each file.", valueName: "dir"))
    var rejects: String?

    @Option(
        help: ArgumentHelp(
            "Declare these months covered for each file's kind: months with genuinely none of its records.",
            discussion: """
                A month with no records of a kind is left out of that kind's figures, never read as a month \
                when nothing was done. A force that truly had none (no public meetings in August, say) \
                declares it, and the month then counts. Months as 2008-04..2009-03, or a period (2008/09, \
                2009-Q2, 2008-08). The months are declared for every force the file's records name, and for \
                --force (needed when a file holds only a header).
                """, valueName: "months"))
    var covers: String?

    @Option(help: ArgumentHelp("With --covers: the force the months are declared for.", valueName: "force"), transform: ForceChoice.parse)
    var force: Force?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let kind, RecordKind(name: kind) == nil {
            throw ValidationError(
                "'\(kind)' is not a record kind; use one of \(RecordKind.allCases.map(\.name).joined(separator: ", "))")
        }
        if let covers, Period.months(named: covers) == nil {
            throw ValidationError("--covers '\(covers)' names no months; give a range such as 2008-04..2009-03, or a period such as 2008/09")
        }
        if force != nil, covers == nil { throw ValidationError("--force is used only with --covers") }
    }

    func run() async throws {
        let importer = Importer(store: try await store.open(), now: SystemClock.now)
        let declaration = covers.flatMap(Period.months(named:)).map { CoverageDeclaration(months: $0, force: force) }
        let progress = ProgressPrinter()
        let options = ImportOptions(
            kind: kind.flatMap(RecordKind.init(name:)), strict: strict, rejectsDirectory: rejects, covers: declaration, progress: progress.handler)
        let reports = await importer.importFilesOffThePool(try ImportSources.files(files), options: options)
        progress.finish()
        for report in reports { ImportReportPrinter.print(report) }
        if reports.contains(where: { $0.error != nil }) { throw ExitCode(1) }
        if reports.contains(where: { $0.counts.rejected > 0 }) { throw ExitCode(3) }
    }
}
