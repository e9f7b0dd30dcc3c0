import PledgeCore
import Testing

/// Complaints for the Police Authority from hand-built complaints and calls in two years: 2009-Q2 (April to
/// June 2009, British Summer Time) against 2008-Q2.
@Suite("complaints analysis")
struct ComplaintsAnalysisTests {
    static let zone = ZoneRulesCache.rules(for: "Europe/London")!
    static let now = Oracle.instant("2010-01-01T00:00:00Z")
    static let window = ReportWindow(period: Period("2009-Q2")!, zone: zone, now: now)
    static let lastYear = ReportWindow(period: Period("2008-Q2")!, zone: zone, now: now)
    static let directory = NeighbourhoodDirectory([
        .init(id: "CITY", unit: "City", urban: true), .init(id: "CENTRE", unit: "City", urban: true),
        .init(id: "VALE", unit: "County", urban: false),
    ])

    static func complaint(_ at: String, _ category: String, _ promise: Int?, _ neighbourhood: String?) -> ComplaintFact {
        ComplaintFact(received: Oracle.instant(at), category: category, promise: promise, id: at, neighbourhood: neighbourhood)
    }

    static let complaints = [
        // 2009-Q2.
        complaint("2009-04-10T10:00:00Z", "Incivility", 1, "CITY"),
        complaint("2009-05-10T10:00:00Z", "Incivility", 1, "CENTRE"),
        complaint("2009-05-11T10:00:00Z", "Incivility", 1, "VALE"),
        complaint("2009-06-01T10:00:00Z", "Incivility", 1, nil),
        complaint("2009-06-02T10:00:00Z", "Neglect or failure in duty", 4, "CITY"),
        complaint("2009-06-03T10:00:00Z", "Other", nil, "VALE"),
        // 00:30 BST on 1 April 2009: in the quarter.
        complaint("2009-03-31T23:30:00Z", "Neglect or failure in duty", 4, "VALE"),
        // 00:30 BST on 1 July 2009 and 23:30 GMT on 31 March 2009: outside both quarters.
        complaint("2009-06-30T23:30:00Z", "Incivility", 1, "CITY"),
        complaint("2009-03-31T22:30:00Z", "Incivility", 1, "CITY"),
        // 2008-Q2.
        complaint("2008-05-05T10:00:00Z", "Incivility", 1, "CITY"),
        complaint("2008-06-05T10:00:00Z", "Neglect or failure in duty", 9, "VALE"),
        complaint("2008-06-06T10:00:00Z", "Other", nil, nil),
        // 2008-Q3: in neither.
        complaint("2008-07-15T10:00:00Z", "Incivility", 2, "CITY"),
    ]

    /// `count` calls from `start`, an hour apart.
    static func calls(_ count: Int, from start: String, neighbourhood: String?) -> [CallFact] {
        let first = Oracle.instant(start)
        return (0..<count).map { CallFact(received: first.adding(seconds: Int64($0) * 3_600), is999: $0 % 2 == 0, neighbourhood: neighbourhood) }
    }

    /// 2009-Q2: 1,200 in City (800 CITY, 400 CENTRE), 600 in County, 200 with no neighbourhood: 2,000.
    /// 2008-Q2: 600 in City, 400 in County: 1,000. A few calls in neither quarter.
    static let allCalls =
        calls(800, from: "2009-04-01T00:00:00Z", neighbourhood: "CITY") + calls(400, from: "2009-04-02T00:00:00Z", neighbourhood: "CENTRE")
        + calls(600, from: "2009-04-03T00:00:00Z", neighbourhood: "VALE") + calls(200, from: "2009-05-01T00:00:00Z", neighbourhood: nil)
        + calls(600, from: "2008-04-01T00:00:00Z", neighbourhood: "CITY") + calls(400, from: "2008-04-01T00:00:00Z", neighbourhood: "VALE")
        + calls(50, from: "2009-07-01T00:00:00Z", neighbourhood: "CITY") + calls(30, from: "2008-03-01T00:00:00Z", neighbourhood: "VALE")

    static func analysis(_ area: Area, peers: [ComplaintsAnalysis.PeerFigures] = []) -> ComplaintsAnalysis {
        ComplaintsAnalysis(
            area: area, complaints: complaints, calls: allCalls, window: window, lastYear: lastYear, directory: directory, peers: peers)
    }

    static func row(_ row: ComplaintsAnalysis.Row) -> String {
        "\(row.promise.map(String.init) ?? "-") \(row.category) \(row.now.complaints)/\(row.now.calls) \(row.lastYear.complaints)/\(row.lastYear.calls)"
    }

    @Test("the calls fixture is what it says: 2,000 calls in 2009-Q2 and 1,000 in 2008-Q2")
    func fixture() {
        #expect(Self.allCalls.count(where: { Self.window.contains($0.received) }) == 2_000)
        #expect(Self.allCalls.count(where: { Self.lastYear.contains($0.received) }) == 1_000)
    }

    @Test("force: every complaint, those naming a promise, by promise and category, per 1,000 calls, against last year")
    func force() {
        let analysis = Self.analysis(.force)
        #expect(analysis.area == .force)
        // 2009-Q2: 7 complaints (6 naming a promise) of 2,000 calls; 2008-Q2: 3 (2) of 1,000.
        #expect(analysis.all == .init(complaints: 7, calls: 2_000))
        #expect(analysis.all.perThousandCalls == 3.5)
        #expect(analysis.brokenPromises == .init(complaints: 6, calls: 2_000))
        #expect(analysis.brokenPromises.perThousandCalls == 3.0)
        #expect(analysis.allLastYear == .init(complaints: 3, calls: 1_000))
        #expect(analysis.brokenPromisesLastYear == .init(complaints: 2, calls: 1_000))
        #expect(
            analysis.rows.map(Self.row) == [
                "1 Incivility 4/2000 1/1000", "4 Neglect or failure in duty 2/2000 0/1000", "9 Neglect or failure in duty 0/2000 1/1000",
                "- Other 1/2000 1/1000",
            ])
        #expect(analysis.rows[0].now.perThousandCalls == 2.0)
        #expect(analysis.rows[0].lastYear.perThousandCalls == 1.0)
        #expect(analysis.promises.map(\.promise) == Array(1...10))
        #expect(
            analysis.promises.map { "\($0.now.complaints)/\($0.lastYear.complaints)" } == [
                "4/1", "0/0", "0/0", "2/0", "0/0", "0/0", "0/0", "0/0", "0/1", "0/0",
            ])
        #expect(analysis.promises.allSatisfy { $0.peers == nil })
        #expect(analysis.peerIDs.isEmpty)
    }

    @Test("a unit counts the complaints and calls of its neighbourhoods only")
    func units() {
        let city = Self.analysis(.unit("City"))
        // CITY and CENTRE: two promise-1 and one promise-4 complaint of 1,200 calls; last year one of 600.
        #expect(city.all == .init(complaints: 3, calls: 1_200))
        #expect(city.all.perThousandCalls == 2.5)
        #expect(city.rows.map(Self.row) == ["1 Incivility 2/1200 1/600", "4 Neglect or failure in duty 1/1200 0/600"])
        #expect(city.promises[0].lastYear == .init(complaints: 1, calls: 600))
        let county = Self.analysis(.unit("County"))
        #expect(county.all == .init(complaints: 3, calls: 600))
        #expect(county.brokenPromises == .init(complaints: 2, calls: 600))
        #expect(county.allLastYear == .init(complaints: 1, calls: 400))
        #expect(
            county.rows.map(Self.row) == [
                "1 Incivility 1/600 0/400", "4 Neglect or failure in duty 1/600 0/400", "9 Neglect or failure in duty 0/600 1/400",
                "- Other 1/600 0/400",
            ])
        let centre = Self.analysis(.neighbourhood("CENTRE"))
        #expect(centre.all == .init(complaints: 1, calls: 400))
        #expect(centre.allLastYear == .init(complaints: 0, calls: 0))
        #expect(centre.allLastYear.perThousandCalls == nil)
        let nowhere = Self.analysis(.unit("Nowhere"))
        #expect(nowhere.all == .init(complaints: 0, calls: 0))
        #expect(nowhere.rows.isEmpty)
    }

    @Test("urban and rural count the complaints and calls of urban and rural neighbourhoods")
    func urbanAndRural() {
        let urban = Self.analysis(.urban)
        let rural = Self.analysis(.rural)
        // Urban: CITY and CENTRE, as for City. Rural: VALE, as for County. No neighbourhood: neither.
        #expect(urban.all == .init(complaints: 3, calls: 1_200))
        #expect(urban.allLastYear == .init(complaints: 1, calls: 600))
        #expect(rural.all == .init(complaints: 3, calls: 600))
        #expect(rural.allLastYear == .init(complaints: 1, calls: 400))
    }

    @Test("the peers are pooled: their complaints naming each promise per 1,000 of all their calls")
    func peers() {
        let peers = [
            ComplaintsAnalysis.PeerFigures(forceID: "northamptonshire", complaintsByPromise: [1: 3, 5: 2], calls: 1_000),
            ComplaintsAnalysis.PeerFigures(forceID: "nottinghamshire", complaintsByPromise: [1: 1], calls: 3_000),
        ]
        let analysis = Self.analysis(.force, peers: peers)
        #expect(analysis.peerIDs == ["northamptonshire", "nottinghamshire"])
        #expect(analysis.promises[0].peers == .init(complaints: 4, calls: 4_000))
        #expect(analysis.promises[0].peers?.perThousandCalls == 1.0)
        #expect(analysis.promises[4].peers == .init(complaints: 2, calls: 4_000))
        #expect(analysis.promises[1].peers == .init(complaints: 0, calls: 4_000))
        #expect(analysis.promises[1].peers?.perThousandCalls == 0)
    }

    @Test("a peer's figures from its records: complaints naming a promise and calls of the window only")
    func peerFromRecords() {
        let figures = ComplaintsAnalysis.PeerFigures(forceID: "peer", complaints: Self.complaints, calls: Self.allCalls, window: Self.window)
        #expect(figures.calls == 2_000)
        #expect(figures.complaintsByPromise == [1: 4, 4: 2])
    }

    @Test("per 1,000 calls needs calls")
    func perThousand() {
        #expect(ComplaintsAnalysis.Count(complaints: 3, calls: 0).perThousandCalls == nil)
        #expect(ComplaintsAnalysis.Count(complaints: 3, calls: 1_500).perThousandCalls == 2.0)
    }
}
