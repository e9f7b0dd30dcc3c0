import ArgumentParser
import Foundation
import PledgeCommands
import PledgeCore
import PledgeTestSupport
import Testing

extension CLITests {
    /// `pledgewatch authority`: the Police Authority's plan, quarterly report, panel, complaints, dip samples
    /// and questionnaires, over a real store filled through `pledgewatch import`.
    @Suite("authority")
    struct AuthorityCommandTests {
        let directory: TemporaryDirectory
        let database: String

        init() throws { (directory, database) = try scratchStore() }

        func write(_ text: String, _ name: String, lineEnding: LineEnding = .lf, byteOrderMark: Bool = false) throws -> String {
            try FixtureFile.write(text, to: directory.path(name), lineEnding: lineEnding, byteOrderMark: byteOrderMark)
        }

        /// Runs `pledgewatch authority …` on the test's store and returns what it printed.
        @discardableResult
        func authority(_ arguments: [String]) async throws -> String {
            try await capturingStandardOutput { try await runPledgewatch(["authority"] + arguments + ["--database", database]) }
        }

        /// The error `pledgewatch authority …` fails with, as the user would read it.
        func failure(_ arguments: [String]) async throws -> String {
            var message = ""
            _ = try await capturingStandardOutput {
                let error = await #expect(throws: (any Error).self) {
                    try await runPledgewatch(["authority"] + arguments + ["--database", database])
                }
                message = error.map { PledgewatchCommand.message(for: $0) } ?? ""
            }
            return message
        }

        /// Two units (City: NC04 and NE12; Melton: MW03); 60 complaints in 2009-Q1 over every promise and
        /// none; a few calls; the Authority's monitoring runs and a force improvement action; a questionnaire.
        func importRecords() async throws {
            let neighbourhoods = try write(
                """
                force,neighbourhood_id,name,lpu,area_type
                leicestershire,NC04,Leicester City Centre,City,urban
                leicestershire,NE12,Belgrave,City,urban
                leicestershire,MW03,Melton Rural,Melton,rural

                """, "neighbourhoods.csv")
            var complaints = "complaint_id,force,neighbourhood_id,received_at,category,pledge_point,finalised_at,outcome\n"
            let places = ["NC04", "NE12", "MW03"]
            for index in 0..<60 {
                let day = String(format: "2009-%02d-%02d 10:00:00", 1 + index / 20, 1 + index % 20)
                let promise = index % 11 == 10 ? "" : String(index % 11 + 1)
                complaints += "PSD-\(String(format: "%03d", index + 1)),leicestershire,\(places[index % 3]),\(day),Incivility,\(promise),,\n"
            }
            complaints += "PSD-900,leicestershire,NC04,2008-02-10 10:00:00,Incivility,1,,\n"
            let calls = try write(
                """
                call_id,force,line,received_at,answered_at,neighbourhood_id
                C1,leicestershire,999,2009-01-10T12:00:00Z,2009-01-10T12:00:04Z,NC04
                C2,leicestershire,999,2009-02-10T13:00:00Z,2009-02-10T13:00:30Z,MW03
                C3,leicestershire,101,2009-03-10T13:00:00Z,,NE12
                C4,leicestershire,999,2008-02-10T13:00:00Z,2008-02-10T13:00:03Z,NC04

                """, "calls.csv")
            let actions = try write(
                """
                action_id,force,owner,pledge_point,indicator,kind,mechanism,opened_on,due_on,closed_on,summary
                A1,leicestershire,authority,1,,monitoring,complaints analysis,2009-01-05,2009-03-31,2009-02-10,PSD complaints reviewed at the committee
                A2,leicestershire,authority,,,monitoring,Contact Management Panel,2009-01-05,2009-03-31,2009-03-01,Panel met
                A3,leicestershire,authority,8,,monitoring,website check,2009-01-05,2009-02-28,,Look at the force's website
                F1,leicestershire,force,5,P5.answer_10s,improvement,,2009-02-01,2009-06-30,,More call handlers at peak hours

                """, "actions.csv")
            var surveys = "response_id,force,neighbourhood_id,survey,responded_on,question,answer,group\n"
            for index in 0..<8 {
                surveys +=
                    "Q\(index),leicestershire,NC04,council-tax,2009-02-0\(index % 9 + 1),p8_updates_useful,\(index < 5 ? "yes" : "no"),\(index % 2 == 0 ? "16-24" : "65+")\n"
            }
            let files = [
                neighbourhoods, calls, try write(complaints, "complaints.csv"), actions, try write(surveys, "surveys.csv"),
            ]
            _ = try await capturingStandardOutput { try await runPledgewatch(["import"] + files + ["--database", database]) }
        }

        // MARK: The plan

        @Test("plan-import of a good file (BOM, CRLF, quotes) is kept and `plan` shows it against what ran")
        func planImportThenShow() async throws {
            try await importRecords()
            let before = try await authority(["plan", "--force", "leicestershire", "--period", "2009-Q1"])
            #expect(before.contains("the default plan"))
            let plan = try write(
                """
                promise,mechanism,frequency,note
                1,Complaints Analysis,quarterly,"PSD figures, every quarter"
                5,contact-management-panel,monthly,Panel each month
                ,dip sample,half-yearly,Dip sampling via Professional Standards
                8,website-check,quarterly,

                """, "plan.csv", lineEnding: .crlf, byteOrderMark: true)
            let imported = try await authority(["plan-import", "--force", "leicestershire", plan])
            #expect(imported.contains("kept the plan for Leicestershire Police: 4 entries"))
            let shown = try await authority(["plan", "--force", "leicestershire", "--period", "2009-Q1", "--as-of", "2009-04-01T00:00"])
            #expect(shown.contains("the Authority's own plan"))
            #expect(shown.contains("PSD figures, every quarter"))
            let rows = shown.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
            #expect(rows.contains("1 complaints-analysis quarterly ran 2009-02-10"))
            // The panel ran once, on 1 March: monthly runs were missed in January and February.
            #expect(rows.contains("5 contact-management-panel monthly OVERDUE"))
            #expect(rows.contains("keep dip-sample half-yearly OVERDUE"))
            #expect(rows.contains("8 website-check quarterly OVERDUE"))
            #expect(rows.contains("2 (runs) 0 UNMONITORED"))
            #expect(shown.contains("A3") && shown.contains("2009-02-28"), "the website check not closed is an overdue action")
            // Importing the same file again gives the same plan.
            let first = try await authority(["plan-export", "--force", "leicestershire"])
            try await authority(["plan-import", "--force", "leicestershire", plan])
            #expect(try await authority(["plan-export", "--force", "leicestershire"]) == first)
            #expect(first.contains("1,complaints-analysis,quarterly,\"PSD figures, every quarter\"\n"))
            #expect(first.hasSuffix(",dip-sample,half-yearly,Dip sampling via Professional Standards\n"))
        }

        @Test("a bad plan file fails naming the file, line and field of every bad row, and keeps the earlier plan")
        func badPlan() async throws {
            try await importRecords()
            let good = try write("promise,mechanism,frequency,note\n3,quarterly report,quarterly,Abstraction\n", "good.csv")
            try await authority(["plan-import", "--force", "leicestershire", good])
            let earlier = try await authority(["plan-export", "--force", "leicestershire"])
            let bad = try write(
                """
                promise,mechanism,frequency,note
                11,complaints analysis,quarterly,no such promise
                4,member visit,fortnightly,no such frequency
                6,,quarterly,no mechanism
                7,force report,yearly,this row is good
                7,Force Report,annual,the same entry again

                """, "bad.csv")
            let message = try await failure(["plan-import", "--force", "leicestershire", bad])
            #expect(message.contains("\(bad): line 2: promise: '11' is not a promise"))
            #expect(message.contains("\(bad): line 3: frequency: 'fortnightly' is not a frequency"))
            #expect(message.contains("\(bad): line 4: mechanism: is blank"))
            #expect(message.contains("\(bad): line 6: mechanism: Promise 7 already has force-report on line 5"))
            #expect(!message.contains("line 5:"))
            #expect(message.contains("4 problems in \(bad); nothing was kept"))
            #expect(try await authority(["plan-export", "--force", "leicestershire"]) == earlier)
            let missing = try write("promise,mechanism,note\n1,complaints analysis,x\n", "missing.csv")
            #expect(
                try await failure(["plan-import", "--force", "leicestershire", missing]).contains(
                    "\(missing): line 1: frequency: the column is missing"))
            #expect(try await authority(["plan-export", "--force", "leicestershire"]) == earlier)
        }

        @Test("plan-export of the default plan imports back to the same plan; plan-reset goes back to the default")
        func exportDefaultRoundTrip() async throws {
            // plan-export only reads: it refuses a store that is not there (MissingStoreTests), so make one.
            _ = try await capturingStandardOutput { try await runPledgewatch(["migrate", "--database", database]) }
            let out = directory.path("default.csv")
            try await authority(["plan-export", "--force", "leicestershire", "--out", out])
            let exported = try FixtureFile.read(out)
            #expect(exported.hasPrefix("promise,mechanism,frequency,note\n1,complaints-analysis,quarterly,"))
            #expect(exported.split(separator: "\n").count == MonitoringPlan.leicestershireDefault.entries.count + 1)
            try await authority(["plan-import", "--force", "leicestershire", out])
            #expect(try await authority(["plan-export", "--force", "leicestershire"]) == exported)
            #expect(try await authority(["plan", "--force", "leicestershire", "--period", "2009-Q1"]).contains("the Authority's own plan"))
            #expect(try await authority(["plan-reset", "--force", "leicestershire"]).contains("uses the default monitoring plan"))
            #expect(try await authority(["plan", "--force", "leicestershire", "--period", "2009-Q1"]).contains("the default plan"))
            #expect(try await authority(["plan-export", "--force", "leicestershire"]) == exported)
        }

        // MARK: Dip samples

        /// The record ids of a reviewers' CSV, in file order.
        func recordIDs(_ path: String) throws -> [String] {
            try FixtureFile.read(path).split(separator: "\n").dropFirst().map {
                String($0.split(separator: ",", omittingEmptySubsequences: false)[1])
            }
        }

        func draw(_ name: String, seed: Int, size: Int = 12) async throws -> (output: String, path: String) {
            let path = directory.path("\(name).csv")
            let output = try await authority([
                "sample", "draw", "--force", "leicestershire", "--period", "2009-Q1", "--kind", "complaints", "--size", "\(size)", "--seed",
                "\(seed)",
                "--name", name, "--out", path,
            ])
            return (output, path)
        }

        @Test("the same seed draws the same records under another name; another seed draws others")
        func reproducibleDraw() async throws {
            try await importRecords()
            let (output, first) = try await draw("2009-Q1 complaints", seed: 7)
            #expect(output.contains("dip sample '2009-Q1 complaints': 12 of 60 complaints records of 2009-Q1, seed 7"))
            #expect(output.contains("P1 · City"))
            let header = try FixtureFile.read(first).split(separator: "\n").first
            #expect(header == "sample,record_id,promise,unit,received_on,promise_kept,notes")
            let again = try await draw("again", seed: 7).path
            let other = try await draw("other", seed: 8).path
            let ids = try recordIDs(first)
            #expect(ids.count == 12 && Set(ids).count == 12 && ids.allSatisfy { $0.hasPrefix("PSD-0") }, "the 2008 complaint is outside the period")
            #expect(try recordIDs(again) == ids)
            #expect(try recordIDs(other) != ids)
            let row = try #require(try FixtureFile.read(first).split(separator: "\n").dropFirst().first { $0.contains(",\(ids[0]),") })
            #expect(row.hasPrefix("2009-Q1 complaints,\(ids[0]),") && row.hasSuffix(",,"), "findings start blank")
            let message = try await failure([
                "sample", "draw", "--force", "leicestershire", "--period", "2009-Q1", "--kind", "complaints", "--size", "5", "--seed", "1", "--name",
                "again",
            ])
            #expect(message.contains("already has a dip sample named 'again'"))
            let list = try await authority(["sample", "list", "--force", "leicestershire"])
            #expect(list.contains("2009-Q1 complaints") && list.contains("other"))
        }

        @Test("findings from the reviewers' file are recorded and counted; the same file again changes nothing")
        func findings() async throws {
            try await importRecords()
            let (_, path) = try await draw("q1", seed: 3, size: 10)
            let ids = try recordIDs(path)
            let file = try write(
                """
                record_id,promise_kept,notes,reviewer
                \(ids[0]),Yes,"Explained why, in writing",AB
                \(ids[1]),y,,AB
                \(ids[2]),NO,No reply within 24 hours,CD
                \(ids[3]),,could not tell from the file,CD

                """, "findings.csv", lineEnding: .crlf, byteOrderMark: true)
            let recorded = try await authority(["sample", "findings", "--force", "leicestershire", "--name", "q1", file])
            #expect(recorded.contains("recorded 4 findings for 'q1': 2 kept, 1 not kept, 1 could not say"))
            let results = try await authority(["sample", "results", "--force", "leicestershire", "--name", "q1"])
            #expect(results.contains("10 sampled, 3 reviewed, 7 awaiting a yes or no"))
            #expect(results.contains("Promise kept: 2 of 3, 66.7% [20.8%–93.9%]"))
            try await authority(["sample", "findings", "--force", "leicestershire", "--name", "q1", file])
            #expect(try await authority(["sample", "results", "--force", "leicestershire", "--name", "q1"]) == results)
            let exported = try await authority(["sample", "export", "--force", "leicestershire", "--name", "q1"])
            #expect(exported.contains(",\(ids[0]),") && exported.contains(",yes,\"Explained why, in writing\"\n"))
            #expect(exported.contains(",no,No reply within 24 hours\n"))
        }

        @Test("a findings file with an unknown record id or a bad answer fails naming each line, and records nothing")
        func badFindings() async throws {
            try await importRecords()
            let (_, path) = try await draw("q1", seed: 3, size: 10)
            let ids = try recordIDs(path)
            let file = try write(
                """
                record_id,promise_kept,notes
                \(ids[0]),yes,fine
                PSD-999,no,not in the sample
                \(ids[1]),maybe,
                \(ids[0]),no,twice

                """, "bad-findings.csv")
            let message = try await failure(["sample", "findings", "--force", "leicestershire", "--name", "q1", file])
            #expect(message.contains("\(file): line 3: record_id: 'PSD-999' is not in the dip sample 'q1'"))
            #expect(message.contains("\(file): line 4: promise_kept: 'maybe' is not yes or no"))
            #expect(message.contains("\(file): line 5: record_id: '\(ids[0])' was already given on line 2"))
            #expect(message.contains("nothing was kept"))
            let results = try await authority(["sample", "results", "--force", "leicestershire", "--name", "q1"])
            #expect(results.contains("10 sampled, 0 reviewed, 10 awaiting a yes or no"))
            #expect(
                try await failure(["sample", "results", "--force", "leicestershire", "--name", "nope"]).contains("has no dip sample named 'nope'"))
        }

        // MARK: Report, panel, complaints, questionnaires

        @Test("report: JSON with the ten promises; --all-units --out writes one file per pack")
        func report() async throws {
            try await importRecords()
            let output = try await authority(["report", "--force", "leicestershire", "--quarter", "2009-Q1", "--format", "json"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            let promises = try #require(json["promises"] as? [[String: Any]])
            #expect(promises.count == 10 && json["area"] as? String == "force")
            #expect(promises.map { $0["promise"] as? Int } == Array(1...10))
            let monitoring = try #require(promises[0]["monitoring"] as? [String: Any])
            #expect(monitoring["unmonitored"] as? Bool == false)
            let out = directory.path("packs")
            let written = try await authority([
                "report", "--force", "leicestershire", "--quarter", "2009-Q1", "--all-units", "--format", "json", "--out", out,
            ])
            let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
            #expect(files == ["2009-Q1-force.json", "2009-Q1-lpu-City.json", "2009-Q1-lpu-Melton.json"])
            #expect(written.contains("2009-Q1-lpu-Melton.json"))
            let melton = try #require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(out)/2009-Q1-lpu-Melton.json"))) as? [String: Any])
            #expect(melton["area"] as? String == "lpu:Melton")
            let text = try await authority(["report", "--force", "leicestershire", "--quarter", "2009-Q1", "--unit", "City"])
            #expect(text.contains("Leicestershire Police, City (local policing unit), 2009-Q1") && text.contains("Promise 10:"))
            let html = try await authority(["report", "--force", "leicestershire", "--quarter", "2009-Q1", "--format", "html"])
            #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("Promise 5:") && html.contains("More call handlers at peak hours"))
            #expect(
                try await failure(["report", "--force", "leicestershire", "--quarter", "2009-Q1", "--unit", "Nowhere"]).contains("'City', 'Melton'"))
            #expect(try await failure(["report", "--force", "leicestershire", "--quarter", "2009-01"]).contains("not a calendar quarter"))
        }

        @Test("panel, complaints and questionnaires: the stored records' figures, as text and JSON")
        func panelComplaintsQuestionnaires() async throws {
            try await importRecords()
            let panel = try await authority(["panel", "--force", "leicestershire", "--period", "2009-Q1", "--format", "json"])
            let panelJSON = try #require(try JSONSerialization.jsonObject(with: Data(panel.utf8)) as? [String: Any])
            let emergency = try #require(panelJSON["emergency"] as? [[String: Any]])
            #expect(emergency.map { $0["calls"] as? Int } == [1, 1, 0])
            #expect(emergency.map { $0["under_10s"] as? Int } == [1, 0, 0])
            let nonEmergency = try #require(panelJSON["non_emergency"] as? [[String: Any]])
            #expect(nonEmergency.map { $0["abandoned"] as? Int } == [0, 0, 1])
            let melton = try await authority(["panel", "--force", "leicestershire", "--period", "2009-Q1", "--unit", "Melton"])
            #expect(melton.contains("Contact Management Panel: Leicestershire Police, lpu:Melton, 2009-Q1") && melton.contains("P5.answer_10s"))

            let complaints = try await authority(["complaints", "--force", "leicestershire", "--period", "2009-Q1", "--format", "json"])
            let complaintsJSON = try #require(try JSONSerialization.jsonObject(with: Data(complaints.utf8)) as? [String: Any])
            #expect((complaintsJSON["all"] as? [String: Any])?["complaints"] as? Int == 60)
            #expect((complaintsJSON["broken_promises"] as? [String: Any])?["complaints"] as? Int == 55)
            #expect((complaintsJSON["all_last_year"] as? [String: Any])?["complaints"] as? Int == 1)
            #expect((complaintsJSON["by_promise"] as? [[String: Any]])?.count == 10)
            let text = try await authority(["complaints", "--force", "leicestershire", "--period", "2009-Q1", "--peers", "nottinghamshire"])
            #expect(
                text.contains("All complaints: 60 (20000.00)") && text.contains("left out (no calls in the store for the period): nottinghamshire"))
            #expect(
                try await failure(["complaints", "--force", "leicestershire", "--period", "2009-Q1", "--peers", "atlantis"]).contains(
                    "'atlantis' is not a force"))

            let questionnaires = try await authority([
                "questionnaires", "--force", "leicestershire", "--period", "2009-Q1", "--min-group", "4", "--format", "json",
            ])
            let questionsJSON = try #require(try JSONSerialization.jsonObject(with: Data(questionnaires.utf8)) as? [String: Any])
            let question = try #require((questionsJSON["questions"] as? [[String: Any]])?.first)
            #expect(question["question"] as? String == "p8_updates_useful" && question["promise"] as? Int == 8)
            #expect(question["positive"] as? Int == 5 && question["answers"] as? Int == 8)
            #expect((question["gap"] as? [String: Any])?["higher"] as? String == "16-24")
        }
    }
}
