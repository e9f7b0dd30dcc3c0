import Hummingbird
import NIOCore
import Synchronization

/// How many requests a client may make: a leaky bucket per client address, as police.uk documents
/// ("15 requests per second on average, bursts of up to 30"; reference §1.3).
public struct RateLimit: Sendable, Equatable {
    /// Requests per second the bucket drains.
    public let rate: Double
    /// Requests the bucket holds: a client may send this many at once.
    public let burst: Int

    public init(rate: Double, burst: Int) {
        self.rate = rate
        self.burst = burst
    }

    /// police.uk's own limit.
    public static let policeUK = RateLimit(rate: 15, burst: 30)
}

/// Leaky buckets by client address. `now` gives seconds on a monotonic clock (injected, so tests can
/// step time).
final class RateLimiter: Sendable {
    private struct Bucket {
        var level: Double
        var at: Double
    }

    let limit: RateLimit
    private let now: @Sendable () -> Double
    private let buckets = Mutex<[String: Bucket]>([:])
    /// Addresses kept before empty buckets are swept out, so memory stays bounded.
    private let sweepAt = 10_000

    init(limit: RateLimit, now: @escaping @Sendable () -> Double = RateLimiter.monotonicSeconds) {
        self.limit = limit
        self.now = now
    }

    /// Whether `client` may make one more request now (and, if so, counts it).
    func admit(_ client: String) -> Bool {
        let time = now()
        return buckets.withLock { buckets in
            if buckets.count >= sweepAt {
                buckets = buckets.filter { $0.value.level - (time - $0.value.at) * limit.rate > 0 }
            }
            var bucket = buckets[client] ?? Bucket(level: 0, at: time)
            bucket.level = max(0, bucket.level - (time - bucket.at) * limit.rate)
            bucket.at = time
            guard bucket.level + 1 <= Double(limit.burst) else {
                buckets[client] = bucket
                return false
            }
            bucket.level += 1
            buckets[client] = bucket
            return true
        }
    }

    static let monotonicSeconds: @Sendable () -> Double = {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    private static let start = ContinuousClock.now
}

/// Refuses API requests beyond the client's rate with 429, an empty body and `Retry-After: 1` (whole
/// seconds: one client parses it with `int()`).
struct RateLimitMiddleware<Context: RemoteAddressRequestContext>: RouterMiddleware {
    let limiter: RateLimiter

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path.hasPrefix("/api/") else { return try await next(request, context) }
        let client = context.remoteAddress?.ipAddress ?? "unknown"
        guard limiter.admit(client) else {
            return Response(status: .tooManyRequests, headers: [.retryAfter: "1", .accessControlAllowOrigin: "*"])
        }
        return try await next(request, context)
    }
}

/// The request context the server uses: Hummingbird's, plus the client's address for rate limiting.
public struct PledgeRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
