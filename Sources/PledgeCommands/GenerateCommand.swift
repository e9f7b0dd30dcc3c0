import ArgumentParser
import Foundation
import PledgeCore
import PledgeGenerate

/// `pledgewatch generate`
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write realistic synthetic records for a force (or all 43) as files to import.",
        discussion: """
            Profiles: \(Profile.names.joined(separator: ", ")). leicestershire-2008 is calibrated to HMIC's \
            2009 report on Leicestershire. The same seed always writes the same bytes. manifest.json \
            lists the files and the figures they were calibrated to.
            """)

    @Option(help: "The profile to generate.")
    var profile: String = "leicestershire-2008"

    @Option(help: ArgumentHelp("The period: a financial year (2008/09), a month, a quarter or FROM..TO.", valueName: "period"))
    var period: String = "2008/09"

    @Option(help: ArgumentHelp("The folder to write to (created if needed).", valueName: "dir"))
    var out: String

    @Option(help: "The random seed.")
    var seed: UInt64 = 2008

    @Option(help: "Multiply event volumes (calls, messages, crimes, …) by this.")
    var scale: Double = 1

    @Flag(help: "Add the awkward rows a real export contains; import rejects each with a clear reason.")
    var edgeCases = false

    func validate() throws {
        guard Profile.named(profile) != nil else {
            throw ValidationError("'\(profile)' is not a profile; use one of \(Profile.names.joined(separator: ", "))")
        }
        try ReportSelection.check(period: period)
        guard scale > 0, scale <= 1_000 else { throw ValidationError("--scale must be above 0 and at most 1000") }
    }

    func run() async throws {
        guard let chosenProfile = Profile.named(profile) else { throw CommandFailure("'\(profile)' is not a profile") }
        print("generating \(profile) for \(period) (seed \(seed), scale \(scale)) into \(out) …")
        let started = Date()
        let options = GenerateOptions(
            profile: chosenProfile, period: try PeriodChoice.parse(period), directory: out, seed: seed, scale: scale, edgeCases: edgeCases,
            wrote: Self.wroteLine(since: started))
        let files = try Generator.run(options)
        print(
            "generated \(files.count) files in \(String(format: "%.1f", Date().timeIntervalSince(started))) s (the last, \(files.last ?? ""), lists them)"
        )
        print("import them with: pledgewatch import \(out)")
    }

    /// Prints each file as it is written, with the seconds since `started`: generating a year takes a while.
    static func wroteLine(since started: Date) -> @Sendable (String) -> Void {
        { path in print("  wrote \(path) (\(String(format: "%.1f", Date().timeIntervalSince(started))) s)") }
    }
}
