/// Complaints for the Police Authority: by promise and category, per 1,000 calls, against the same period
/// last year and the force's peers; and the "promise to keep the promises": complaints that say a promise
/// was broken.
public struct ComplaintsAnalysis: Sendable {
    /// Complaints and calls of one period in one area.
    public struct Count: Sendable, Equatable {
        public let complaints: Int
        public let calls: Int

        public init(complaints: Int, calls: Int) {
            self.complaints = complaints
            self.calls = calls
        }

        /// Per 1,000 calls; nil without calls.
        public var perThousandCalls: Double? { calls == 0 ? nil : Double(complaints) * 1_000 / Double(calls) }
    }

    public struct Row: Sendable, Equatable {
        /// 1–10; nil for complaints that name no promise.
        public let promise: Int?
        public let category: String
        public let now: Count
        public let lastYear: Count
    }

    /// One promise across categories, with the peers' rate.
    public struct PromiseRow: Sendable, Equatable {
        public let promise: Int
        public let now: Count
        public let lastYear: Count
        /// Pooled over the peers: their complaints naming the promise per 1,000 of their calls.
        public let peers: Count?
    }

    /// A peer force's complaints naming each promise (by promise), and its calls, in the same period.
    public struct PeerFigures: Sendable {
        public let forceID: String
        public let complaintsByPromise: [Int: Int]
        public let calls: Int

        public init(forceID: String, complaintsByPromise: [Int: Int], calls: Int) {
            self.forceID = forceID
            self.complaintsByPromise = complaintsByPromise
            self.calls = calls
        }

        /// A force's figures from its complaints and calls in `window` (calls placed by `received_at`).
        public init(forceID: String, complaints: [ComplaintFact], calls: [CallFact], window: ReportWindow) {
            var byPromise: [Int: Int] = [:]
            for complaint in complaints where window.counts(complaint.received) {
                if let promise = complaint.promise { byPromise[promise, default: 0] += 1 }
            }
            self.init(forceID: forceID, complaintsByPromise: byPromise, calls: calls.count(where: { window.counts($0.received) }))
        }
    }

    public let area: Area
    /// Every complaint of the area, whether or not it names a promise.
    public let all: Count
    public let allLastYear: Count
    /// The promise to keep the promises: complaints that say a promise was broken.
    public let brokenPromises: Count
    public let brokenPromisesLastYear: Count
    /// Promise, then category (complaints naming no promise last).
    public let rows: [Row]
    /// Promises 1–10, each whether or not it had complaints.
    public let promises: [PromiseRow]
    public let peerIDs: [String]

    /// `complaints` and `calls` must cover both windows; records are placed by their received instant and,
    /// for a unit or neighbourhood, by their neighbourhood (`directory`).
    public init(
        area: Area, complaints: [ComplaintFact], calls: [CallFact], window: ReportWindow, lastYear: ReportWindow, directory: NeighbourhoodDirectory,
        peers: [PeerFigures] = []
    ) {
        self.area = area
        let inArea = Self.membership(area, directory)
        let mine = complaints.filter { inArea($0.neighbourhood) }
        let callsNow = calls.count(where: { window.counts($0.received) && inArea($0.neighbourhood) })
        let callsBefore = calls.count(where: { lastYear.counts($0.received) && inArea($0.neighbourhood) })
        let now = mine.filter { window.counts($0.received) }
        let before = mine.filter { lastYear.counts($0.received) }
        all = Count(complaints: now.count, calls: callsNow)
        allLastYear = Count(complaints: before.count, calls: callsBefore)
        brokenPromises = Count(complaints: now.count(where: { $0.promise != nil }), calls: callsNow)
        brokenPromisesLastYear = Count(complaints: before.count(where: { $0.promise != nil }), calls: callsBefore)
        struct Key: Hashable {
            let promise: Int?
            let category: String
        }
        let countNow = Dictionary(grouping: now) { Key(promise: $0.promise, category: $0.category) }.mapValues(\.count)
        let countBefore = Dictionary(grouping: before) { Key(promise: $0.promise, category: $0.category) }.mapValues(\.count)
        rows = Set(countNow.keys).union(countBefore.keys).sorted { ($0.promise ?? 11, $0.category) < ($1.promise ?? 11, $1.category) }.map { key in
            Row(
                promise: key.promise, category: key.category, now: Count(complaints: countNow[key] ?? 0, calls: callsNow),
                lastYear: Count(complaints: countBefore[key] ?? 0, calls: callsBefore))
        }
        let peerCalls = peers.reduce(0) { $0 + $1.calls }
        promises = (1...10).map { promise in
            PromiseRow(
                promise: promise, now: Count(complaints: now.count(where: { $0.promise == promise }), calls: callsNow),
                lastYear: Count(complaints: before.count(where: { $0.promise == promise }), calls: callsBefore),
                peers: peers.isEmpty ? nil : Count(complaints: peers.reduce(0) { $0 + ($1.complaintsByPromise[promise] ?? 0) }, calls: peerCalls))
        }
        peerIDs = peers.map(\.forceID)
    }

    /// Whether a record with this neighbourhood counts in `area` (every record counts for the force).
    static func membership(_ area: Area, _ directory: NeighbourhoodDirectory) -> (String?) -> Bool {
        switch area {
        case .force: return { _ in true }
        case .unit(let unit): return { directory.entry($0)?.unit == unit }
        case .neighbourhood(let id): return { $0 == id && directory.entry(id) != nil }
        case .urban: return { directory.entry($0)?.urban == true }
        case .rural: return { directory.entry($0)?.urban == false }
        }
    }
}
