import Foundation
import PledgeCore
import PledgeCoreFixtures
import PledgeOutput
import Testing

/// The hand-written JSON writer must give the same document as `Codable`, which stays the reference.
@Suite("report JSON")
struct ReportJSONTests {
    typealias T = EngineFixture

    static func report() -> IndicatorReport {
        var facts = IndicatorFacts(directory: T.directory)
        facts.calls = [
            CallFact(
                received: T.at("2009-01-10T12:00:00Z"), answered: T.at("2009-01-10T12:00:09Z"), is999: true, neighbourhood: "CITY",
                response: .emergency, arrived: T.at("2009-01-10T12:09:00Z")),
            CallFact(received: T.at("2009-01-11T12:00:00Z"), is999: true, neighbourhood: "VALE"),
            CallFact(received: T.at("2008-12-11T12:00:00Z"), answered: T.at("2008-12-11T12:00:30Z"), is999: false),
        ]
        facts.duty = EngineFixture.januaryDuty
        facts.complaints = [ComplaintFact(received: T.at("2009-01-12T10:00:00Z"), category: "Incivility \"rude\"\n", promise: 1)]
        return IndicatorReport(
            force: ForceCatalogue.force(id: "leicestershire")!, engine: T.engine("2009-Q1", asOf: "2009-02-15T00:00:00Z"), facts: facts)
    }

    /// The document without its null members: `Codable`'s synthesised encoding leaves them out.
    static func withoutNulls(_ value: Any) -> Any {
        if let object = value as? [String: Any] { return object.filter { !($0.value is NSNull) }.mapValues(withoutNulls) }
        if let array = value as? [Any] { return array.map(withoutNulls) }
        return value
    }

    @Test("compact and pretty text read back as the document JSONEncoder makes, escapes and whole numbers included, with nulls written out")
    func sameAsCodable() throws {
        let report = Self.report()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let reference = try JSONSerialization.jsonObject(with: encoder.encode(report)) as! [String: Any] as NSDictionary
        for pretty in [false, true] {
            let text = report.json(pretty: pretty)
            let written = try JSONSerialization.jsonObject(with: Data(text.utf8))
            #expect(Self.withoutNulls(written) as! NSDictionary == reference)
            #expect(text.contains("\n") == pretty)
        }
        #expect(report.json(pretty: false).contains(#""numerator":22.5"#))
        // docs/indicators-json.md: a value that does not exist is null, never missing (JSONEncoder left it out).
        #expect(report.json(pretty: false).contains(#""median_message_response_seconds":null"#))
        #expect(report.json(pretty: false).contains(#""category":"Incivility \"rude\"\n""#))
        // And it decodes as the report again.
        let decoded = try JSONDecoder().decode(IndicatorReport.self, from: Data(report.json(pretty: false).utf8))
        #expect(decoded.indicators.count == report.indicators.count)
    }
}
