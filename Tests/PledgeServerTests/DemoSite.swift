import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PledgeCore
import PledgeGenerate
import PledgeImport
import PledgeSQLite
import PledgeServer
import PledgeStore
import PledgeTestSupport

/// A real store holding generated Leicestershire records for 2009-Q1 at a tenth of full size (every record
/// kind, boundaries and police.uk crimes included), made once for all the website's tests, and a real
/// server on loopback in front of it.
struct DemoSite: Sendable {
    let directory: TemporaryDirectory
    let store: SQLiteStore

    /// The site's clock: 20 March 2009 at noon, so that the quarter has meetings both before and after it.
    static let now = Instant(secondsSinceEpoch: 1_237_550_400)
    static let shared = SharedFixture { try DemoSite() }

    private init() throws {
        directory = try TemporaryDirectory(prefix: "pledgewatch-site")
        let paths = try Generator.run(
            GenerateOptions(profile: Profile.named("leicestershire-2008")!, period: Period("2009-Q1")!, directory: directory.path("out"), scale: 0.1))
        store = try SQLiteStore(path: directory.path("site.sqlite"))
        let reports = Importer(store: store, now: FixedClock.clock).importFiles(Array(paths.dropLast()))
        let failed = reports.filter { $0.error != nil || $0.counts.rejected > 0 }
        guard failed.isEmpty else { throw DemoSiteError(description: "the demo import failed: \(failed)") }
    }

    /// Runs `body` with a client of a live server on a free loopback port.
    static func withServer(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let site = try await shared.value
        let app = PledgeServer.application(store: site.store, port: 0, now: { now }, rateLimit: nil, logger: Logger(label: "test"))
        try await onOwnThreads { try await app.test(.live, body) }
    }
}

struct DemoSiteError: Error, CustomStringConvertible {
    let description: String
}
