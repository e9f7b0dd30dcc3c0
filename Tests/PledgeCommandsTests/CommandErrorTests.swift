import ArgumentParser
import Foundation
import PledgeCommands
import PledgeCore
import PledgeTestSupport
import Testing

extension CLITests {
    /// Errors say what is wrong: a bad file or value is named with the reason, with the subcommand's usage
    /// when it is an argument's fault and none otherwise, never the top-level usage; and no value typed on
    /// the command line traps.
    @Suite("errors say what is wrong")
    struct CommandErrorTests {
        let directory: TemporaryDirectory
        let database: String

        init() throws { (directory, database) = try scratchStore() }

        func importSample() async throws { try await importTwoCalls(into: database, files: directory) }

        /// The failure of `arguments` on the test's store, which must not show the top-level usage.
        func refusal(_ arguments: [String]) async throws -> (message: String, status: Int32) {
            let refused = try #require(await failure(of: arguments + ["--database", database]))
            #expect(!refused.message.contains(topLevelUsage), "\(refused.message)")
            return refused
        }

        @Test("national --peers: a missing file, bad JSON, the wrong shape and an unknown force are each named")
        func nationalPeers() async throws {
            try await importSample()
            let national = ["national", "--period", "2009-01", "--peers"]
            let missing = directory.path("missing.json")
            let notThere = try await refusal(national + [missing])
            #expect(notThere.message == "Error: --peers: \(missing): no such file" && notThere.status == 1)
            let broken = try FixtureFile.write(#"{"leicestershire": [derbyshire]}"#, to: directory.path("broken.json"))
            #expect(try await refusal(national + [broken]).message.hasPrefix("Error: --peers: \(broken): not valid JSON: "))
            let list = try FixtureFile.write(#"["derbyshire"]"#, to: directory.path("list.json"))
            #expect(try await refusal(national + [list]).message.contains("--peers: \(list): not a JSON object of force id → list of force ids"))
            let notList = try FixtureFile.write(#"{"leicestershire": "derbyshire"}"#, to: directory.path("notlist.json"))
            #expect(try await refusal(national + [notList]).message == "Error: --peers: \(notList): leicestershire: not a list of force ids")
            let unknown = try FixtureFile.write(#"{"leicestershire": ["derbyshire", "atlantis"]}"#, to: directory.path("unknown.json"))
            #expect(
                try await refusal(national + [unknown]).message
                    == "Error: --peers: \(unknown): leicestershire[1]: 'atlantis' is not a force (`pledgewatch forces` lists them)")
            let slip = try FixtureFile.write(#"{"leicestrshire": ["derbyshire"]}"#, to: directory.path("slip.json"))
            #expect(
                try await refusal(national + [slip]).message.contains(
                    "key leicestrshire: 'leicestrshire' is not a force; did you mean leicestershire?"))
        }

        @Test("assess: an improvement area, promise or override out of range says what the option accepts, with assess's usage")
        func assessRanges() async throws {
            let assess = ["assess", "--force", "leicestershire", "--period", "2009-01", "--assessor", "HMI Smith"]
            let area = try await refusal(assess + ["--area", "4", "--grade", "GOOD", "--evidence", "seen"])
            #expect(area.message.hasPrefix("Error: --area: '4' is not an improvement area; give 1, 2 or 3 (--promise 1–10 sets a promise's grade)"))
            #expect(area.message.contains("Usage: pledgewatch assess") && area.status == ExitCode.validationFailure.rawValue)
            #expect(
                try await refusal(assess + ["--promise", "11", "--grade", "GOOD", "--reason", "x"]).message.contains(
                    "--promise: '11' is not a promise; give 1 to 10"))
            #expect(
                try await refusal(assess + ["--withdraw-override", "0"]).message.contains("--withdraw-override: '0' is not a promise; give 1 to 10"))
            let blank = try await refusal(assess + ["--area", "2", "--grade", "GOOD", "--evidence", " "])
            #expect(blank.message.contains("an improvement area's grade needs its evidence") && blank.message.contains("Usage: pledgewatch assess"))
            let missing = directory.path("assessment.json")
            #expect(
                try await refusal(["assess", "--force", "leicestershire", "--period", "2009-01", "--file", missing]).message
                    == "Error: --file: \(missing): no such file")
            #expect(!FileManager.default.fileExists(atPath: database), "nothing was recorded, so no store was made")
        }

        @Test("errors found while running name the problem without any usage")
        func runTimeErrors() async throws {
            try await importSample()
            let out = directory.path("no-such-folder/card.txt")
            let unwritable = try await refusal(["report", "--force", "leicestershire", "--period", "2009-01", "--out", out])
            #expect(unwritable.message == "Error: --out: cannot write \(out)" && unwritable.status == 1)
            let samples = try await refusal(["authority", "sample", "results", "--force", "leicestershire", "--name", "nope"])
            #expect(samples.message.hasPrefix("Error: --name: Leicestershire Police has no dip sample named 'nope'") && samples.status == 1)
            let asOf = try await refusal(["authority", "panel", "--force", "leicestershire", "--period", "2009-Q1", "--as-of", "yesterday"])
            #expect(asOf.message.hasPrefix("Error: --as-of: 'yesterday': ") && asOf.status == 1)
            let draw = try await refusal(
                [
                    "authority", "sample", "draw", "--force", "leicestershire", "--period", "2009-Q1", "--kind", "victims", "--size", "5", "--seed",
                    "1", "--name", "Q4",
                ])
            #expect(draw.message == "Error: Leicestershire Police has no victims records in 2009-Q1 to sample; nothing was drawn")
            let config = directory.path("leics.json")
            #expect(
                try await refusal(["indicators", "--force", "leicestershire", "--period", "2009-01", "--config", config]).message
                    == "Error: --config: \(config): no such file")
        }

        @Test(
            "periods a report cannot be about are refused, not trapped on",
            arguments: ["9999-12", "9999/00", "9999-Q4", "0000-Q1", "99999-Q1", "9999-12-31..9999-12-31", "0001-01", "1850/51", "2100-01"])
        func unreportablePeriods(period: String) async throws {
            for command in [
                ["indicators", "--force", "leicestershire"], ["report", "--force", "leicestershire"], ["national"],
                ["authority", "panel", "--force", "leicestershire"],
            ] {
                let refused = try await refusal(command + ["--period", period])
                #expect(
                    refused.message.contains("'\(period)': a report can be about the years 1902 to 2099 only")
                        || refused.message.contains("'\(period)' is not a period"),
                    "\(refused.message)")
                #expect(refused.message.contains("Usage: pledgewatch \(command[0])"))
            }
            // generate has no store: its arguments go as they are.
            let generated = try #require(await failure(of: ["generate", "--period", period, "--out", directory.path("gen")]))
            #expect(generated.message.contains("'\(period)'") && generated.message.contains("Usage: pledgewatch generate"))
        }

        @Test("as-of instants and days far from any report are refused, not trapped on")
        func farAsOf() async throws {
            try await importSample()
            let plan = try await refusal(["authority", "plan", "--force", "leicestershire", "--as-of", "9999-06-01T00:00:00Z"])
            #expect(plan.message == "Error: --as-of: '9999-06-01T00:00:00Z': a report can be as of the years 1902 to 2099 only")
            let indicators = try await refusal(["indicators", "--force", "leicestershire", "--period", "2009-01", "--as-of", "9999-12-31T23:00:00Z"])
            #expect(indicators.message.contains("--as-of: '9999-12-31T23:00:00Z': a report can be as of the years 1902 to 2099 only"))
            #expect(indicators.message.contains("Usage: pledgewatch indicators"))
            for day in ["9999-12-31", "0001-01-01", "2100-01-01"] {
                #expect(
                    try await refusal(["serve", "--as-of", day]).message.contains(
                        "--as-of: '\(day)': a report can be as of the years 1902 to 2099 only"))
            }
        }

        @Test("serve: a port outside 1–65535 is refused with serve's usage", arguments: ["99999", "65536", "0", "-1"])
        func ports(port: String) async throws {
            let refused = try await refusal(["serve", "--port=\(port)"])
            #expect(
                refused.message.hasPrefix("Error: --port: '\(port)' is not a port; give 1 to 65535")
                    && refused.message.contains("Usage: pledgewatch serve"))
            #expect(try await refusal(["demo", "--no-serve", "--port=\(port)"]).message.contains("--port: '\(port)' is not a port"))
        }

        @Test("generate: a scale out of range, however large, is refused", arguments: ["1e300", "inf", "nan", "0", "-1"])
        func scales(scale: String) async throws {
            let refused = try #require(await failure(of: ["generate", "--scale=\(scale)", "--out", directory.path("gen")]))
            #expect(refused.message.contains("--scale must be above 0 and at most 1000") && refused.message.contains("Usage: pledgewatch generate"))
        }
    }
}
