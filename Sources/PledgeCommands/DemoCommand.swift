import ArgumentParser
import Foundation
import PledgeCore
import PledgeGenerate
import PledgeImport
import PledgeStore

/// `pledgewatch demo`: generate Leicestershire 2008/09 when it is not there yet, import it, show the store,
/// then serve the website on it until stopped.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Generate Leicestershire's 2008/09 records (once), import them, show what the store holds, and serve the website on them.")

    @Flag(name: .customLong("serve"), inversion: .prefixedNo, help: "Serve the website on the demo store once it is imported.")
    var serve = true

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp("Where the demo files are kept.", valueName: "dir"))
    var out: String = "generated/leicestershire-2008"

    @OptionGroup var store: StoreOptions

    func run() async throws {
        // Before a minute of generating and importing, not after it.
        if serve { try PortCheck.ensureFree(host: site.host, port: site.port) }
        let manifest = "\(out)/manifest.json"
        if !FileManager.default.fileExists(atPath: manifest) {
            print("generating leicestershire-2008 into \(out) …")
            _ = try Generator.run(
                GenerateOptions(
                    profile: Profile.named("leicestershire-2008")!, period: Period("2008/09")!, directory: out,
                    wrote: GenerateCommand.wroteLine(since: Date())))
        }
        let files = try ImportSources.files([out])
        print("importing \(files.count) files into \(store.displayLocation) …")
        let importer = Importer(store: try await store.open(), now: SystemClock.now)
        let progress = ProgressPrinter()
        let reports = await importer.importFilesOffThePool(files, options: ImportOptions(progress: progress.handler))
        progress.finish()
        for report in reports { ImportReportPrinter.print(report) }
        if reports.contains(where: { $0.error != nil }) { throw ExitCode(1) }
        print("")
        let opened = try await store.open()
        try await StatusCommand.show(try await opened.status())
        guard serve else { return }
        print("")
        print("serving the demo on http://\(site.host):\(site.port)/ as of 31 March 2009 (stop with Ctrl-C) …")
        // The demo year ends on 31 March 2009: the site shows it as it stood then, unless --as-of says otherwise.
        try await site.serve(opened, asOf: LocalDate(year: 2009, month: 3, day: 31)!)
    }
}
