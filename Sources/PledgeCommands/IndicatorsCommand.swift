import ArgumentParser
import Foundation
import PledgeCore
import PledgeStore

/// `pledgewatch indicators`
struct IndicatorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Show how each promise is kept: every indicator for a force, period and area, with its statistics.",
        discussion: """
            Periods: a month (2009-01), a quarter (2009-Q1), a financial year (2008/09) or FROM..TO. \
            Areas: force, urban, rural, lpu:NAME, neighbourhood:ID, or all. JSON is described in \
            docs/indicators-json.md. Still to come: the hours-based P3 shares.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    /// Part of every cached report's key: a release that changes what a report holds or how it is
    /// written must change this, or stores would keep serving reports in the old form.
    static let reportFormat = 4

    @Option(help: ArgumentHelp("The force's police.uk id.", valueName: "force"))
    var force: String

    @Option(help: ArgumentHelp("The period.", valueName: "period"))
    var period: String

    @Option(help: ArgumentHelp("The area, or all.", valueName: "area"))
    var area: String = "force"

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The instant the figures describe (default: the end of the period, or now).", valueName: "instant"))
    var asOf: String?

    @Option(help: "table, json or csv.")
    var format: Format = .table

    @Flag(help: "Indent the JSON for reading (it is written on one line otherwise: a force's every area is megabytes).")
    var pretty = false

    @Option(
        help: ArgumentHelp(
            "The force's configuration file (JSON, its own targets).",
            discussion: "Default: $PLEDGEWATCH_CONFIG when set; otherwise the spec's default targets.", valueName: "file"))
    var config: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard ForceCatalogue.force(id: force) != nil else { throw ValidationError("'\(force)' is not a force; see `pledgewatch forces`") }
        guard Period(period) != nil else { throw ValidationError("'\(period)' is not a period (2009-01, 2009-Q1, 2008/09 or 2008-04-01..2008-06-30)") }
        guard area == "all" || Area(area) != nil else { throw ValidationError("'\(area)' is not an area (force, urban, rural, lpu:NAME, neighbourhood:ID or all)") }
    }

    func run() async throws {
        let force = ForceCatalogue.force(id: force)!
        let zone = ZoneRulesCache.rules(for: force.timeZone)!
        var asOfInstant: Instant?
        if let asOf {
            switch Array(asOf.utf8).withUnsafeBytes({ InstantParser.parse($0, zone: zone) }) {
            case .success(let instant): asOfInstant = instant
            case .failure(let problem): throw ValidationError("--as-of: \(problem.reason)")
            }
        }
        let configuration = try loadConfiguration()
        let window = ReportWindow(period: Period(period)!, zone: zone, now: SystemClock.now(), asOf: asOfInstant)
        let opened = try store.open()
        // A repeat request for unchanged records is answered from the store's cache; any import changes the
        // data version and so recomputes; the targets in use are part of the request.
        let request = "indicators/\(Self.reportFormat)|\(window.period.label)|\(window.asOf.microseconds)|\(area)|\(format.rawValue)\(pretty ? "-pretty" : "")|\(configuration.fingerprint)"
        let version = try await opened.dataVersion()
        if let kept = try await opened.cachedReport(force: force, request: request, dataVersion: version) {
            FileHandle.standardOutput.write(Data(kept))
            return
        }
        let probe = IndicatorEngine(window: window, directory: NeighbourhoodDirectory([]))
        let facts = try await opened.indicatorFacts(force: force, from: probe.earliestNeeded, to: window.end)
        let engine = IndicatorEngine(window: window, directory: facts.directory, targets: configuration.targets)
        let full = IndicatorReport(force: force, engine: engine, facts: facts)
        let report = area == "all" ? full : full.keeping(area: Area(area)!.description)
        var body: [UInt8]
        switch format {
        case .json:
            body = report.jsonBytes(pretty: pretty)
            body.append(UInt8(ascii: "\n"))
        case .csv: body = Array(IndicatorPrinter.csv(report).utf8)
        case .table: body = Array(IndicatorPrinter.table(report).utf8)
        }
        FileHandle.standardOutput.write(Data(body))
        try await opened.keepReport(force: force, request: request, dataVersion: version, body: body)
    }

    /// The configuration named by --config or $PLEDGEWATCH_CONFIG, or the defaults.
    private func loadConfiguration() throws -> ForceConfiguration {
        guard let path = config ?? ProcessInfo.processInfo.environment["PLEDGEWATCH_CONFIG"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            return ForceConfiguration()
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw ConfigurationError("\(path): cannot be read") }
        return try ForceConfiguration.read(data, source: path)
    }
}
