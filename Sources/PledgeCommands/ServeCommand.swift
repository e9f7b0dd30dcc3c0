import ArgumentParser
import Hummingbird
import Logging
import NIOCore
import PledgeCore
import PledgeServer
import PledgeStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `pledgewatch serve`: the public website on the embedded store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the public website (read-only) from the store; stops gracefully on SIGTERM or Ctrl-C.")

    @OptionGroup var site: SiteOptions

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let opened = try await store.openExisting()
        try PortCheck.ensureFree(host: site.host, port: site.port)
        print("serving \(store.displayLocation) on http://\(site.host):\(site.port)/ (stop with Ctrl-C) …")
        try await site.serve(opened)
    }
}

/// Where and as of when the site is served; shared by `serve` and `demo`.
struct SiteOptions: ParsableArguments {
    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (1–65535).")
    var port = 8080

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Show the site as it stood at the end of this day (YYYY-MM-DD, Europe/London): teams, meetings and figures as of then. For archives and demos; default: now.",
            valueName: "date"))
    var asOf: String?

    @Option(
        name: .customLong("rate-limit"),
        help: ArgumentHelp(
            "API requests per second each client may make on average (police.uk's: 15); 0 turns the limit off.", valueName: "per-second"))
    var rateLimit = RateLimit.policeUK.rate

    @Option(name: .customLong("rate-burst"), help: ArgumentHelp("API requests a client may make at once (police.uk's: 30).", valueName: "requests"))
    var rateBurst = RateLimit.policeUK.burst

    func validate() throws {
        if let asOf { _ = try CommandFailure.validating { try PeriodChoice.day(asOf) } }
        // A port outside 1–65535 would trap where the socket address is made.
        guard (1...65_535).contains(port) else { throw ValidationError("--port: '\(port)' is not a port; give 1 to 65535") }
        if rateLimit < 0 || !rateLimit.isFinite { throw ValidationError("--rate-limit: give requests per second, or 0 for no limit") }
        if rateBurst < 1 { throw ValidationError("--rate-burst: give at least 1 request") }
    }

    /// The API's rate limit, nil when turned off.
    var limit: RateLimit? { rateLimit == 0 ? nil : RateLimit(rate: rateLimit, burst: rateBurst) }

    /// The site's clock: fixed at the end of `--as-of`, else of `defaultDay` when given, else the real one.
    func clock(defaultDay: LocalDate? = nil) -> @Sendable () -> Instant {
        guard let day = asOf.flatMap(LocalDate.init) ?? defaultDay, let zone = ZoneRulesCache.rules(for: "Europe/London") else {
            return SystemClock.now
        }
        // The end of the day: the instant the next one starts, so that its month counts as whole.
        let instant = zone.startOfDay(day.adding(days: 1))
        return { instant }
    }

    /// Serves `store` until SIGTERM or SIGINT: Hummingbird then stops accepting and lets requests in flight finish.
    func serve(_ store: any PledgeStore, asOf defaultDay: LocalDate? = nil) async throws {
        var logger = Logger(label: "pledgewatch")
        logger.logLevel = .info
        let app = PledgeServer.application(store: store, host: host, port: port, now: clock(defaultDay: defaultDay), rateLimit: limit, logger: logger)
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE || error.errnoCode == EACCES || error.errnoCode == EADDRNOTAVAIL {
            // Taken between the check and the bind: the same words as the check's.
            throw PortCheck.failure(errno: error.errnoCode, host: host, port: port)
        }
    }
}
