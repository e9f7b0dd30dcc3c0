/// The figures measured from a store's records: the report card, the Police Authority's quarter, panel,
/// complaints, questionnaires and dip samples. Each reads plain facts through the store's use cases and
/// measures them with the core's one engine, so that every store (and every adapter: the site, the API,
/// the command line) gets the same figures; a store only stores and reads.
public struct Measurements: Sendable {
    public let store: any PledgeStore

    public init(_ store: any PledgeStore) { self.store = store }
}
