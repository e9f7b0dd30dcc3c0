import ArgumentParser
import Foundation
import PledgeCore

/// What a report is about, shared by `indicators` and `report`: the force, the period, the as-of instant
/// and the force's configuration file.
struct ReportSelection: ParsableArguments {
    @Option(help: ArgumentHelp("The force's police.uk id.", valueName: "force"))
    var force: String

    @Option(help: ArgumentHelp("The period.", valueName: "period"))
    var period: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The instant the figures describe (default: the end of the period, or now).", valueName: "instant"))
    var asOf: String?

    @Option(
        help: ArgumentHelp(
            "The force's configuration file (JSON, its own targets).",
            discussion: "Default: $PLEDGEWATCH_CONFIG when set; otherwise the spec's default targets.", valueName: "file"))
    var config: String?

    func validate() throws { try Self.check(force: force, period: period) }

    /// Refuses a force id or period that does not exist, saying what would do.
    static func check(force: String, period: String) throws {
        guard ForceCatalogue.force(id: force) != nil else { throw ValidationError("'\(force)' is not a force; see `pledgewatch forces`") }
        try check(period: period)
    }

    /// Refuses a period written in none of the four forms, showing them.
    static func check(period: String) throws {
        guard Period(period) != nil else { throw ValidationError("'\(period)' is not a period (2009-01, 2009-Q1, 2008/09 or 2008-04-01..2008-06-30)") }
    }

    /// The force named (checked by `validate`).
    var chosenForce: Force { ForceCatalogue.force(id: force)! }

    /// The period and as-of in the force's time zone, judged against the real clock.
    func window() throws -> ReportWindow {
        let zone = ZoneRulesCache.rules(for: chosenForce.timeZone)!
        var asOfInstant: Instant?
        if let asOf {
            switch Array(asOf.utf8).withUnsafeBytes({ InstantParser.parse($0, zone: zone) }) {
            case .success(let instant): asOfInstant = instant
            case .failure(let problem): throw ValidationError("--as-of: \(problem.reason)")
            }
        }
        return ReportWindow(period: Period(period)!, zone: zone, now: SystemClock.now(), asOf: asOfInstant)
    }

    /// The configuration named by --config or $PLEDGEWATCH_CONFIG, or the defaults.
    func configuration() throws -> ForceConfiguration {
        guard let path = config ?? ProcessInfo.processInfo.environment["PLEDGEWATCH_CONFIG"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            return ForceConfiguration()
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw ConfigurationError("\(path): cannot be read") }
        return try ForceConfiguration.read(data, source: path)
    }
}
