import ArgumentParser
import Foundation
import PledgeCommands
import PledgeCore
import PledgeTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CLITests {
    /// `pledgewatch forces`, `pledgewatch status` and the help text.
    @Suite("forces, status and help")
    struct ForcesAndStatusCommandTests {
        let directory: TemporaryDirectory
        let database: String

        init() throws { (directory, database) = try scratchStore() }

        @Test("forces lists the 43 forces, one per line with id and name, creating the store")
        func forces() async throws {
            let output = try await capturingStandardOutput { try await runPledgewatch(["forces", "--database", database]) }
            let lines = output.split(separator: "\n")
            #expect(lines.count == 43)
            for (line, force) in zip(lines, ForceCatalogue.all) {
                #expect(line.hasPrefix(force.id + " ") && line.hasSuffix(force.name), "\(line)")
            }
            #expect(FileManager.default.fileExists(atPath: database))
        }

        @Test("status on a new store says there are no records yet")
        func emptyStatus() async throws {
            // `status` only reads: the store is made first (a missing one is refused, see MissingStoreTests).
            _ = try await capturingStandardOutput { try await runPledgewatch(["migrate", "--database", database]) }
            let output = try await capturingStandardOutput { try await runPledgewatch(["status", "--database", database]) }
            #expect(output.contains("store: \(database)"))
            #expect(output.contains("no records yet"))
        }

        @Test("status shows records per force and kind with the dates they span")
        func status() async throws {
            let neighbourhoods = try FixtureFile.write(Fixtures.neighbourhoodsCSV(ids: ["NC04", "RU01"]), to: directory.path("n.csv"))
            let calls = try FixtureFile.write(
                "call_id,force,line,received_at\nC1,leicestershire,999,2008-11-04 08:52:00\nC2,leicestershire,999,2009-02-01 10:00:00\n",
                to: directory.path("calls.csv"))
            let output = try await capturingStandardOutput {
                try await runPledgewatch(["import", neighbourhoods, calls, "--database", database])
                try await runPledgewatch(["status", "--database", database])
            }
            let rows = output.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
            #expect(rows.contains("leicestershire neighbourhoods 2"))
            #expect(rows.contains("leicestershire calls 2 2008-11-04 2009-02-01"))
        }

        @Test("the database can be named by PLEDGEWATCH_DATABASE instead of --database")
        func environment() async throws {
            setenv("PLEDGEWATCH_DATABASE", database, 1)
            defer { unsetenv("PLEDGEWATCH_DATABASE") }
            let output = try await capturingStandardOutput {
                try await runPledgewatch(["migrate"])
                try await runPledgewatch(["status"])
            }
            #expect(output.contains("store: \(database)"))
            #expect(FileManager.default.fileExists(atPath: database))
        }

        @Test("the help names the three subcommands")
        func help() {
            let help = PledgewatchCommand.helpMessage()
            for name in ["import", "forces", "status"] { #expect(help.contains(name), "\(name)") }
            #expect(PledgewatchCommand.helpMessage(for: PledgewatchCommand.self, includeHidden: false).contains("--version"))
        }

        @Test("an unknown subcommand is a usage error")
        func unknownSubcommand() {
            #expect(throws: (any Error).self) { _ = try PledgewatchCommand.parseAsRoot(["export"]) }
        }
    }
}
