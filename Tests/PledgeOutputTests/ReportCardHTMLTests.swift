import Foundation
import PledgeCore
import PledgeOutput
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The printable card: one self-contained, well-formed document, compared with a reviewed snapshot.
/// After an intended change, record it again with PLEDGEWATCH_RECORD_SNAPSHOTS=1 and review the diff.
@Suite("report card HTML")
struct ReportCardHTMLTests {
    static let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/report-card.html")

    static func card() -> ReportCard {
        func month(_ index: Int, _ numerator: Int, _ denominator: Int) -> IndicatorResult.MonthPoint {
            .init(
                month: YearMonth(year: 2008, month: 4 + index)!, measure: .records(Proportion(numerator, of: denominator)), lower: nil, upper: nil,
                signals: [])
        }
        let definition = IndicatorCatalogue.definition("P5.answer_10s")!
        let charted = IndicatorResult(
            indicator: definition, area: .force, measure: .records(Proportion(2_840, of: 3_000)), target: 0.90, targetIsDefault: true,
            series: [month(0, 950, 1_000), month(1, 930, 1_000), month(2, 960, 1_000)], centre: nil)
        let assessment = Assessment(
            improvementAreas: [
                1: .init(grade: .good, evidence: "Surveys <reviewed> & acted on", assessor: "HMI Smith", at: Instant(microseconds: 0))
            ],
            findings: [10: [Finding(kind: .weakness, text: "But callers' details were not kept.", origin: .added)]])
        return ReportCard(
            force: ReportCardTests.force, window: ReportCardTests.window,
            results: ReportCardTests.results.filter { $0.indicator.id != "P5.answer_10s" } + [charted],
            realityChecks: ReportCardTests.checks, assessment: assessment)
    }

    @Test("the HTML is well-formed, needs nothing from the network, escapes what it quotes, and matches the snapshot")
    func snapshot() throws {
        let html = Self.card().html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html"))
        let body = Data(html.dropFirst("<!DOCTYPE html>\n".count).utf8)
        let parser = XMLParser(data: body)
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        for outside in ["<script", "src=", "href=", "@import", "url("] { #expect(!html.contains(outside), "\(outside) would reach outside the file") }
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("Surveys &lt;reviewed&gt; &amp; acted on"))
        #expect(html.contains("<strong>But</strong> callers&apos;") || html.contains("<strong>But</strong> callers'"))
        #expect(html.contains("<svg") && html.contains("<polyline"))
        if ProcessInfo.processInfo.environment["PLEDGEWATCH_RECORD_SNAPSHOTS"] == "1" {
            try html.write(to: Self.snapshot, atomically: true, encoding: .utf8)
        }
        let recorded = try String(contentsOf: Self.snapshot, encoding: .utf8)
        #expect(html == recorded, "the card differs from Snapshots/report-card.html")
    }
}
