import ArgumentParser
import Foundation
import PledgeCommands
import PledgeCore
import PledgeTestSupport
import Testing

extension CLITests {
    /// `pledgewatch indicators`: the figures of the stored records, as a table, JSON or CSV.
    @Suite("indicators")
    struct IndicatorsCommandTests {
        let directory: TemporaryDirectory
        let database: String

        init() throws { (directory, database) = try scratchStore() }

        func importSample() async throws { try await importTwoCalls(into: database, files: directory) }

        @Test("JSON: the documented shape, with the stored figures and their statistics")
        func json() async throws {
            try await importSample()
            let output = try await capturingStandardOutput {
                try await runPledgewatch([
                    "indicators", "--force", "leicestershire", "--period", "2009-01", "--format", "json", "--database", database,
                ])
            }
            let report = try JSONDecoder().decode(IndicatorReport.self, from: Data(output.utf8))
            #expect(report.force.id == "leicestershire" && report.period.label == "2009-01" && report.period.asOf == "2009-02-01T00:00:00+00:00")
            let answering = try #require(report.indicators.first { $0.id == "P5.answer_10s" })
            #expect((answering.numerator, answering.denominator, answering.area, answering.targetSource) == (1, 2, "force", "default"))
            #expect(answering.smallSample && answering.intervalLower != nil && answering.series.map(\.month) == ["2009-01"])
            #expect(report.homeOffice999.first?.calls == 2)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            #expect(
                Set(object.keys) == [
                    "force", "period", "indicators", "home_office_999", "times", "complaints_by_promise", "respect_gap", "narrative",
                ])
            #expect(report.narrative.calls999 == 2 && report.narrative.neighbourhoods == 1)
        }

        @Test("a repeat request is answered from the cache; an import that changes a call changes the figures")
        func cacheFollowsImports() async throws {
            try await importSample()
            let arguments = ["indicators", "--force", "leicestershire", "--period", "2009-01", "--format", "csv", "--database", database]
            let first = try await capturingStandardOutput { try await runPledgewatch(arguments) }
            let again = try await capturingStandardOutput { try await runPledgewatch(arguments) }
            #expect(first == again && first.contains("P5.answer_10s,5,force,1,2,"))
            let corrected = try FixtureFile.write(
                "call_id,force,line,received_at,answered_at,neighbourhood_id\nC2,leicestershire,999,2009-01-10T13:00:00Z,2009-01-10T13:00:05Z,NC04\n",
                to: directory.path("correction.csv"))
            _ = try await capturingStandardOutput { try await runPledgewatch(["import", corrected, "--database", database]) }
            let after = try await capturingStandardOutput { try await runPledgewatch(arguments) }
            #expect(after.contains("P5.answer_10s,5,force,2,2,"), "the corrected call is within 10 s now")
        }

        @Test("--config: the force's own target is used and said so, and a report cached with other targets is not reused")
        func configuredTargets() async throws {
            try await importSample()
            let base = ["indicators", "--force", "leicestershire", "--period", "2009-01", "--format", "csv", "--database", database]
            let defaults = try await capturingStandardOutput { try await runPledgewatch(base) }
            #expect(defaults.contains("0.900000,default,"))
            let config = try FixtureFile.write(#"{"targets": {"P5.answer_10s": 0.95}}"#, to: directory.path("leics.json"))
            let own = try await capturingStandardOutput { try await runPledgewatch(base + ["--config", config]) }
            #expect(own.split(separator: "\n").contains { $0.hasPrefix("P5.answer_10s,") && $0.contains(",0.950000,force,") })
            let bad = try FixtureFile.write(#"{"targets": {"P5.answer_10s": 95}}"#, to: directory.path("bad.json"))
            await #expect(throws: ConfigurationError.self) { try await runPledgewatch(base + ["--config", bad]) }
        }

        @Test("CSV has one row per indicator; an unknown area or period is a usage error")
        func csvAndErrors() async throws {
            try await importSample()
            let output = try await capturingStandardOutput {
                try await runPledgewatch([
                    "indicators", "--force", "leicestershire", "--period", "2009-01", "--area", "neighbourhood:NC04", "--format", "csv", "--database",
                    database,
                ])
            }
            let lines = output.split(separator: "\n")
            #expect(
                lines.first
                    == "id,promise,area,numerator,denominator,value,interval_lower,interval_upper,target,target_source,p_value_below_target,small_sample,unit,sample_size"
            )
            #expect(lines.contains { $0.hasPrefix("P5.answer_10s,5,neighbourhood:NC04,1,2,0.500000,") })
            #expect(throws: (any Error).self) {
                try PledgewatchCommand.parseAsRoot(["indicators", "--force", "leicestershire", "--period", "2009-13", "--database", database])
            }
            #expect(throws: (any Error).self) {
                try PledgewatchCommand.parseAsRoot([
                    "indicators", "--force", "leicestershire", "--period", "2009-01", "--area", "street", "--database", database,
                ])
            }
        }

        @Test("report: the card as text and as JSON, graded from the stored records, written to --out when asked")
        func reportCard() async throws {
            try await importSample()
            let text = try await capturingStandardOutput {
                try await runPledgewatch(["report", "--force", "leicestershire", "--period", "2009-01", "--database", database])
            }
            // One of two 999 calls answered within 10 s: 50%, but two calls' interval still reaches 90%: GOOD,
            // and the finding says it is short of the target though not clearly below it (with no strength before
            // it, it does not open with "But").
            #expect(text.contains("PLEDGE POINT 5: GOOD"))
            #expect(
                text.contains(
                    "    - 50% of 999 calls were answered within 10 seconds, short of the target of 90% (1 of 2), though not clearly below it."))
            #expect(text.contains("P5.answer_10s  50% [9.5%–90.5%]  target 90%  1 of 2 (small sample)  GOOD"))
            // No team in post: promise 2 POOR. No engagement records at all: promise 7 is not assessed (an
            // absence of records is never read as a failure), and so neither is the force.
            #expect(text.contains("PLEDGE POINT 2: POOR") && text.contains("PLEDGE POINT 7: NOT ASSESSED"))
            #expect(text.contains("P7.monthly_meeting  no records   target 100%  no engagement records for 2009-01  not graded"))
            #expect(text.contains("Overall grade: NOT ASSESSED"))
            #expect(
                text.contains("PLEDGE POINT 1: NOT ASSESSED")
                    && text.contains("P1.respect  no records   target 90%  no survey records for 2009-01  not graded"))
            let out = directory.path("card.json")
            _ = try await capturingStandardOutput {
                try await runPledgewatch([
                    "report", "--force", "leicestershire", "--period", "2009-01", "--format", "json", "--out", out, "--database", database,
                ])
            }
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
            #expect((json["period"] as? [String: Any])?["label"] as? String == "2009-01")
            #expect(((json["promises"] as? [[String: Any]])?[4]["grade"]) as? String == "GOOD")
            let page = directory.path("card.html")
            _ = try await capturingStandardOutput {
                try await runPledgewatch([
                    "report", "--force", "leicestershire", "--period", "2009-01", "--format", "html", "--out", page, "--database", database,
                ])
            }
            let html = try String(contentsOfFile: page, encoding: .utf8)
            #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<p class=\"grade big none\">NOT ASSESSED</p>"))
        }

        @Test("assess: entries are stored with who and when, the report publishes them, and a bad file records nothing")
        func assessThenReport() async throws {
            try await importSample()
            let base = ["assess", "--force", "leicestershire", "--period", "2009-01", "--database", database]
            _ = try await capturingStandardOutput {
                try await runPledgewatch(base + ["--assessor", "HMI Smith", "--area", "1", "--grade", "FAIR", "--evidence", "first look"])
                try await runPledgewatch(
                    base + ["--assessor", "HMI Jones", "--area", "1", "--grade", "GOOD", "--evidence", "surveys reviewed monthly"])
                try await runPledgewatch(
                    base + ["--assessor", "HMI Jones", "--promise", "2", "--grade", "GOOD", "--reason", "boards seen in every station"])
            }
            let bad = try FixtureFile.write(
                #"{"assessor": "HMI Jones", "areas": [{"area": 2, "grade": "GOOD", "evidence": "plan"}, {"area": 3, "grade": "BEST", "evidence": "x"}]}"#,
                to: directory.path("bad.json"))
            await #expect(throws: AssessmentFile.Problem(description: "\(bad): areas[1].grade: 'BEST': not a grade (EXCELLENT, GOOD, FAIR or POOR)"))
            {
                try await runPledgewatch(base + ["--file", bad])
            }
            let shown = try await capturingStandardOutput { try await runPledgewatch(base) }
            #expect(shown.contains("1: GOOD: surveys reviewed monthly (HMI Jones)"))
            #expect(shown.contains("2: not assessed"), "nothing from the bad file was kept")
            #expect(shown.contains("history (3 entries)") && shown.contains("HMI Smith  area 1 FAIR"))
            let card = try await capturingStandardOutput {
                try await runPledgewatch(["report", "--force", "leicestershire", "--period", "2009-01", "--database", database])
            }
            #expect(card.contains("PLEDGE POINT 2: GOOD (assessed; computed POOR)"))
            #expect(card.contains("assessed as GOOD by HMI Jones: boards seen in every station"))
            #expect(card.contains("     GOOD: surveys reviewed monthly (HMI Jones)"))
        }

        @Test("national: every force in the store graded side by side, key indicators against funnel limits; unknown peers refused")
        func national() async throws {
            try await importSample()
            let text = try await capturingStandardOutput { try await runPledgewatch(["national", "--period", "2009-01", "--database", database]) }
            #expect(
                text.contains("Leicestershire Police")
                    && text.contains("P5.answer_10s: 999 calls answered within 10 seconds; national 50% over 1 force"))
            let peers = try FixtureFile.write(#"{"leicestershire": ["atlantis"]}"#, to: directory.path("peers.json"))
            let refused = try #require(await failure(of: ["national", "--period", "2009-01", "--peers", peers, "--database", database]))
            #expect(refused.message.contains("'atlantis' is not a force") && refused.status == 1)
        }
    }
}
