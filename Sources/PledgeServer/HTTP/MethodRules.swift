import HTTPTypes
import Hummingbird
import Synchronization

/// The methods each route answers, read from the router once every route is registered, so that a method
/// the server does not serve at a known address is told apart (405) from an unknown address (404).
final class RouteTable: Sendable {
    private struct Route {
        let path: [RouterPath.Element]
        var methods: Set<HTTPRequest.Method>
    }

    private let routes = Mutex<[Route]>([])

    /// Records the router's routes; HEAD is answered wherever GET is.
    func load(_ described: [(path: RouterPath, method: HTTPRequest.Method)]) {
        var found: [Route] = []
        for route in described {
            if let index = found.firstIndex(where: { $0.path == route.path.components }) {
                found[index].methods.insert(route.method)
            } else {
                found.append(Route(path: route.path.components, methods: [route.method]))
            }
        }
        for index in found.indices where found[index].methods.contains(.get) { found[index].methods.insert(.head) }
        routes.withLock { $0 = found }
    }

    /// The methods the route at `path` answers, nil when no route has that address. Where several routes
    /// match, the router's choice is the one with fixed segments earliest (`/api/forces/x` before
    /// `/api/:force/:neighbourhood`), and so it is here.
    func methods(at path: String) -> Set<HTTPRequest.Method>? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        return routes.withLock { routes in
            var best: (fixed: [Bool], methods: Set<HTTPRequest.Method>)?
            for route in routes where route.path.count == segments.count {
                guard zip(route.path, segments).allSatisfy({ element, segment in element ~= segment }) else { continue }
                let fixed = zip(route.path, segments).map { element, segment in element == segment }
                if let chosen = best, !Self.moreFixed(fixed, than: chosen.fixed) { continue }
                best = (fixed, route.methods)
            }
            return best?.methods
        }
    }

    private static func moreFixed(_ a: [Bool], than b: [Bool]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return x }
        return false
    }
}

/// What the server answers for each method (RFC 9110 §9): HEAD as GET without the body; OPTIONS with the
/// methods allowed and, under `/api/`, as a CORS preflight, since browser apps call the APIs directly; any
/// other method a route does not serve, 405 with `Allow`. Every answer under `/api/` may be read by any
/// origin (`Access-Control-Allow-Origin: *`): the APIs are public open data and need no credentials.
struct MethodRules<Context: RequestContext>: RouterMiddleware {
    let routes: RouteTable

    /// How long a browser may keep a preflight's answer: a day.
    static var preflightMaxAge: String { "86400" }
    /// The request headers a preflight allows when the browser names none.
    static var usualRequestHeaders: String { "Accept, Accept-Language, Content-Language, Content-Type" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        let isAPI = path.hasPrefix("/api/") || path == "/api"
        var response: Response
        if let allowed = routes.methods(at: path), !allowed.contains(request.method) {
            let allow = Self.allowHeader(allowed)
            if request.method == .options {
                response = Response(status: .noContent, headers: [.allow: allow])
                if isAPI { Self.preflight(request, allow: allow, into: &response.headers) }
            } else {
                response = Response(status: .methodNotAllowed, headers: [.allow: allow])
            }
        } else {
            response = try await next(request, context)
        }
        if isAPI && response.headers[.accessControlAllowOrigin] == nil { response.headers[.accessControlAllowOrigin] = "*" }
        // The router answers HEAD from the GET route without its body; an address with no route (a 404
        // page) and a refusal get here with theirs, which a HEAD answer must not carry.
        return request.method == .head ? response.createHeadResponse() : response
    }

    /// `GET, HEAD, OPTIONS` and any other method the route serves, in a fixed order.
    static func allowHeader(_ methods: Set<HTTPRequest.Method>) -> String {
        let all = methods.union([.options])
        let order: [HTTPRequest.Method] = [.get, .head, .post, .options]
        return (order.filter(all.contains) + all.subtracting(order).sorted { $0.rawValue < $1.rawValue }).map(\.rawValue).joined(separator: ", ")
    }

    /// The CORS preflight headers: any origin, the route's methods, the headers the browser asks to send
    /// (when they are plain header names) or the usual ones, kept for a day.
    static func preflight(_ request: Request, allow: String, into headers: inout HTTPFields) {
        headers[.accessControlAllowOrigin] = "*"
        headers[.accessControlAllowMethods] = allow
        let asked = request.headers[.accessControlRequestHeaders] ?? ""
        let isHeaderList =
            !asked.isEmpty && asked.utf8.count <= 1000
            && asked.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_, ".contains($0)) }
        headers[.accessControlAllowHeaders] = isHeaderList ? asked : usualRequestHeaders
        headers[.accessControlMaxAge] = preflightMaxAge
    }
}
