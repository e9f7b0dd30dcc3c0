import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PledgeCore
import PledgeImport
import PledgeTestSupport
import Synchronization
import Testing

@testable import PledgeServer

/// The site keeps rendered pages (`SiteData.page`): per address, until the records change or a minute of
/// the clock has passed. Real SQLite store; the internal `SiteData` is reached `@testable`.
@Suite("kept pages")
struct KeptPagesTests {
    /// An instant that moves only when told, and a count of renders.
    final class Probe: Sendable {
        private let instant = Mutex(FixedClock.now)
        private let renders = Mutex(0)

        var now: Instant { instant.withLock { $0 } }
        func advance(seconds: Int64) { instant.withLock { $0 = Instant(microseconds: $0.microseconds + seconds * 1_000_000) } }
        var rendered: Int { renders.withLock { $0 } }

        /// A page whose text says how many renders there have been.
        func render() -> String { "page \(renders.withLock { $0 += 1; return $0 })" }
    }

    static let calls = "call_id,force,line,received_at,answered_at,neighbourhood_id\n"

    @Test("a page is rendered once and then served as kept, until an import moves the data version on")
    func keptUntilImport() async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let probe = Probe()
        let data = SiteData(store: harness.store, now: { probe.now })
        let first = try await data.page("/a") { probe.render() }
        let again = try await data.page("/a") { probe.render() }
        #expect(String(buffer: first) == "page 1" && String(buffer: again) == "page 1" && probe.rendered == 1)
        let other = try await data.page("/a?period=2008/09") { probe.render() }
        #expect(String(buffer: other) == "page 2", "another address is another page")
        #expect(
            try harness.importText(Self.calls + "C1,leicestershire,999,2009-01-10T12:00:00Z,2009-01-10T12:00:04Z,NC04\n", name: "calls.csv").isClean)
        let afterImport = try await data.page("/a") { probe.render() }
        #expect(String(buffer: afterImport) == "page 3")
    }

    @Test("a kept page is made again once a minute of the clock has passed")
    func lifetime() async throws {
        let harness = try ImportHarness()
        let probe = Probe()
        let data = SiteData(store: harness.store, now: { probe.now })
        _ = try await data.page("/a") { probe.render() }
        probe.advance(seconds: 59)
        #expect(String(buffer: try await data.page("/a") { probe.render() }) == "page 1")
        probe.advance(seconds: 1)
        #expect(String(buffer: try await data.page("/a") { probe.render() }) == "page 2")
    }

    @Test("a page that fails is not kept")
    func failuresNotKept() async throws {
        let harness = try ImportHarness()
        let probe = Probe()
        let data = SiteData(store: harness.store, now: { probe.now })
        await #expect(throws: SiteError.self) { try await data.page("/a") { throw SiteError.notFound("no") } }
        #expect(String(buffer: try await data.page("/a") { probe.render() }) == "page 1")
    }

    @Test("over HTTP: the report card's bytes repeat exactly, and change when new calls are imported")
    func reportCardOverHTTP() async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let app = PledgeServer.application(store: harness.store, port: 0, now: { FixedClock.now }, rateLimit: nil, logger: Logger(label: "test"))
        try await onOwnThreads {
            try await app.test(.live) { client in
                #expect(
                    try harness.importText(Self.calls + "C1,leicestershire,999,2009-01-10T12:00:00Z,2009-01-10T12:00:04Z,NC04\n", name: "a.csv")
                        .isClean)
                let first = try await client.execute(uri: "/forces/leicestershire/report", method: .get)
                let second = try await client.execute(uri: "/forces/leicestershire/report", method: .get)
                #expect(first.status == .ok && first.body == second.body)
                #expect(first.headers[.contentType] == "text/html; charset=utf-8")
                // A slow 999 call: the share answered within 10 seconds falls from 100 % to 50 %.
                #expect(
                    try harness.importText(Self.calls + "C2,leicestershire,999,2009-01-11T12:00:00Z,2009-01-11T12:01:00Z,NC04\n", name: "b.csv")
                        .isClean)
                let third = try await client.execute(uri: "/forces/leicestershire/report", method: .get)
                #expect(third.status == .ok && third.body != first.body)
            }
        }
    }
}
