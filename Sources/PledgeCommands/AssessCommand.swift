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

    @Option(help: ArgumentHelp("The force: its police.uk id or name, in any case.", valueName: "force"), transform: ForceChoice.parse)
    var force: Force

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
        try ReportSelection.check(period: period)
        if area != nil && promise != nil { throw ValidationError("give --area or --promise, not both") }
        // --area here is one of the report's three improvement areas, not a place (as for `indicators`).
        if let area, !(1...3).contains(area) {
            throw ValidationError("--area: '\(area)' is not an improvement area; give 1, 2 or 3 (--promise 1–10 sets a promise's grade)")
        }
        if let promise, !(1...10).contains(promise) { throw ValidationError("--promise: '\(promise)' is not a promise; give 1 to 10") }
        if let withdrawOverride, !(1...10).contains(withdrawOverride) {
            throw ValidationError("--withdraw-override: '\(withdrawOverride)' is not a promise; give 1 to 10")
        }
        if (area != nil || promise != nil) && grade.flatMap(Grade.init(label:)) == nil {
            throw ValidationError("--grade: \(grade.map { "'\($0)'" } ?? "missing"): give EXCELLENT, GOOD, FAIR or POOR")
        }
        if area != nil && evidence == nil { throw ValidationError("--area needs --evidence") }
        if promise != nil && reason == nil { throw ValidationError("--promise needs --reason") }
        if (area != nil || promise != nil || withdrawOverride != nil || file != nil) && assessor == nil && file == nil {
            throw ValidationError("--assessor: say who is assessing")
        }
        if let problem = commandLineEntries(at: Instant(microseconds: 0)).lazy.compactMap(\.problem).first { throw ValidationError(problem) }
    }

    /// The entries the options record (none when only showing, or recording from a file alone).
    func commandLineEntries(at now: Instant) -> [AssessmentEntry] {
        let name = assessor ?? ""
        let chosenGrade = grade.flatMap(Grade.init(label:))
        var entries: [AssessmentEntry] = []
        if let area, let chosenGrade { entries.append(AssessmentEntry(.area(area, chosenGrade, evidence: evidence ?? ""), assessor: name, at: now)) }
        if let promise, let chosenGrade {
            entries.append(AssessmentEntry(.override(promise: promise, chosenGrade, reason: reason ?? ""), assessor: name, at: now))
        }
        if let withdrawOverride { entries.append(AssessmentEntry(.override(promise: withdrawOverride, nil, reason: ""), assessor: name, at: now)) }
        return entries
    }

    func run() async throws {
        let label = try PeriodChoice.parse(period).label
        let now = SystemClock.now()
        var entries: [AssessmentEntry] = []
        if let file {
            let data = try InputFile.read(file, option: "--file")
            entries += try AssessmentFile.read(data, source: file, at: now)
            if let problem = entries.lazy.compactMap(\.problem).first { throw CommandFailure("\(file): \(problem); nothing was recorded") }
        }
        entries += commandLineEntries(at: now)
        if !entries.isEmpty {
            try await store.open().recordAssessment(force: force, period: label, entries: entries)
            print("recorded \(entries.count) \(entries.count == 1 ? "entry" : "entries") for \(force.name), \(label)")
            return
        }
        // Only showing: a store that is not there has nothing to show, and is not created.
        let history = try await store.openExisting().assessmentEntries(force: force, period: label)
        print(Self.describe(Assessment(entries: history), history: history, zone: try force.zoneRules()))
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
