import Foundation
import Hummingbird
import Logging
import PledgeCore
import PledgeStore

/// The HTTP adapter: the public website and its JSON API, served with Hummingbird 2.
///
/// It sees the domain core and the storage protocol only, never a particular store, so the same server
/// runs on SQLite or PostgreSQL. The composition root (`PledgeCommands`) decides which store it is given
/// and supplies the clock.
public enum PledgeServer {
    /// The application serving `store` on `host:port`: the pages (`SiteRoutes`), `/api/v1` (`APIRoutes`),
    /// the police.uk-compatible API under `/api/` (`PoliceAPIRoutes`) and `GET /health`.
    ///
    /// Every request is logged with its id, method, path, status and duration (`RequestLog`); every answer
    /// carries the security headers (`SecurityHeaders`); every error becomes that request's page or API
    /// error with the right status, and nothing that fails in one request stops the server (`ErrorReplies`);
    /// HEAD, OPTIONS and methods a route does not serve are answered as RFC 9110 says (`MethodRules`). API
    /// requests are limited per client by `rateLimit` (nil: no limit), and figure computations for pages
    /// and answers not kept yet by `computeLimit`.
    public static func application(
        store: any PledgeStore, host: String = "127.0.0.1", port: Int = 8080, now: @escaping @Sendable () -> Instant,
        rateLimit: RateLimit? = .policeUK, computeLimit: ComputeLimit = .standard, logger: Logger
    ) -> some ApplicationProtocol {
        let router = router(store: store, now: now, rateLimit: rateLimit, computeLimit: computeLimit)
        return Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "Pledgewatch"), logger: logger)
    }

    /// Every route and middleware of the application (`OpenAPITests` reads its routes).
    static func router(
        store: any PledgeStore, now: @escaping @Sendable () -> Instant, rateLimit: RateLimit?, computeLimit: ComputeLimit
    ) -> Router<PledgeRequestContext> {
        let router = Router(context: PledgeRequestContext.self, options: .autoGenerateHeadEndpoints)
        let routes = RouteTable()
        router.add(middleware: RequestLog())
        router.add(middleware: SecurityHeaders())
        router.add(middleware: ErrorReplies())
        router.add(middleware: MethodRules(routes: routes))
        router.add(middleware: ClientAddressMiddleware())
        if let rateLimit { router.add(middleware: RateLimitMiddleware(limiter: RateLimiter(limit: rateLimit))) }
        router.get("health") { _, _ -> Response in
            let version = try await store.dataVersion()
            return Reply.json(Array(#"{"data_version":\#(version),"status":"ok"}"#.utf8))
        }
        let data = SiteData(store: store, now: now, computeLimit: computeLimit)
        SiteRoutes.register(on: router, data: data)
        AuthorityRoutes.register(on: router, data: data)
        APIRoutes.register(on: router, data: data)
        PoliceAPIRoutes.register(on: router, cache: OpenDataCache(store: store), site: data)
        routes.load(router.routes.map { ($0.path, $0.method) })
        return router
    }
}
