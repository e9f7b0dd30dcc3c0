import ArgumentParser
import Foundation
import PledgeCore
import PledgeImport
import PledgeStore

/// `pledgewatch`: the root command.
public struct PledgewatchCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pledgewatch",
        abstract: "Measure how a police force keeps the ten promises of the 2008 Policing Pledge, from its own records.",
        discussion: """
            Pledgewatch keeps a force's operational records (calls, messages, officer duty, meetings, \
            updates, victim contacts, dissatisfaction, surveys, complaints, crimes) in one SQLite file \
            and measures each promise from them.

            Start with:
              pledgewatch demo        generate Leicestershire 2008/09, import it, show the store
              pledgewatch import FILE…  import a force's own records
              pledgewatch status

            Files may be given in any order: reference records are imported first. The store is \
            ./pledgewatch.sqlite unless --database or PLEDGEWATCH_DATABASE names another. The record \
            formats are described in docs/records.md.
            """,
        version: "0.1.0",
        subcommands: [
            DemoCommand.self, ImportCommand.self, MigrateCommand.self, IndicatorsCommand.self, ReportCommand.self, AssessCommand.self,
            NationalCommand.self, AuthorityCommand.self, ServeCommand.self, GenerateCommand.self, ForcesCommand.self, StatusCommand.self,
        ])

    public init() {}

    /// Parses the process's arguments and runs the command they name (the executable's whole job).
    public static func runFromCommandLine() async {
        StandardOutput.flushEachLine()
        await main()
    }
}
