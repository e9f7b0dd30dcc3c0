import ArgumentParser
import Foundation
import PledgeCore
import PledgeOutput
import PledgeStore

/// `pledgewatch authority sample`: the Authority's dip samples, drawn reproducibly for its reviewers.
struct AuthoritySampleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Dip samples: draw one for the reviewers, export it, import their findings, see the results.",
        discussion: """
            A sample is stratified by promise and local policing unit, each stratum getting its proportional \
            share, and drawn with a seed: the same records, size and seed always give the same sample. The \
            reviewers' file is CSV, sample,record_id,promise,unit,received_on,promise_kept,notes; they fill \
            in promise_kept (yes or no, blank when it cannot be said) and notes.
            """,
        subcommands: [
            AuthoritySampleDrawCommand.self, AuthoritySampleExportCommand.self, AuthoritySampleFindingsCommand.self,
            AuthoritySampleResultsCommand.self, AuthoritySampleListCommand.self,
        ])

    /// The force's sample named `name`, or an error saying how to find the names.
    static func find(_ name: String, force: Force, in store: any PledgeStore) async throws -> DipSample {
        guard let sample = try await store.dipSamples(force: force).first(where: { $0.name == name }) else {
            throw CommandFailure(
                "--name: \(force.name) has no dip sample named '\(name)'; see `pledgewatch authority sample list --force \(force.id)`")
        }
        return sample
    }
}

/// `pledgewatch authority sample draw`
struct AuthoritySampleDrawCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draw",
        abstract: "Draw a dip sample, keep it under its name, and write the reviewers' CSV.",
        discussion: """
            Kinds: complaints (stratified by the promise the complaint says was broken), dissatisfaction \
            (promise 10) and victims (promise 9), of records received or reported in the period. The CSV \
            goes to --out, or to standard output with the strata on standard error.
            """)

    @OptionGroup var force: AuthorityForce

    @Option(help: ArgumentHelp("The period whose records to sample.", valueName: "period"))
    var period: String

    @Option(help: ArgumentHelp("complaints, dissatisfaction or victims.", valueName: "kind"))
    var kind: String

    @Option(help: ArgumentHelp("How many records to draw (fewer when the period has fewer).", valueName: "n"))
    var size: Int

    @Option(help: ArgumentHelp("The seed: the same seed draws the same sample.", valueName: "n"))
    var seed: UInt64

    @Option(help: ArgumentHelp("The sample's name, unique for the force (1–64 characters).", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("Write the reviewers' CSV to this file.", valueName: "file"))
    var out: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        try ReportSelection.check(period: period)
        guard DipSampleKind(rawValue: kind.lowercased()) != nil else {
            throw ValidationError("--kind: '\(kind)' is not a kind of sample (\(DipSampleKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard size >= 1 else { throw ValidationError("--size: give at least 1") }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed == name, name.count <= 64, !name.contains(where: { $0.isNewline || $0 == "\t" }) else {
            throw ValidationError("--name: '\(name)': give 1 to 64 characters, without surrounding spaces, tabs or line breaks")
        }
    }

    func run() async throws {
        let opened = try await store.openExisting()
        let window = try force.window(period: period, asOf: nil)
        guard let kind = DipSampleKind(rawValue: kind.lowercased()) else { throw CommandFailure("--kind: '\(kind)' is not a kind of sample") }
        guard try await !opened.sampleFrame(force: force.chosen, kind: kind, from: window.start, to: window.end).isEmpty else {
            throw CommandFailure("\(force.chosen.name) has no \(kind.rawValue) records in \(window.period.label) to sample; nothing was drawn")
        }
        let sample = try await Measurements(opened).drawDipSample(
            name: name, force: force.chosen, kind: kind, window: window, size: size, seed: seed, drawnAt: SystemClock.now())
        let summary = DipSamplePrinter.summary(sample)
        if let out {
            try AuthorityOutput.write(AuthoritySampleFile.csv(sample, zone: force.zone), to: out)
            print(summary + "wrote \(out)")
        } else {
            try AuthorityOutput.write(AuthoritySampleFile.csv(sample, zone: force.zone), to: nil)
            FileHandle.standardError.write(Data(summary.utf8))
        }
    }
}

/// `pledgewatch authority sample export`
struct AuthoritySampleExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write a dip sample's reviewers' CSV again, with the findings recorded so far.")

    @OptionGroup var force: AuthorityForce

    @Option(help: ArgumentHelp("The sample's name.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let sample = try await AuthoritySampleCommand.find(name, force: force.chosen, in: store.openExisting())
        try AuthorityOutput.write(AuthoritySampleFile.csv(sample, zone: force.zone), to: out)
    }
}

/// `pledgewatch authority sample findings`
struct AuthoritySampleFindingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "findings",
        abstract: "Record the reviewers' findings from a CSV file (record_id, promise_kept, notes; other columns ignored).",
        discussion: """
            promise_kept: yes/no, true/false, y/n or 1/0 in any case; blank when the reviewer could not say. \
            A row replaces the finding of its record; records not in the file keep theirs. Every bad row, \
            and every record id the sample does not hold, is reported with its line, and then nothing is kept.
            """)

    @OptionGroup var force: AuthorityForce

    @Option(help: ArgumentHelp("The sample's name.", valueName: "name"))
    var name: String

    @Argument(help: ArgumentHelp("The reviewers' file (CSV).", valueName: "file"))
    var file: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let opened = try await store.openExisting()
        let sample = try await AuthoritySampleCommand.find(name, force: force.chosen, in: opened)
        let findings = try AuthoritySampleFile.findings(file, for: sample)
        if case .failure(let unknown) = sample.applying(findings) {
            throw CommandFailure("\(file): not in the dip sample '\(name)': \(unknown.ids.joined(separator: ", ")); nothing was kept")
        }
        try await opened.recordFindings(force: force.chosen, sample: name, findings: findings)
        let kept = findings.count(where: { $0.kept == true })
        let notKept = findings.count(where: { $0.kept == false })
        print(
            "recorded \(findings.count) finding\(findings.count == 1 ? "" : "s") for '\(name)': \(kept) kept, \(notKept) not kept, \(findings.count - kept - notKept) could not say"
        )
    }
}

/// `pledgewatch authority sample results`
struct AuthoritySampleResultsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results", abstract: "A dip sample's findings so far: the share kept with its 95% Wilson interval, by promise and stratum.")

    @OptionGroup var force: AuthorityForce

    @Option(help: ArgumentHelp("The sample's name.", valueName: "name"))
    var name: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let sample = try await AuthoritySampleCommand.find(name, force: force.chosen, in: store.openExisting())
        print(DipSamplePrinter.results(sample, zone: try force.zone), terminator: "")
    }
}

/// `pledgewatch authority sample list`
struct AuthoritySampleListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The force's dip samples, oldest first.")

    @OptionGroup var force: AuthorityForce

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let samples = try await store.openExisting().dipSamples(force: force.chosen)
        let zone = try force.zone
        guard !samples.isEmpty else {
            print("\(force.chosen.name) has no dip samples: `pledgewatch authority sample draw` draws one")
            return
        }
        print(DipSamplePrinter.list(samples, zone: zone), terminator: "")
    }
}
