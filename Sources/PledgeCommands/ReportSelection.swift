import ArgumentParser
import PledgeCore

/// What a report is about, shared by `indicators` and `report`: the force, the period, the as-of instant
/// and the force's configuration file.
struct ReportSelection: ParsableArguments {
    @Option(help: ArgumentHelp("The force: its police.uk id or name, in any case.", valueName: "force"), transform: ForceChoice.parse)
    var force: Force

    @Option(help: PeriodChoice.help())
    var period: String

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("The instant the figures describe (default: the end of the period, or now).", valueName: "instant"))
    var asOf: String?

    @Option(
        help: ArgumentHelp(
            "The force's configuration file (JSON, its own targets).",
            discussion: "Default: $PLEDGEWATCH_CONFIG when set; otherwise the default targets (docs/indicators.md).", valueName: "file"))
    var config: String?

    func validate() throws { _ = try CommandFailure.validating { try window() } }

    /// Refuses a period written in none of the four forms, showing them, or one a report cannot be about.
    static func check(period: String) throws { _ = try CommandFailure.validating { try PeriodChoice.parse(period) } }

    /// The force named.
    var chosenForce: Force { force }

    /// The period and as-of in the force's time zone, judged against the real clock.
    func window() throws -> ReportWindow {
        let zone = try force.zoneRules()
        return ReportWindow(
            period: try PeriodChoice.parse(period), zone: zone, now: SystemClock.now(), asOf: try PeriodChoice.instant(asOf, zone: zone))
    }

    /// The configuration named by --config or $PLEDGEWATCH_CONFIG, or the defaults.
    func configuration() throws -> ForceConfiguration { try AuthorityOutput.configuration(config) }
}
