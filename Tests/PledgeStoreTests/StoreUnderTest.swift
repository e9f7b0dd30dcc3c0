import Foundation
import PledgeSQLite
import PledgeStore
import PledgeTestSupport

/// A store the contract suite runs against, opened empty for each test and removed afterwards.
struct StoreUnderTest: CustomStringConvertible, Sendable {
    let description: String
    /// Opens a new, empty store; the returned value keeps whatever the store lives in (a folder, a
    /// database) until it is released.
    let open: @Sendable () async throws -> OpenedStore

    /// Every store available on this machine (PostgreSQL only where a server is configured).
    static var available: [StoreUnderTest] { [.sqlite] }

    /// A new SQLite file in a temporary folder.
    static let sqlite = StoreUnderTest(description: "SQLite") {
        let directory = try TemporaryDirectory()
        return OpenedStore(store: try SQLiteStore(path: directory.path("pledgewatch.sqlite")), keeps: directory)
    }
}

/// A store opened for one test, with what it lives in.
struct OpenedStore: Sendable {
    let store: any PledgeStore
    /// Released with the value (a temporary folder, a database dropped on release).
    let keeps: any Sendable
}
