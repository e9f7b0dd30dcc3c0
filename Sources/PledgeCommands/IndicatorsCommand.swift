import ArgumentParser
import Foundation
import PledgeCore
import PledgeOutput
import PledgeStore

/// `pledgewatch indicators`
struct IndicatorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Show how each promise is kept: every indicator for a force, period and area, with its statistics.",
        discussion: """
            Periods: a month (2009-01), a quarter (2009-Q1), a financial year (2008/09) or FROM..TO. \
            Areas: force, urban, rural, lpu:NAME, neighbourhood:ID, or all; a unit or neighbourhood the \
            force does not have in the store is refused with the ones it has. JSON is described in \
            docs/indicators-json.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    /// Part of every cached report's key: a release that changes what a report holds or how it is
    /// written must change this, or stores would keep serving reports in the old form.
    static let reportFormat = 5

    @OptionGroup var selection: ReportSelection

    @Option(help: ArgumentHelp("The area, or all.", valueName: "area"))
    var area: String = "force"

    @Option(help: "table, json or csv.")
    var format: Format = .table

    @Flag(help: "Indent the JSON for reading (it is written on one line otherwise: a force's every area is megabytes).")
    var pretty = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        // The form is checked here; whether the force has the unit or neighbourhood, once the store is open.
        guard area == "all" || Area(area) != nil else {
            throw ValidationError("'\(area)' is not an area (force, urban, rural, lpu:NAME, neighbourhood:ID or all)")
        }
    }

    func run() async throws {
        let force = selection.chosenForce
        let configuration = try selection.configuration()
        let window = try selection.window()
        let opened = try await store.openExisting()
        // Refused before the cache is asked: an area the force does not have has no figures to show.
        let chosenArea = try await ForceAreas(force: force, in: opened).indicatorArea(area)
        // A repeat request for unchanged records is answered from the store's cache; any import changes the
        // data version and so recomputes; the targets in use are part of the request.
        let request =
            "indicators/\(Self.reportFormat)|\(window.period.label)|\(window.asOf.microseconds)|\(area)|\(format.rawValue)\(pretty ? "-pretty" : "")|\(configuration.fingerprint)"
        let version = try await opened.dataVersion()
        if let kept = try await opened.cachedReport(force: force, request: request, dataVersion: version) {
            FileHandle.standardOutput.write(Data(kept))
            return
        }
        let probe = IndicatorEngine(window: window, directory: NeighbourhoodDirectory([]))
        let facts = try await opened.indicatorFacts(force: force, from: probe.earliestNeeded, to: window.end)
        let engine = IndicatorEngine(window: window, directory: facts.directory, targets: configuration.targets)
        let full = IndicatorReport(force: force, engine: engine, facts: facts)
        let report = chosenArea.map { full.keeping(area: $0.description) } ?? full
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
}
