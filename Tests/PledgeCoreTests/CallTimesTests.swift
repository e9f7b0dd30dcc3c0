import PledgeCore
import Testing

@Suite("999 table and time spreads")
struct CallTimesTests {
    typealias T = CallIndicatorTests

    @Test("the Home Office bands: under 10 s, 10 to under 60 s, 60 s or more; abandoned apart; mean of answered")
    func homeOffice() throws {
        let r = T.at("2009-01-05T12:00:00Z")
        let calls =
            [9, 10, 59, 60].map { CallFact(received: r, answered: r.adding(seconds: Int64($0)), is999: true) }
            + [CallFact(received: r, is999: true), CallFact(received: r, answered: r.adding(seconds: 1), is999: false)]
        let table = CallTimes.homeOfficeTable(calls, window: T.engine("2009-Q1").window)
        #expect(table.map(\.month.description) == ["2009-01", "2009-02", "2009-03"])
        let january = table[0]
        #expect((january.calls, january.abandoned, january.under10s, january.from10sTo60s, january.over60s) == (5, 1, 1, 2, 1))
        #expect(january.meanSecondsToAnswer == 34.5)
        #expect(table[1].calls == 0 && table[1].meanSecondsToAnswer == nil)
    }

    @Test("median and 90th percentile by nearest rank, per kind of time")
    func spreads() throws {
        let r = T.at("2009-01-05T12:00:00Z")
        let calls =
            (1...10).map { CallFact(received: r, answered: r.adding(seconds: Int64($0)), is999: true) }
            + [
                CallFact(received: r, is999: true, neighbourhood: "CITY", response: .emergency, arrived: r.adding(seconds: 600)),
                CallFact(received: r, is999: true, neighbourhood: "VALE", response: .emergency, arrived: r.adding(seconds: 1_500)),
            ]
        let spreads = CallTimes.spreads(calls, window: T.engine().window, directory: T.directory)
        let answer = try #require(spreads["999 answer"])
        #expect((answer.count, answer.medianSeconds, answer.percentile90Seconds) == (10, 5, 9))
        #expect(spreads["emergency attendance, urban"]?.medianSeconds == 600)
        #expect(spreads["emergency attendance, rural"]?.percentile90Seconds == 1_500)
        #expect(spreads["101 answer"] == nil)
    }
}
