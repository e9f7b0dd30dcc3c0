import ArgumentParser
import Foundation
import GRDB
import PledgeCommands
import PledgeCore
import PledgeSQLite
import PledgeTestSupport
import Testing

extension CLITests {
    /// `pledgewatch import`: its exit status says whether every row went in.
    @Suite("import")
    struct ImportCommandTests {
        let directory: TemporaryDirectory
        let database: String

        init() throws { (directory, database) = try scratchStore() }

        func write(_ text: String, _ name: String) throws -> String { try FixtureFile.write(text, to: directory.path(name)) }

        @Test("a clean import returns normally and stores the rows, reference kinds first")
        func clean() async throws {
            let calls = try write(Fixtures.callsCSV(count: 3), "calls.csv")
            let neighbourhoods = try write(Fixtures.neighbourhoodsCSV(ids: ["NC04"]), "neighbourhoods.csv")
            let output = try await capturingStandardOutput {
                try await runPledgewatch(["import", calls, neighbourhoods, "--database", database])
            }
            #expect(try SQLiteFile.count(database, "calls") == 3)
            #expect(try SQLiteFile.count(database, "neighbourhoods") == 1)
            #expect(output.contains("3 rows: 3 inserted, 0 updated, 0 unchanged, 0 rejected"))
            let neighbourhoodsLine = try #require(output.range(of: "neighbourhoods.csv (neighbourhoods, CSV)"))
            let callsLine = try #require(output.range(of: "calls.csv (calls, CSV)"))
            #expect(neighbourhoodsLine.lowerBound < callsLine.lowerBound)
        }

        @Test("rejected rows make the exit status 3; the good rows are kept and the rejects file is named")
        func rejected() async throws {
            let path = try write(Fixtures.neighbourhoodsCSV(ids: ["NC04"]) + "leicestershire,NC05,Town,suburban\n", "n.csv")
            var error: ExitCode?
            let output = try await capturingStandardOutput {
                error = await #expect(throws: ExitCode.self) {
                    try await runPledgewatch(["import", path, "--database", database])
                }
            }
            #expect(error?.rawValue == 3)
            #expect(try SQLiteFile.count(database, "neighbourhoods") == 1)
            #expect(output.contains(directory.path("n.rejects.csv")))
            #expect(output.contains("line 3: area_type:"))
        }

        @Test("--strict with a rejected row: exit status 3, nothing stored, and the output says so")
        func strict() async throws {
            let path = try write(Fixtures.neighbourhoodsCSV(ids: ["NC04"]) + "leicestershire,NC05,Town,suburban\n", "n.csv")
            var error: ExitCode?
            let output = try await capturingStandardOutput {
                error = await #expect(throws: ExitCode.self) {
                    try await runPledgewatch(["import", "--strict", path, "--database", database])
                }
            }
            #expect(error?.rawValue == 3)
            #expect(output.contains("nothing imported (--strict): 1 of 2 rows were rejected"))
            #expect(!output.contains("2 rows: "), "the usual summary would suggest rows were stored")
            #expect(try SQLiteFile.count(database, "neighbourhoods") == 0)
        }

        @Test("a file that does not exist makes the exit status 1; other files are still imported")
        func missingFile() async throws {
            let good = try write(Fixtures.neighbourhoodsCSV(ids: ["NC04"]), "n.csv")
            let error = await #expect(throws: ExitCode.self) {
                try await runPledgewatch(["import", directory.path("nope.csv"), good, "--database", database])
            }
            #expect(error?.rawValue == 1)
            #expect(try SQLiteFile.count(database, "neighbourhoods") == 1)
        }

        @Test("--kind names the kind of every file; --rejects puts rejects files in a folder")
        func kindAndRejectsFolder() async throws {
            let path = try write("message_id,force,neighbourhood_id,channel,received_at\nM1,leicestershire,NC04,fax,2009-01-01 10:00:00\n", "x.csv")
            _ = try await capturingStandardOutput {
                try await runPledgewatch(["import", try write(Fixtures.neighbourhoodsCSV(ids: ["NC04"]), "n.csv"), "--database", database])
                let error = await #expect(throws: ExitCode.self) {
                    try await runPledgewatch(["import", "--kind", "messages", "--rejects", directory.path("out"), path, "--database", database])
                }
                #expect(error?.rawValue == 3)
            }
            #expect(FileManager.default.fileExists(atPath: directory.path("out/x.rejects.csv")))
        }

        @Test("an unknown --kind is a usage error naming the kinds", arguments: ["call", "victim-update", ""])
        func unknownKind(kind: String) throws {
            let error = #expect(throws: (any Error).self) {
                _ = try PledgewatchCommand.parseAsRoot(["import", "--kind", kind, "x.csv", "--database", database])
            }
            let message = error.map { PledgewatchCommand.message(for: $0) } ?? ""
            #expect(message.contains("is not a record kind"))
            #expect(message.contains("victim_updates"))
            #expect(error.map { PledgewatchCommand.exitCode(for: $0) } == ExitCode.validationFailure)
        }

        @Test("--kind accepts - for _ and any case")
        func kindSpelling() throws {
            #expect(throws: Never.self) {
                _ = try PledgewatchCommand.parseAsRoot(["import", "--kind", "Victim-Updates", "x.csv"])
            }
        }

        @Test(
            "--covers declares a genuinely empty month for a header-only file and --force (any case); a bad range or a file with no force is refused")
        func covers() async throws {
            let header = "engagement_id,force,neighbourhood_id,kind,starts_at\n"
            let empty = try write(header, "empty-engagements.csv")
            _ = try await capturingStandardOutput {
                try await runPledgewatch(["import", try write(Fixtures.neighbourhoodsCSV(ids: ["NC04"]), "n.csv"), "--database", database])
                try await runPledgewatch([
                    "import", empty, "--kind", "engagements", "--covers", "2009-02..2009-03", "--force", "Leicestershire", "--database", database,
                ])
            }
            #expect(
                try SQLiteFile.rows(database, "SELECT kind, local_month FROM covered_months ORDER BY local_month").map {
                    "\($0[0] as String) \($0[1] as Int)"
                }
                    == ["engagements 200902", "engagements 200903"])
            // No records and no --force: nothing to declare the month for, so the file fails and nothing is kept.
            _ = try await capturingStandardOutput {
                let error = await #expect(throws: ExitCode.self) {
                    try await runPledgewatch(["import", empty, "--kind", "engagements", "--covers", "2009-04", "--database", database])
                }
                #expect(error?.rawValue == 1)
            }
            #expect(try SQLiteFile.count(database, "covered_months") == 2)
            let badRange = #expect(throws: (any Error).self) {
                _ = try PledgewatchCommand.parseAsRoot(["import", empty, "--covers", "2009-03..2009-02", "--database", database])
            }
            #expect(badRange.map { PledgewatchCommand.message(for: $0) }?.contains("names no months") == true)
        }
    }
}
