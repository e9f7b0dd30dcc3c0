import PledgeStore

/// The HTTP adapter: the public website and the police open-data API, served with Hummingbird 2.
///
/// It arrives with the website issue. Its place in the dependency graph is fixed now: it sees the domain
/// core and the storage protocol only, never a particular store, so the same server runs on SQLite or
/// PostgreSQL. The composition root (`PledgeCommands`) decides which store it is given.
public enum PledgeServer {
    /// The store type the server will be generic over.
    public typealias Store = any PledgeStore
}
