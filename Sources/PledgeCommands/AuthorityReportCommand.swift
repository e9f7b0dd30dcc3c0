import ArgumentParser
import Foundation
import PledgeCore
import PledgeOutput
import PledgeStore

/// `pledgewatch authority report`: the Authority's quarterly performance report, for the force and its units.
struct AuthorityReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The quarterly performance report: each promise's figures against last year and the twelve-month trend, actions, monitoring.",
        discussion: """
            One pack for the force, one for a unit (--unit), or the force and every unit (--all-units). \
            --out DIR writes one file per pack, named QUARTER-force.EXT and QUARTER-lpu-UNIT.EXT; without \
            it the packs go to standard output (JSON: an array when there is more than one pack). JSON is \
            described in docs/authority.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html

        var fileExtension: String { rawValue == "text" ? "txt" : rawValue }
    }

    @OptionGroup var force: AuthorityForce

    @Option(help: ArgumentHelp("The calendar quarter.", valueName: "2009-Q1"))
    var quarter: String

    @Option(help: ArgumentHelp("One local policing unit's pack instead of the force's.", valueName: "name"))
    var unit: String?

    @Flag(name: .customLong("all-units"), help: "The force's pack and one for each unit.")
    var allUnits = false

    @Option(help: "text, json, or html (a printable page, no network needed).")
    var format: Format = .text

    @Flag(help: "Indent the JSON for reading.")
    var pretty = false

    @Option(help: ArgumentHelp("Write one file per pack into this folder (created when missing).", valueName: "dir"))
    var out: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("The instant the figures describe (default: the end of the quarter, or now).", valueName: "instant"))
    var asOf: String?

    @Option(help: ArgumentHelp("The force's configuration file (JSON, its own targets); default $PLEDGEWATCH_CONFIG.", valueName: "file"))
    var config: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        _ = try CommandFailure.validating { try Self.calendarQuarter(quarter) }
        if unit != nil && allUnits { throw ValidationError("give --unit or --all-units, not both") }
    }

    /// The calendar quarter `text` names.
    static func calendarQuarter(_ text: String) throws -> Period {
        guard let period = Period(text), period.label.contains("-Q") else {
            throw CommandFailure("--quarter: '\(text)' is not a calendar quarter (2009-Q1)")
        }
        return try PeriodChoice.parse(period.label)
    }

    func run() async throws {
        let targets = try AuthorityOutput.configuration(config).targets
        let opened = try await store.openExisting()
        // The unit is checked before the quarter's figures are computed.
        let chosenUnit = try await force.area(unit: unit, in: opened)
        let figures = try await Measurements(opened).authorityQuarter(
            force: force.chosen, quarter: try Self.calendarQuarter(quarter), now: SystemClock.now(), asOf: try force.instant(asOf), targets: targets)
        var areas: [Area] = [.force]
        if allUnits { areas += figures.units.map(Area.unit) }
        if unit != nil { areas = [chosenUnit] }
        let reports = areas.map(figures.report)
        if let out {
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            } catch {
                throw CommandFailure("--out: cannot make the folder \(out)")
            }
            for report in reports {
                let path = URL(fileURLWithPath: out).appendingPathComponent("\(Self.fileStem(report)).\(format.fileExtension)").path
                try AuthorityOutput.write(body([report]), to: path)
                print("wrote \(path)")
            }
        } else {
            try AuthorityOutput.write(body(reports), to: nil)
        }
    }

    /// The packs in the chosen format: one document (a JSON array for more than one pack).
    func body(_ reports: [QuarterlyReport]) -> [UInt8] {
        switch format {
        case .text: return Array(reports.map(AuthorityReportPrinter.text).joined(separator: "\n").utf8)
        case .html: return Array(AuthorityReportPage.printable(reports: reports).utf8)
        case .json:
            guard reports.count > 1 else { return reports[0].jsonBytes(pretty: pretty) + [UInt8(ascii: "\n")] }
            var bytes = Array("[".utf8)
            for (index, report) in reports.enumerated() {
                if index > 0 { bytes += Array(",\n".utf8) }
                bytes += report.jsonBytes(pretty: pretty)
            }
            return bytes + Array("]\n".utf8)
        }
    }

    /// `2009-Q1-force`, `2009-Q1-lpu-City`: letters and digits kept, anything else a hyphen.
    static func fileStem(_ report: QuarterlyReport) -> String {
        let area: String =
            switch report.area {
            case .unit(let name): "lpu-\(name)"
            default: report.area.description
            }
        var stem = ""
        for character in "\(report.window.period.label)-\(area)" {
            if character.isLetter || character.isNumber || character == "_" {
                stem.append(character)
            } else if stem.last != "-" {
                stem.append("-")
            }
        }
        while stem.last == "-" { stem.removeLast() }
        return stem
    }
}
