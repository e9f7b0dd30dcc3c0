import Hummingbird
import PledgeStore
import Synchronization

/// How many figure computations the server runs at once for pages and API answers whose figures are not
/// kept yet: a force-year takes up to two seconds of a core, so a client varying the query string could
/// otherwise keep every core busy. Beyond `perClient` a client is told to slow down (429); beyond `overall`
/// every client is told the server is busy (503); both say when to retry. Kept figures and kept pages are
/// never refused, and a request for figures already being computed waits for them without a slot.
public struct ComputeLimit: Sendable, Equatable {
    /// Computations at once, for all clients together.
    public let overall: Int
    /// Computations at once started by one client address.
    public let perClient: Int

    public init(overall: Int, perClient: Int) {
        self.overall = max(1, overall)
        self.perClient = max(1, perClient)
    }

    /// Four at once (two per core on the two-core machines it runs on), two per client: a reader with two
    /// tabs is served, a script asking for every period is not.
    public static let standard = ComputeLimit(overall: 4, perClient: 2)
}

/// Counts the computations running, overall and per client address.
final class ComputeGate: Sendable {
    let limit: ComputeLimit
    private let running = Mutex<(total: Int, byClient: [String: Int])>((0, [:]))

    init(limit: ComputeLimit) { self.limit = limit }

    /// Takes a slot for `client`, or says why there is none.
    func admit(_ client: String) throws(SiteError) {
        try running.withLock { (running) throws(SiteError) in
            let mine = running.byClient[client, default: 0]
            guard mine < limit.perClient else { throw .slowDown }
            guard running.total < limit.overall else { throw .busy }
            running.total += 1
            running.byClient[client] = mine + 1
        }
    }

    /// Gives back `client`'s slot once its computation has ended, however it ended.
    func release(_ client: String) {
        running.withLock { running in
            running.total = max(0, running.total - 1)
            let left = running.byClient[client, default: 1] - 1
            running.byClient[client] = left > 0 ? left : nil
        }
    }

    /// Starts `work` on threads of its own (`OwnThreadsExecutor`: a computation of seconds must not hold up
    /// the cooperative pool's quick pages and API answers) in a slot of the requesting client's, given back
    /// when the work ends; throws `slowDown` or `busy` when there is no slot.
    func computing<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) throws(SiteError) -> Task<Value, any Error> {
        let client = RequestClient.address
        try admit(client)
        return Task(executorPreference: OwnThreadsExecutor.shared) {
            defer { self.release(client) }
            return try await work()
        }
    }

    /// Computations running now (for tests).
    var total: Int { running.withLock { $0.total } }
}

/// The address of the client a request came from, for the task answering it: `ComputeGate` counts by it.
enum RequestClient {
    @TaskLocal static var address = "local"
}

/// Runs the rest of the request with `RequestClient.address` set to the client's IP address.
struct ClientAddressMiddleware<Context: RemoteAddressRequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try await RequestClient.$address.withValue(context.remoteAddress?.ipAddress ?? "unknown") { try await next(request, context) }
    }
}

extension SiteError {
    /// One client has as many computations running as it may.
    static let slowDown = SiteError(
        status: .tooManyRequests, title: "Please wait a moment",
        message: "You have asked for several sets of figures at once. Wait for them, then try again.", retryAfter: 2)

    /// The server is computing as much as it can.
    static let busy = SiteError(
        status: .serviceUnavailable, title: "The service is busy",
        message: "The figures you asked for are not ready and the service is busy. Try again in a few seconds.", retryAfter: 2)
}
