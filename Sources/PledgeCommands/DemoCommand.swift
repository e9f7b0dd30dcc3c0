import ArgumentParser
import Foundation
import PledgeCore
import PledgeGenerate
import PledgeImport
import PledgeStore

/// `pledgewatch demo`: generate Leicestershire 2008/09 when it is not there yet, import it, show the store.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Generate Leicestershire's 2008/09 records (once), import them and show what the store holds.")

    @Option(help: ArgumentHelp("Where the demo files are kept.", valueName: "dir"))
    var out: String = "generated/leicestershire-2008"

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let manifest = "\(out)/manifest.json"
        if !FileManager.default.fileExists(atPath: manifest) {
            print("generating leicestershire-2008 into \(out) …")
            _ = try Generator.run(
                GenerateOptions(profile: Profile.named("leicestershire-2008")!, period: Period("2008/09")!, directory: out))
        }
        let listed = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: manifest)))
        print("importing \(listed.files.count) files into \(store.location) …")
        let reports = Importer(store: try store.open(), now: SystemClock.now).importFiles(listed.files.map { "\(out)/\($0)" })
        for report in reports { ImportReportPrinter.print(report) }
        if reports.contains(where: { $0.error != nil }) { throw ExitCode(1) }
        print("")
        try await StatusCommand.show(try await store.open().status())
    }
}
