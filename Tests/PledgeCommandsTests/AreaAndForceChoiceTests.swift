import ArgumentParser
import Foundation
import PledgeCommands
import PledgeCore
import PledgeTestSupport
import Testing

extension CLITests {
    /// Areas and forces as people type them: an area the force does not have is refused with the ones it
    /// has, a force is matched in any case, and a slip is answered with what was most likely meant.
    @Suite("areas and forces")
    struct AreaAndForceChoiceTests {
        let directory: TemporaryDirectory
        let database: String

        init() throws { (directory, database) = try scratchStore() }

        /// Units City (NC04, NE12) and Melton (MW03), and two 999 calls in NC04 and one in MW03.
        func importSample(extraNeighbourhoods: Int = 0) async throws {
            var neighbourhoods = """
                force,neighbourhood_id,name,lpu,area_type
                leicestershire,NC04,Leicester City Centre,City,urban
                leicestershire,NE12,Belgrave,City,urban
                leicestershire,MW03,Melton Rural,Melton,rural

                """
            for index in 0..<extraNeighbourhoods {
                neighbourhoods += "leicestershire,\(String(format: "XT%02d", index)),Extra \(index),Melton,rural\n"
            }
            let calls = """
                call_id,force,line,received_at,answered_at,neighbourhood_id
                C1,leicestershire,999,2009-01-10T12:00:00Z,2009-01-10T12:00:04Z,NC04
                C2,leicestershire,999,2009-01-10T13:00:00Z,2009-01-10T13:00:30Z,NC04
                C3,leicestershire,999,2009-01-11T13:00:00Z,2009-01-11T13:00:05Z,MW03

                """
            let files = [
                try FixtureFile.write(neighbourhoods, to: directory.path("n.csv")), try FixtureFile.write(calls, to: directory.path("calls.csv")),
            ]
            _ = try await capturingStandardOutput { try await runPledgewatch(["import"] + files + ["--database", database]) }
        }

        func indicators(_ extra: [String], force: String = "leicestershire") -> [String] {
            ["indicators", "--force", force, "--period", "2009-01", "--format", "csv", "--database", database] + extra
        }

        @Test("indicators: an area the force does not have is an error naming the nearest and listing its units and neighbourhoods")
        func unknownArea() async throws {
            try await importSample()
            let melton = try await capturingStandardOutput { try await runPledgewatch(indicators(["--area", "lpu:Melton"])) }
            #expect(melton.contains("P5.answer_10s,5,lpu:Melton,1,1,"), "a unit the force has still reports")

            let slip = try #require(await failure(of: indicators(["--area", "lpu:Meltn"])))
            #expect(slip.status == 1)
            #expect(slip.message.contains("--area: 'lpu:Meltn' is not an area of Leicestershire Police; did you mean lpu:Melton?"))
            #expect(
                slip.message.contains(
                    "Areas: all, force, urban, rural; units: lpu:City, lpu:Melton; neighbourhoods: neighbourhood:MW03, neighbourhood:NC04, neighbourhood:NE12"
                ))
            #expect(!slip.message.contains(topLevelUsage))

            let neighbourhood = try #require(await failure(of: indicators(["--area", "neighbourhood:ZZ99"])))
            #expect(neighbourhood.message.contains("'neighbourhood:ZZ99' is not an area of Leicestershire Police. Areas: all, force"))
        }

        @Test("indicators: a force with many neighbourhoods has them summarised; one with none says so")
        func areaListings() async throws {
            try await importSample(extraNeighbourhoods: 20)
            let many = try #require(await failure(of: indicators(["--area", "lpu:Nowhere"])))
            #expect(many.message.contains("; 23 neighbourhoods, neighbourhood:MW03 to neighbourhood:XT19"))
            let otherForce = try #require(await failure(of: indicators(["--area", "lpu:City"], force: "derbyshire")))
            #expect(
                otherForce.message.contains(
                    "'lpu:City' is not an area of Derbyshire Constabulary. Areas: all, force, urban, rural (the store has no neighbourhoods for Derbyshire Constabulary, so no units or neighbourhoods)"
                ))
        }

        @Test(
            "authority --unit: a unit the force does not have names the nearest, with the command's own message",
            arguments: ["panel", "complaints", "report"])
        func unknownUnit(command: String) async throws {
            try await importSample()
            let period = command == "report" ? ["--quarter", "2009-Q1"] : ["--period", "2009-Q1"]
            let slip = try #require(
                await failure(of: ["authority", command, "--force", "leicestershire", "--unit", "Meltn", "--database", database] + period))
            #expect(
                slip.message.contains(
                    "--unit: 'Meltn' is not a local policing unit of Leicestershire Police; did you mean 'Melton'?; its units are 'City', 'Melton'"))
            #expect(!slip.message.contains(topLevelUsage) && slip.status == 1)
        }

        @Test("--force is matched in any case, and by name", arguments: ["Leicestershire", "LEICESTERSHIRE", "Leicestershire Police"])
        func forceInAnyCase(spelling: String) async throws {
            try await importSample()
            let exact = try await capturingStandardOutput { try await runPledgewatch(indicators([])) }
            let typed = try await capturingStandardOutput { try await runPledgewatch(indicators([], force: spelling)) }
            #expect(typed == exact && exact.contains("P5.answer_10s,5,force,2,3,"))
            let assessed = try await capturingStandardOutput {
                try await runPledgewatch(["assess", "--force", spelling, "--period", "2009-01", "--database", database])
            }
            #expect(assessed.contains("no assessment recorded"))
            let plan = try await capturingStandardOutput {
                try await runPledgewatch(["authority", "plan-export", "--force", spelling, "--database", database])
            }
            #expect(plan.hasPrefix("promise,mechanism,frequency,note\n"))
        }

        @Test("a mistyped force is refused with the nearest force and the subcommand's usage")
        func nearestForce() async throws {
            let cases: [(arguments: [String], usage: String, meant: String)] = [
                (["indicators", "--force", "leicestershir", "--period", "2009-01"], "pledgewatch indicators", "leicestershire"),
                (["report", "--force", "Leicestershre", "--period", "2009-01"], "pledgewatch report", "leicestershire"),
                (["assess", "--force", "leicestershir", "--period", "2009-01"], "pledgewatch assess", "leicestershire"),
                (["authority", "plan", "--force", "nottinghamshir"], "pledgewatch authority plan", "nottinghamshire"),
            ]
            for (arguments, usage, meant) in cases {
                let refused = try #require(await failure(of: arguments + ["--database", database]))
                #expect(refused.message.contains("is not a force; did you mean \(meant)? (`pledgewatch forces` lists them)"), "\(refused.message)")
                #expect(refused.message.contains("Usage: \(usage)") && !refused.message.contains(topLevelUsage), "\(refused.message)")
            }
            let far = try #require(await failure(of: ["indicators", "--force", "atlantis", "--period", "2009-01"]))
            #expect(far.message.contains("'atlantis' is not a force (`pledgewatch forces` lists them)"), "nothing is near: no suggestion")
            #expect(!FileManager.default.fileExists(atPath: database))
        }

        @Test("national --peers and authority complaints --peers take forces in any case")
        func peersInAnyCase() async throws {
            try await importSample()
            let peers = try FixtureFile.write(
                #"{"Leicestershire": ["NOTTINGHAMSHIRE", "Derbyshire Constabulary"]}"#, to: directory.path("peers.json"))
            let national = try await capturingStandardOutput {
                try await runPledgewatch(["national", "--period", "2009-01", "--peers", peers, "--database", database])
            }
            #expect(national.contains("Leicestershire Police"))
            let complaints = try await capturingStandardOutput {
                try await runPledgewatch([
                    "authority", "complaints", "--force", "leicestershire", "--period", "2009-Q1", "--peers", "Nottinghamshire", "--database",
                    database,
                ])
            }
            #expect(complaints.contains("left out (no calls in the store for the period): nottinghamshire"))
        }
    }
}
