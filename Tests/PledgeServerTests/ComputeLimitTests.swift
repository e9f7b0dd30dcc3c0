import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PledgeCore
import PledgeStore
import PledgeTestSupport
import Synchronization
import Testing

@testable import PledgeServer

/// Figures not yet kept cost seconds of a core each, so the server computes only so many at once, overall
/// and per client (`ComputeLimit`): beyond them a request is refused at once with `Retry-After`, while kept
/// pages and figures keep answering. Deterministic: computations are held open by the test, never timed.
@Suite("bounded figure computations")
struct ComputeLimitTests {
    /// Holds the next figure computations (the store's `indicatorFacts` read) until the test lets them go,
    /// and says how many have started. Only as many as the test asks for are held, so that a computation
    /// the server should have refused, if it ran, would finish and the test fail rather than hang.
    final class Valve: Sendable {
        private let state = Mutex<(holding: Int, started: Int, waiting: [CheckedContinuation<Void, Never>])>((0, 0, []))
        private let starts: AsyncStream<Int>
        private let announce: AsyncStream<Int>.Continuation

        init() { (starts, announce) = AsyncStream.makeStream(of: Int.self) }

        /// Holds the next `count` computations.
        func hold(_ count: Int) { state.withLock { $0.holding = count } }

        /// Lets every held computation go on, and those after.
        func open() {
            let waiting = state.withLock { state in
                state.holding = 0
                defer { state.waiting = [] }
                return state.waiting
            }
            for continuation in waiting { continuation.resume() }
        }

        /// The hook for `InterceptedStore`.
        func pass(_ read: String) async {
            guard read.hasPrefix("indicatorFacts") else { return }
            await withCheckedContinuation { continuation in
                let (held, started) = state.withLock { state in
                    state.started += 1
                    let held = state.holding > 0
                    if held {
                        state.holding -= 1
                        state.waiting.append(continuation)
                    }
                    return (held, state.started)
                }
                if !held { continuation.resume() }
                announce.yield(started)
            }
        }

        /// Waits until `count` computations have started in all.
        func started(_ count: Int) async {
            for await started in starts where started >= count { return }
        }
    }

    static func store(_ valve: Valve) async throws -> InterceptedStore {
        InterceptedStore(try await DemoSite.shared.value.store) { read in await valve.pass(read) }
    }

    @Test("over HTTP: a client's second computation at once is a 429 with Retry-After, while kept pages and other routes answer")
    func perClientOverHTTP() async throws {
        let valve = Valve()
        let app = PledgeServer.application(
            store: try await Self.store(valve), port: 0, now: { DemoSite.now }, rateLimit: nil, computeLimit: ComputeLimit(overall: 4, perClient: 1),
            logger: Logger(label: "test"))
        try await onOwnThreads {
            try await app.test(.live) { client in
                // Kept before the computations are held.
                #expect(try await client.execute(uri: "/forces/leicestershire/report?period=2009-01", method: .get).status == .ok)
                valve.hold(1)
                // On a second connection from the same address: one connection's requests are answered in turn.
                let other = TestClient(host: "127.0.0.1", port: try #require(client.port), configuration: .init(timeout: .seconds(60)))
                other.connect()
                async let held = other.get("/forces/leicestershire/report?period=2009-02")
                await valve.started(2)
                for uri in [
                    "/forces/leicestershire/report?period=2009-03", "/api/v1/forces/leicestershire/report?period=2009-03",
                    "/forces/leicestershire/promises/3?period=2009-03",
                ] {
                    let refused = try await client.execute(uri: uri, method: .get)
                    #expect(refused.status == .tooManyRequests, "\(uri): \(refused.status)")
                    #expect(refused.headers[.retryAfter] == "2", "\(uri)")
                }
                // What is kept, and what computes nothing, is answered meanwhile.
                #expect(try await client.execute(uri: "/forces/leicestershire/report?period=2009-01", method: .get).status == .ok)
                #expect(try await client.execute(uri: "/forces/leicestershire/promises/5?period=2009-01", method: .get).status == .ok)
                #expect(try await client.execute(uri: "/api/leicestershire/LE0101", method: .get).status == .ok)
                #expect(try await client.execute(uri: "/health", method: .get).status == .ok)
                valve.open()
                #expect(try await held.head.status == .ok)
                try await other.shutdown()
                #expect(
                    try await client.execute(uri: "/forces/leicestershire/report?period=2009-03", method: .get).status == .ok,
                    "the slot is given back")
            }
        }
    }

    @Test("overall: with every slot taken by other clients, a new computation is a 503; joining one already running is not refused")
    func overall() async throws {
        let valve = Valve()
        let data = SiteData(store: try await Self.store(valve), now: { DemoSite.now }, computeLimit: ComputeLimit(overall: 2, perClient: 1))
        let force = try #require(ForceCatalogue.force(id: "leicestershire"))
        valve.hold(2)
        let first = Task { try await RequestClient.$address.withValue("10.0.0.1") { try await data.figures(force, period: Period("2009-01")!) } }
        let second = Task { try await RequestClient.$address.withValue("10.0.0.2") { try await data.figures(force, period: Period("2009-02")!) } }
        await valve.started(2)
        #expect(data.gate.total == 2)
        await #expect {
            try await RequestClient.$address.withValue("10.0.0.3") { try await data.figures(force, period: Period("2009-03")!) }
        } throws: { error in
            (error as? SiteError)?.status == .serviceUnavailable && (error as? SiteError)?.retryAfter == 2
        }
        // A third client asking for figures already being computed waits for them.
        let joining = Task { try await RequestClient.$address.withValue("10.0.0.3") { try await data.figures(force, period: Period("2009-01")!) } }
        valve.open()
        let (a, b, c) = (try await first.value, try await second.value, try await joining.value)
        #expect(a.card.window.period.label == "2009-01" && b.card.window.period.label == "2009-02" && c.card.window.period.label == "2009-01")
        #expect(data.gate.total == 0, "every slot is given back")
        #expect(
            try await RequestClient.$address.withValue("10.0.0.3") { try await data.figures(force, period: Period("2009-03")!) }.card.window.period
                .label == "2009-03")
    }
}
