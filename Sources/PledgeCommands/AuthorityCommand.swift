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

/// The force an Authority command is about.
/// The period, the unit and the as-of instant of the panel and complaints commands.
struct AuthorityPeriodOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The period.", valueName: "period"))
    var period: String

    @Option(help: ArgumentHelp("One local policing unit instead of the force.", valueName: "name"))
    var unit: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The instant the figures describe (default: the end of the period, or now).", valueName: "instant"))
    var asOf: String?

    func validate() throws { try ReportSelection.check(period: period) }
}

struct AuthorityForce: ParsableArguments {
    @Option(help: ArgumentHelp("The force's police.uk id.", valueName: "force"))
    var force: String

    func validate() throws {
        guard ForceCatalogue.force(id: force) != nil else { throw ValidationError("'\(force)' is not a force; see `pledgewatch forces`") }
    }

    /// The force named (checked by `validate`).
    var chosen: Force { ForceCatalogue.force(id: force)! }

    var zone: ZoneRules { ZoneRulesCache.rules(for: chosen.timeZone)! }

    /// `period` as of `asOf` (an instant in any form the records use; local time in the force's zone),
    /// judged against the real clock.
    func window(period: String, asOf: String?) throws -> ReportWindow {
        guard let chosenPeriod = Period(period) else {
            throw ValidationError("'\(period)' is not a period (2009-01, 2009-Q1, 2008/09 or 2008-04-01..2008-06-30)")
        }
        return ReportWindow(period: chosenPeriod, zone: zone, now: SystemClock.now(), asOf: try instant(asOf))
    }

    /// An --as-of instant read in the force's zone; nil when none was given.
    func instant(_ text: String?) throws -> Instant? {
        guard let text else { return nil }
        switch Array(text.utf8).withUnsafeBytes({ InstantParser.parse($0, zone: zone) }) {
        case .success(let instant): return instant
        case .failure(let problem): throw ValidationError("--as-of: \(problem.reason)")
        }
    }

    /// The force's local policing units in the store, by name.
    func units(in store: any PledgeStore) async throws -> [String] {
        Array(Set(try await store.neighbourhoodProfiles(force: chosen).compactMap(\.unit))).sorted()
    }

    /// The area `--unit NAME` names (`NAME` or `lpu:NAME`), refused when the force has no such unit.
    func area(unit: String?, in store: any PledgeStore) async throws -> Area {
        guard let unit else { return .force }
        let name = unit.hasPrefix("lpu:") ? String(unit.dropFirst(4)) : unit
        let units = try await units(in: store)
        guard units.contains(name) else {
            throw ValidationError(
                "--unit: '\(name)' is not a local policing unit of \(chosen.name); "
                    + (units.isEmpty ? "the store has no neighbourhoods for it" : "its units are \(units.map { "'\($0)'" }.joined(separator: ", "))"))
        }
        return .unit(name)
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
            guard FileManager.default.createFile(atPath: out, contents: Data(body)) else { throw ValidationError("--out: cannot write \(out)") }
        } else {
            FileHandle.standardOutput.write(Data(body))
        }
    }

    /// The force's configuration file (--config, else $PLEDGEWATCH_CONFIG), or the defaults.
    static func configuration(_ path: String?) throws -> ForceConfiguration {
        guard let path = path ?? ProcessInfo.processInfo.environment["PLEDGEWATCH_CONFIG"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            return ForceConfiguration()
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw ConfigurationError("\(path): cannot be read") }
        return try ForceConfiguration.read(data, source: path)
    }

    /// A share as a percentage with one decimal place, or "–".
    static func percent(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0 * 100) } ?? "–" }

    /// "75.0% [46.8%–91.1%]": a share with its 95% Wilson interval.
    static func share(_ share: Proportion) -> String {
        guard let value = share.value, let interval = share.wilsonInterval() else { return "–" }
        return "\(percent(value)) [\(percent(interval.lower))–\(percent(interval.upper))]"
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
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
