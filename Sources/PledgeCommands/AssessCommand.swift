import ArgumentParser
import Foundation
import PledgeCore
import PledgeStore

/// `pledgewatch assess`: record what an assessor found, or show what is recorded.
struct AssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Record an assessment (improvement areas, overrides, findings) for a force and period, or show it.",
        discussion: """
            Every entry is kept with who made it and when; the report uses the latest for each area, override \
            and promise's findings. From the command line: --area N --grade G --evidence TEXT grades an \
            improvement area; --promise N --grade G --reason TEXT overrides a promise's grade; \
            --withdraw-override N withdraws one. From a file (--file, JSON): see docs/assessments.md. \
            With nothing to record, prints the current assessment and its history.
            """)

    @Option(help: ArgumentHelp("The force's police.uk id.", valueName: "force"))
    var force: String

    @Option(help: ArgumentHelp("The period, as for `report`.", valueName: "period"))
    var period: String

    @Option(help: ArgumentHelp("Who is assessing (kept with every entry).", valueName: "name"))
    var assessor: String?

    @Option(help: ArgumentHelp("An assessment file (JSON).", valueName: "file"))
    var file: String?

    @Option(help: ArgumentHelp("The improvement area (1–3) to grade.", valueName: "n"))
    var area: Int?

    @Option(help: ArgumentHelp("The promise (1–10) whose grade to set.", valueName: "n"))
    var promise: Int?

    @Option(help: ArgumentHelp("EXCELLENT, GOOD, FAIR or POOR.", valueName: "grade"))
    var grade: String?

    @Option(help: ArgumentHelp("The evidence for an improvement area's grade.", valueName: "text"))
    var evidence: String?

    @Option(help: ArgumentHelp("Why the promise's grade is set.", valueName: "text"))
    var reason: String?

    @Option(name: .customLong("withdraw-override"), help: ArgumentHelp("Withdraw the override of this promise.", valueName: "n"))
    var withdrawOverride: Int?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        try ReportSelection.check(force: force, period: period)
        if area != nil && promise != nil { throw ValidationError("give --area or --promise, not both") }
        if (area != nil || promise != nil) && grade.flatMap(Grade.init(label:)) == nil {
            throw ValidationError("--grade: \(grade.map { "'\($0)'" } ?? "missing"): give EXCELLENT, GOOD, FAIR or POOR")
        }
        if area != nil && evidence == nil { throw ValidationError("--area needs --evidence") }
        if promise != nil && reason == nil { throw ValidationError("--promise needs --reason") }
        if (area != nil || promise != nil || withdrawOverride != nil || file != nil) && assessor == nil && file == nil {
            throw ValidationError("--assessor: say who is assessing")
        }
    }

    func run() async throws {
        let force = ForceCatalogue.force(id: force)!
        let label = Period(period)!.label
        let now = SystemClock.now()
        var entries: [AssessmentEntry] = []
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("--file: \(file) cannot be read") }
            entries += try AssessmentFile.read(data, source: file, at: now)
        }
        let name = assessor ?? ""
        if let area { entries.append(AssessmentEntry(.area(area, Grade(label: grade!)!, evidence: evidence!), assessor: name, at: now)) }
        if let promise { entries.append(AssessmentEntry(.override(promise: promise, Grade(label: grade!)!, reason: reason!), assessor: name, at: now)) }
        if let withdrawOverride { entries.append(AssessmentEntry(.override(promise: withdrawOverride, nil, reason: ""), assessor: name, at: now)) }
        if let problem = entries.lazy.compactMap(\.problem).first { throw ValidationError(problem) }
        let opened = try await store.open()
        if !entries.isEmpty {
            try await opened.recordAssessment(force: force, period: label, entries: entries)
            print("recorded \(entries.count) \(entries.count == 1 ? "entry" : "entries") for \(force.name), \(label)")
            return
        }
        let history = try await opened.assessmentEntries(force: force, period: label)
        print(Self.describe(Assessment(entries: history), history: history, zone: ZoneRulesCache.rules(for: force.timeZone)!))
    }

    static func describe(_ assessment: Assessment, history: [AssessmentEntry], zone: ZoneRules) -> String {
        guard !history.isEmpty else { return "no assessment recorded" }
        var lines = ["improvement areas:"]
        for area in 1...3 {
            let graded = assessment.improvementAreas[area]
            lines.append("  \(area): \(graded.map { "\($0.grade.label): \($0.evidence) (\($0.assessor))" } ?? "not assessed")")
        }
        lines.append("overrides:")
        for (promise, override) in assessment.overrides.sorted(by: { $0.key < $1.key }) {
            lines.append("  promise \(promise): \(override.grade.label): \(override.reason) (\(override.assessor))")
        }
        lines.append("findings set by an assessor: \(assessment.findings.keys.sorted().map { "promise \($0)" }.joined(separator: ", "))")
        lines.append("history (\(history.count) entries):")
        for entry in history {
            let what: String
            switch entry.change {
            case .area(let area, let grade, _): what = "area \(area) \(grade.label)"
            case .override(let promise, let grade, _): what = "promise \(promise) \(grade?.label ?? "override withdrawn")"
            case .findings(let promise, let findings): what = "promise \(promise) findings (\(findings.count))"
            }
            lines.append("  \(zone.localText(entry.at))  \(entry.assessor)  \(what)")
        }
        return lines.joined(separator: "\n")
    }
}
