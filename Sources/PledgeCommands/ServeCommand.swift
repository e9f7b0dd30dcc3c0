import ArgumentParser
import Hummingbird
import Logging
import PledgeServer

/// `pledgewatch serve`: the public website on the embedded store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the public website (read-only) from the store; stops gracefully on SIGTERM or Ctrl-C.")

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @OptionGroup var store: StoreOptions

    func run() async throws {
        var logger = Logger(label: "pledgewatch")
        logger.logLevel = .info
        let app = PledgeServer.application(store: try store.open(), host: host, port: port, now: SystemClock.now, logger: logger)
        // Hummingbird shuts down gracefully on SIGTERM and SIGINT by default: requests in flight finish.
        try await app.runService()
    }
}
