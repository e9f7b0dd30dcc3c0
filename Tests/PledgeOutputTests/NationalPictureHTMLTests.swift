import Foundation
import PledgeCore
import PledgeCoreFixtures
import PledgeOutput
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The national picture as a page: its funnel plots drawn inline.
@Suite("national picture as HTML")
struct NationalPictureHTMLTests {
    @Test("the HTML draws a funnel per key indicator with data: both limits on both sides, a dot per force, well-formed")
    func html() throws {
        let picture = NationalPicture(cards: [
            EngineFixture.nationalCard("leicestershire", 9_000, of: 10_000), EngineFixture.nationalCard("nottinghamshire", 430, of: 500),
            EngineFixture.nationalCard("derbyshire", 95, of: 100),
            EngineFixture.nationalCard("lincolnshire", 2_500, of: 3_000),
        ])
        let html = picture.html
        if let dump = ProcessInfo.processInfo.environment["PLEDGEWATCH_DUMP_HTML"] { try html.write(toFile: dump, atomically: true, encoding: .utf8) }
        let parser = XMLParser(data: Data(html.dropFirst("<!DOCTYPE html>\n".count).utf8))
        #expect(parser.parse())
        #expect(html.components(separatedBy: "<svg").count - 1 == 1, "only P5.answer_10s has records")
        #expect(html.components(separatedBy: "<circle").count - 1 == 4)
        #expect(html.components(separatedBy: "<polyline").count - 1 == 4)
        #expect(html.contains("<title>Lincolnshire Police: 83.3% of 3,000 (below998)</title>"))
        for outside in ["<script", "src=", "href="] { #expect(!html.contains(outside)) }
    }
}
