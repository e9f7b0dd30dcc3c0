import ArgumentParser
import Foundation
import PledgeCore
import PledgeStore

/// `pledgewatch authority`: the Police Authority's oversight of how the force keeps the pledge: its
/// monitoring plan, quarterly performance report, Contact Management Panel, complaints analysis, dip
/// samples and questionnaires.
struct AuthorityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authority",
        abstract: "The Police Authority's oversight: monitoring plan, quarterly report, contact panel, complaints, dip samples, questionnaires.",
        discussion: """
            Follows the Leicestershire Police Authority's paper on how it makes sure the pledge is kept. \
            What the Authority did is read from `actions` records with owner `authority` and kind \
            `monitoring`; its plan and dip samples are kept in the store. See docs/authority.md.
            """,
        subcommands: [
            AuthorityPlanCommand.self, AuthorityPlanImportCommand.self, AuthorityPlanExportCommand.self, AuthorityPlanResetCommand.self,
            AuthorityReportCommand.self, AuthorityPanelCommand.self, AuthorityComplaintsCommand.self, AuthoritySampleCommand.self,
            AuthorityQuestionnairesCommand.self,
        ])
}

/// The period, the unit and the as-of instant of the panel and complaints commands.
struct AuthorityPeriodOptions: ParsableArguments {
    @Option(help: PeriodChoice.help())
    var period: String

    @Option(help: ArgumentHelp("One local policing unit instead of the force.", valueName: "name"))
    var unit: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("The instant the figures describe (default: the end of the period, or now).", valueName: "instant"))
    var asOf: String?

    func validate() throws { try ReportSelection.check(period: period) }
}

/// The force an Authority command is about.
struct AuthorityForce: ParsableArguments {
    @Option(help: ArgumentHelp("The force: its police.uk id or name, in any case.", valueName: "force"), transform: ForceChoice.parse)
    var force: Force

    /// The force named.
    var chosen: Force { force }

    var zone: ZoneRules { get throws { try force.zoneRules() } }

    /// `period` as of `asOf` (an instant in any form the records use; local time in the force's zone),
    /// judged against the real clock.
    func window(period: String, asOf: String?) throws -> ReportWindow {
        ReportWindow(period: try PeriodChoice.parse(period), zone: try zone, now: SystemClock.now(), asOf: try instant(asOf))
    }

    /// An --as-of instant read in the force's zone; nil when none was given.
    func instant(_ text: String?) throws -> Instant? { try PeriodChoice.instant(text, zone: zone) }

    /// The area `--unit NAME` names (`NAME` or `lpu:NAME`), refused when the force has no such unit.
    func area(unit: String?, in store: any PledgeStore) async throws -> Area {
        try await ForceAreas(force: force, in: store).unit(unit)
    }
}

/// Output shared by the Authority commands.
enum AuthorityOutput {
    /// Writes `body` to `out`, or to standard output when `out` is nil.
    static func write(_ body: String, to out: String?) throws {
        try write(Array(body.utf8), to: out)
    }

    static func write(_ body: [UInt8], to out: String?) throws {
        if let out {
            guard FileManager.default.createFile(atPath: out, contents: Data(body)) else { throw CommandFailure("--out: cannot write \(out)") }
        } else {
            FileHandle.standardOutput.write(Data(body))
        }
    }

    /// The force's configuration file (--config, else $PLEDGEWATCH_CONFIG), or the defaults.
    static func configuration(_ path: String?) throws -> ForceConfiguration {
        let environment = ProcessInfo.processInfo.environment["PLEDGEWATCH_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        guard let chosen = path ?? environment else { return ForceConfiguration() }
        let data = try InputFile.read(chosen, option: path == nil ? "$PLEDGEWATCH_CONFIG" : "--config")
        return try ForceConfiguration.read(data, source: chosen)
    }
}

/// Problems found in a file someone wrote by hand, every one of them, each with its line and field.
/// Nothing from the file is kept when there is any.
struct FileProblems: Error, CustomStringConvertible, Equatable {
    struct Problem: Equatable {
        let line: Int
        /// The column the problem is in; nil for the row (or header) as a whole.
        let field: String?
        let reason: String
    }

    let path: String
    let problems: [Problem]

    var description: String {
        let lines = problems.map { "\(path): line \($0.line): \($0.field.map { "\($0): " } ?? "")\($0.reason)" }
        return lines.joined(separator: "\n") + "\n\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(path); nothing was kept"
    }
}
