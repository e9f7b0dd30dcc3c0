/// A public complaint recorded by professional standards.
public struct ComplaintFact: Sendable {
    public let received: Instant
    public let category: String
    /// The promise the complaint says was broken, 1–10; nil when none.
    public let promise: Int?
    /// The record's `complaint_id`.
    public let id: String
    public let neighbourhood: String?

    public init(received: Instant, category: String, promise: Int? = nil, id: String = "", neighbourhood: String? = nil) {
        self.received = received
        self.category = category
        self.promise = promise
        self.id = id
        self.neighbourhood = neighbourhood
    }
}

/// Complaints that say a promise was broken, by promise and category, per 1,000 calls (for the Police
/// Authority: its "promise to keep the promises").
public enum ComplaintsByPromise {
    public struct Row: Sendable, Equatable {
        public let promise: Int
        public let category: String
        public let complaints: Int
        /// Per 1,000 calls received in the period; nil when there were no calls.
        public let perThousandCalls: Double?
    }

    /// Rows in promise, then category order, for complaints received in the period.
    public static func table(_ complaints: [ComplaintFact], calls: Int, window: ReportWindow) -> [Row] {
        var counts: [Int: [String: Int]] = [:]
        for complaint in complaints where window.counts(complaint.received) {
            guard let promise = complaint.promise else { continue }
            counts[promise, default: [:]][complaint.category, default: 0] += 1
        }
        return counts.keys.sorted().flatMap { promise in
            counts[promise]!.keys.sorted().map { category in
                let count = counts[promise]![category]!
                return Row(
                    promise: promise, category: category, complaints: count,
                    perThousandCalls: calls == 0 ? nil : Double(count) * 1_000 / Double(calls))
            }
        }
    }
}
