import Foundation
import PledgeSQLite
import PledgeStore
import PledgeTestSupport

/// A store the contract suite runs against, opened empty for each test and removed afterwards.
///
/// Each factory must give a new store that shares nothing with any other opened store (tests run in
/// parallel) and holds no records: only the 43 built-in forces, the default monitoring plan and no
/// dip samples, assessments or kept reports.
struct StoreUnderTest: CustomStringConvertible, Sendable {
    let description: String
    /// Opens a new, empty store; the returned value keeps whatever the store lives in (a folder, a
    /// database) until it is released.
    let open: @Sendable () async throws -> OpenedStore

    /// Every store available on this machine: PostgreSQL only where a test server is configured
    /// (`PLEDGEWATCH_TEST_POSTGRES`). CI sets `PLEDGEWATCH_REQUIRE_POSTGRES`, which makes a missing server
    /// an error instead of a silent skip.
    static var available: [StoreUnderTest] {
        if postgresServer != nil { return [.sqlite, .postgres] }
        precondition(
            ProcessInfo.processInfo.environment["PLEDGEWATCH_REQUIRE_POSTGRES"] == nil,
            "PLEDGEWATCH_REQUIRE_POSTGRES is set but PLEDGEWATCH_TEST_POSTGRES names no server")
        return [.sqlite]
    }

    /// A new SQLite file in a temporary folder.
    static let sqlite = StoreUnderTest(description: "SQLite") {
        let directory = try TemporaryDirectory()
        return OpenedStore(store: try SQLiteStore(path: directory.path("pledgewatch.sqlite")), keeps: directory)
    }

    /// The store the figures of every other store are compared with: the embedded store, the one
    /// Pledgewatch has shipped with.
    static let reference = sqlite
}

/// A store opened for one test, with what it lives in.
struct OpenedStore: Sendable {
    let store: any PledgeStore
    /// Released with the value (a temporary folder, a database dropped on release).
    let keeps: any Sendable
}
