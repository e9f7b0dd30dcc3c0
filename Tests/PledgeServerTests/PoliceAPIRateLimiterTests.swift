import Synchronization
import Testing

@testable import PledgeServer

/// The leaky bucket itself (reference §1.3), on a clock the test steps. `RateLimiter` is internal to the
/// server, so this file imports it `@testable` (debug builds, as `swift test` makes).
@Suite("police.uk API rate limiter")
struct PoliceAPIRateLimiterTests {
    /// Seconds on a clock that moves only when told.
    final class SteppedClock: Sendable {
        private let seconds = Mutex(0.0)

        var now: Double { seconds.withLock { $0 } }
        func set(_ value: Double) { seconds.withLock { $0 = value } }
    }

    /// A limiter of `rate` requests a second and bursts of `burst`, on `clock`.
    static func limiter(rate: Double = 1, burst: Int = 3, clock: SteppedClock) -> RateLimiter {
        RateLimiter(limit: RateLimit(rate: rate, burst: burst), now: { clock.now })
    }

    @Test("a burst is admitted at once and the next request refused")
    func burst() {
        let clock = SteppedClock()
        let limiter = Self.limiter(clock: clock)
        #expect((0..<3).map { _ in limiter.admit("10.0.0.1") } == [true, true, true])
        #expect(!limiter.admit("10.0.0.1"))
        #expect(!limiter.admit("10.0.0.1"), "a refused request is not counted, but the bucket is still full")
    }

    @Test("the bucket drains at the rate: one more request per second")
    func drains() {
        let clock = SteppedClock()
        let limiter = Self.limiter(clock: clock)
        for _ in 0..<3 { _ = limiter.admit("a") }
        clock.set(0.5)
        #expect(!limiter.admit("a"), "half a request has drained")
        clock.set(1.0)
        #expect(limiter.admit("a"))
        #expect(!limiter.admit("a"))
        clock.set(100)
        #expect((0..<4).map { _ in limiter.admit("a") } == [true, true, true, false], "an idle client has its whole burst again")
    }

    @Test("each client has its own bucket")
    func perClient() {
        let clock = SteppedClock()
        let limiter = Self.limiter(clock: clock)
        for _ in 0..<3 { _ = limiter.admit("a") }
        #expect(!limiter.admit("a"))
        #expect(limiter.admit("b"))
    }

    @Test("police.uk's own limit: 15 a second on average, bursts of 30")
    func policeUK() {
        #expect(RateLimit.policeUK == RateLimit(rate: 15, burst: 30))
        let clock = SteppedClock()
        let limiter = RateLimiter(limit: .policeUK, now: { clock.now })
        #expect((0..<31).filter { _ in limiter.admit("a") }.count == 30)
        clock.set(1)
        #expect((0..<16).filter { _ in limiter.admit("a") }.count == 15)
    }
}
