import Foundation
import PledgeCore
import PledgeGenerate
import PledgeImport
import PledgeOutput
import PledgeStore
import PledgeTestSupport
import Testing

/// The same records give the same figures to the count, whichever store holds them: generated
/// Leicestershire records imported into the store under test and into a fresh reference store (SQLite),
/// then every figure the adapters show compared.
///
/// Run against SQLite itself this compares two SQLite stores. That is still worth running: it checks that
/// the figures depend only on the records imported (not on a store's history, ids or secret), that the
/// comparison below finds the figures non-empty, and it keeps the test honest while SQLite is the only store.
@Suite("Store contract: the same figures as the reference store")
struct FiguresContractTests {
    /// 2009-Q1, with the fifteen months before it reaching back to 2008-Q1: its baseline months, last year's
    /// quarter and the twelve-month trend all have records.
    static let quarter = "2009-Q1"

    /// Leicestershire's records of January 2008 to March 2009 at one hundredth of their real volume (about
    /// 5,600 calls), with the awkward rows a real export holds (which every store must reject alike), written
    /// into `directory`; the data files in import order. (Generated for each store, not kept for the run: a
    /// value kept in a static would never remove its folder.)
    static func generate(into directory: String) throws -> [String] {
        let options = GenerateOptions(
            profile: Profile.named("leicestershire-2008")!, period: Period("2008-01-01..2009-03-31")!, directory: directory, seed: 2008, scale: 0.01,
            edgeCases: true)
        return Array(try Generator.run(options).dropLast())
    }

    /// What became of a file, as a line to compare between stores.
    static func summary(_ report: FileImportReport) -> String {
        let name = URL(fileURLWithPath: report.path).lastPathComponent
        return
            "\(name): \(report.kind?.name ?? "-") \(report.counts) kept \(report.kept) placed \(report.crimesPlaced.map(String.init) ?? "-") error \(report.error ?? "-") \(report.sampleRejections)"
    }

    /// The calls of a calls CSV (generated, or a rejects file) received in the window, by their fourth field.
    static func callsReceived(in window: ReportWindow, csv path: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        let lines = try FixtureFile.read(path).split(separator: "\n").dropFirst()
        return lines.count(where: { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count > 3 else { return false }
            let received = Array(fields[3].utf8).withUnsafeBytes { try? InstantParser.parse($0, zone: Contract.london).get() }
            return received.map(window.contains) ?? false
        })
    }

    @Test(
        "report figures, the Authority's quarter, the contact panel, complaints and questionnaires: the same as the reference store's",
        arguments: StoreUnderTest.available)
    func sameFigures(store: StoreUnderTest) async throws {
        let harness = try await ContractHarness.open(store)
        let paths = try Self.generate(into: harness.files.path("generated"))
        let reference = try await ContractHarness.open(.reference)
        let ours = try await harness.importFiles(paths, options: ImportOptions(rejectsDirectory: harness.files.path("rejects")))
        let theirs = try await reference.importFiles(paths, options: ImportOptions(rejectsDirectory: reference.files.path("rejects")))

        // The imports went alike, row for row: the same inserted and the same rejected.
        #expect(ours.map(Self.summary) == theirs.map(Self.summary))
        #expect(theirs.allSatisfy { $0.error == nil && $0.kept }, "\(theirs.filter { $0.error != nil }.map(Self.summary))")
        #expect(theirs.contains { $0.counts.rejected > 0 }, "the generated edge cases are rejected")
        #expect(try await harness.store.status().holdings == (try await reference.store.status().holdings))
        #expect(try await harness.store.neighbourhoodProfiles(force: nil) == (try await reference.store.neighbourhoodProfiles(force: nil)))
        #expect(try await harness.store.boundaries(force: nil) == (try await reference.store.boundaries(force: nil)))

        let force = Contract.leicestershire
        let window = Contract.window(Self.quarter)
        func same(_ what: String, _ mine: [String], _ reference: [String], sourceLocation: SourceLocation = #_sourceLocation) {
            // Compared first, so that a failure shows the first differences, not some hundred thousand lines.
            let equal = mine == reference
            #expect(equal, "\(what): \(Fingerprint.differences(mine, reference))", sourceLocation: sourceLocation)
        }

        // The report card and every result behind it (force, urban, rural, units, neighbourhoods).
        let figures = try await Measurements(harness.store).reportFigures(force: force, window: window)
        let referenceFigures = try await Measurements(reference.store).reportFigures(force: force, window: window)
        same("report card", Fingerprint.json(figures.card.jsonBytes()), Fingerprint.json(referenceFigures.card.jsonBytes()))
        // And to the byte: P3's hours once differed in their 13th digit between stores handing the days over in
        // different orders.
        #expect(figures.card.jsonBytes() == referenceFigures.card.jsonBytes(), "the report card's JSON differs in its bytes")
        same("results", Fingerprint.lines(figures.results), Fingerprint.lines(referenceFigures.results))

        // The Authority's quarter: this quarter, the same quarter last year and the twelve-month trend.
        let quarter = try await Measurements(harness.store).authorityQuarter(force: force, quarter: Period(Self.quarter)!, now: FixedClock.now)
        let referenceQuarter = try await Measurements(reference.store).authorityQuarter(
            force: force, quarter: Period(Self.quarter)!, now: FixedClock.now)
        #expect(quarter.units == referenceQuarter.units)
        #expect(quarter.plan.plan == referenceQuarter.plan.plan)
        same("quarter", Fingerprint.lines(quarter.quarter), Fingerprint.lines(referenceQuarter.quarter))
        same("last year", Fingerprint.lines(quarter.lastYear), Fingerprint.lines(referenceQuarter.lastYear))
        same("trend", Fingerprint.lines(quarter.trend), Fingerprint.lines(referenceQuarter.trend))
        same(
            "quarterly reports", quarter.reports.flatMap { Fingerprint.json($0.jsonBytes()) },
            referenceQuarter.reports.flatMap { Fingerprint.json($0.jsonBytes()) })
        #expect(
            quarter.reports.map { $0.jsonBytes() } == referenceQuarter.reports.map { $0.jsonBytes() },
            "the quarterly reports' JSON differs in its bytes")

        let panel = try await Measurements(harness.store).contactPanel(force: force, window: window)
        let referencePanel = try await Measurements(reference.store).contactPanel(force: force, window: window)
        same("contact panel", Fingerprint.lines(panel), Fingerprint.lines(referencePanel))

        var complaints: [ComplaintsAnalysis] = []
        for area in [Area.force] + quarter.units.prefix(1).map(Area.unit) {
            complaints.append(try await Measurements(harness.store).complaintsAnalysis(force: force, window: window, area: area))
            let referenceComplaints = try await Measurements(reference.store).complaintsAnalysis(force: force, window: window, area: area)
            same("complaints \(area)", Fingerprint.lines(complaints.last!), Fingerprint.lines(referenceComplaints))
        }

        let questionnaires = try await Measurements(harness.store).questionnaires(force: force, window: window, minimumGroupAnswers: 5)
        let referenceQuestionnaires = try await Measurements(reference.store).questionnaires(force: force, window: window, minimumGroupAnswers: 5)
        same("questionnaires", Fingerprint.lines(questionnaires), Fingerprint.lines(referenceQuestionnaires))

        // And the figures are about the records: the panel counts every call of the quarter that was kept,
        // as the generated file and the rejects file say.
        let callsFile = try #require(paths.first { $0.hasSuffix("leicestershire-calls.csv") })
        let kept =
            try Self.callsReceived(in: window, csv: callsFile)
            - Self.callsReceived(in: window, csv: harness.files.path("rejects/leicestershire-calls.rejects.csv"))
        let forcePanel = try #require(panel.areas.first { $0.area == .force })
        #expect(kept > 500)
        #expect((forcePanel.emergency + forcePanel.nonEmergency).reduce(0) { $0 + $1.calls } == kept)
        // Every kind behind them: units, last year's calls, complaints then and now, answers, duty hours.
        #expect(quarter.units.count == 15)
        #expect(quarter.lastYear.contains { $0.area == .force && $0.indicator.id == "P5.answer_10s" && $0.denominator > 0 })
        #expect(complaints[0].all.complaints > 0 && complaints[0].allLastYear.complaints > 0)
        #expect(!questionnaires.questions.isEmpty)
        #expect(figures.results.contains { $0.area == .force && $0.indicator.id == "P3.visible_time" && $0.denominator > 0 }, "duty hours counted")
    }
}

extension Fingerprint {
    /// A JSON document as sorted `path = value` lines, numbers to 12 significant digits (see `Fingerprint`).
    static func json(_ bytes: [UInt8]) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
            return ["not JSON: \(String(decoding: bytes, as: UTF8.self))"]
        }
        return jsonLines(object, "")
    }

    private static func jsonLines(_ value: Any, _ path: String) -> [String] {
        switch value {
        case let object as [String: Any]:
            let lines = object.keys.sorted().flatMap { jsonLines(object[$0]!, "\(path).\($0)") }
            return lines.isEmpty ? ["\(path) = {}"] : lines
        case let array as [Any]:
            let lines = array.enumerated().flatMap { jsonLines($0.element, "\(path)[\($0.offset)]") }
            return lines.isEmpty ? ["\(path) = []"] : lines
        case let text as String:
            return ["\(path) = \(String(reflecting: text))"]
        case let number as NSNumber:
            // Flags read as 0 and 1 on both sides alike.
            return ["\(path) = \(text(number.doubleValue))"]
        default:
            return ["\(path) = null"]
        }
    }
}
