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
    /// A command that only reads refuses a store file that is not there, by name, and leaves no file
    /// behind; a command that writes creates it.
    @Suite("a store that is not there")
    struct MissingStoreTests {
        let directory: TemporaryDirectory
        let typo: String

        init() throws {
            directory = try TemporaryDirectory()
            typo = directory.path("typo.sqlite")
        }

        static let reads: [[String]] = [
            ["status"],
            ["report", "--force", "leicestershire", "--period", "2009-01"],
            ["indicators", "--force", "leicestershire", "--period", "2009-01"],
            ["national", "--period", "2009-01"],
            ["assess", "--force", "leicestershire", "--period", "2009-01"],
            ["serve", "--host", "256.0.0.1"],
            ["authority", "plan", "--force", "leicestershire"],
            ["authority", "plan-export", "--force", "leicestershire"],
            ["authority", "report", "--force", "leicestershire", "--quarter", "2009-Q1"],
            ["authority", "panel", "--force", "leicestershire", "--period", "2009-Q1"],
            ["authority", "complaints", "--force", "leicestershire", "--period", "2009-Q1"],
            ["authority", "questionnaires", "--force", "leicestershire", "--period", "2009-Q1"],
            ["authority", "sample", "list", "--force", "leicestershire"],
            ["authority", "sample", "results", "--force", "leicestershire", "--name", "Q4"],
            [
                "authority", "sample", "draw", "--force", "leicestershire", "--period", "2009-Q1", "--kind", "complaints", "--size", "5", "--seed",
                "1", "--name", "Q4",
            ],
        ]

        @Test("a read command names the missing store and creates nothing", arguments: reads)
        func readRefused(arguments: [String]) async throws {
            let refused = try #require(await failure(of: arguments + ["--database", typo]))
            #expect(
                refused.message
                    == "Error: \(typo) (--database): no such store. `pledgewatch import FILE…` or `pledgewatch demo` creates one; --database or $PLEDGEWATCH_DATABASE names another"
            )
            #expect(refused.status == 1)
            #expect(!FileManager.default.fileExists(atPath: typo), "\(arguments[0]) created \(typo)")
        }

        @Test("the store named by PLEDGEWATCH_DATABASE is refused the same way, saying where the name came from")
        func environmentRefused() async throws {
            setenv("PLEDGEWATCH_DATABASE", typo, 1)
            defer { unsetenv("PLEDGEWATCH_DATABASE") }
            let refused = try #require(await failure(of: ["status"]))
            #expect(refused.message.hasPrefix("Error: \(typo) ($PLEDGEWATCH_DATABASE): no such store."))
            #expect(!FileManager.default.fileExists(atPath: typo))
        }

        @Test("a folder is not a store")
        func folderRefused() async throws {
            let refused = try #require(await failure(of: ["status", "--database", directory.url.path]))
            #expect(refused.message == "Error: \(directory.url.path) (--database): a folder, not a store")
        }

        @Test(
            "commands that write create the store",
            arguments: [
                ["migrate"],
                [
                    "assess", "--force", "leicestershire", "--period", "2009-01", "--assessor", "HMI Smith", "--area", "1", "--grade", "GOOD",
                    "--evidence", "seen",
                ],
                ["authority", "plan-reset", "--force", "leicestershire"],
            ])
        func writeCreates(arguments: [String]) async throws {
            _ = try await capturingStandardOutput { try await runPledgewatch(arguments + ["--database", typo]) }
            #expect(FileManager.default.fileExists(atPath: typo))
            let status = try await capturingStandardOutput { try await runPledgewatch(["status", "--database", typo]) }
            #expect(status.contains("store: \(typo)"))
        }
    }
}
