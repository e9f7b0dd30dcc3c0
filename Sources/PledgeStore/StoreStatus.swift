import PledgeCore

/// What a store holds.
public struct StoreStatus: Sendable {
    /// One line per force and kind with at least one record.
    public let holdings: [Holding]
    /// Where the store is (a file path or a server), for humans.
    public let location: String

    public init(holdings: [Holding], location: String) {
        self.holdings = holdings
        self.location = location
    }

    /// The records of one kind for one force.
    public struct Holding: Sendable, Equatable {
        public let force: Force
        public let kind: RecordKind
        public let count: Int
        /// The earliest and latest local dates (or months) of the kind's time field, when it has one.
        public let first: String?
        public let last: String?

        public init(force: Force, kind: RecordKind, count: Int, first: String?, last: String?) {
            self.force = force
            self.kind = kind
            self.count = count
            self.first = first
            self.last = last
        }
    }
}
