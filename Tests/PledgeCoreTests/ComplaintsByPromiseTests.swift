import PledgeCore
import Testing

@Suite("complaints by promise")
struct ComplaintsByPromiseTests {
    typealias T = CallIndicatorTests

    @Test("complaints naming a promise, by promise and category, per 1,000 calls; others and other months left out")
    func table() {
        let r = T.at("2009-01-12T10:00:00Z")
        let complaints = [
            ComplaintFact(received: r, category: "Incivility", promise: 1), ComplaintFact(received: r, category: "Incivility", promise: 1),
            ComplaintFact(received: r, category: "Neglect or failure in duty", promise: 4), ComplaintFact(received: r, category: "Other"),
            ComplaintFact(received: T.at("2009-02-01T10:00:00Z"), category: "Incivility", promise: 1),
        ]
        let rows = ComplaintsByPromise.table(complaints, calls: 4_000, window: T.engine().window)
        #expect(rows.map { "\($0.promise) \($0.category) \($0.complaints)" } == ["1 Incivility 2", "4 Neglect or failure in duty 1"])
        #expect(rows.map(\.perThousandCalls) == [0.5, 0.25])
        #expect(ComplaintsByPromise.table(complaints, calls: 0, window: T.engine().window).allSatisfy { $0.perThousandCalls == nil })
    }
}
