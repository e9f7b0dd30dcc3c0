import Foundation
import Hummingbird
import Logging
import PledgeCore
import PledgeStore

/// The HTTP adapter: the public website and the police open-data API, served with Hummingbird 2.
///
/// It sees the domain core and the storage protocol only, never a particular store, so the same server
/// runs on SQLite or PostgreSQL. The composition root (`PledgeCommands`) decides which store it is given
/// and supplies the clock.
public enum PledgeServer {
    /// The application serving `store` on `host:port`. Routes so far: `GET /health`, and the force report
    /// card at `GET /forces/{force}/report?period=P` (the latest financial year with calls by default).
    public static func application(
        store: any PledgeStore, host: String = "127.0.0.1", port: Int = 8080, now: @escaping @Sendable () -> Instant, logger: Logger
    ) -> some ApplicationProtocol {
        let router = Router()
        router.get("health") { _, _ -> Response in
            let version = try await store.dataVersion()
            return Pages.json(#"{"data_version":\#(version),"status":"ok"}"#)
        }
        router.get("forces/:force/report") { request, context -> Response in
            guard let id = context.parameters.get("force"), let force = ForceCatalogue.force(id: id) else {
                return Pages.notFound("There is no police force with that name. Forces are named as on police.uk, for example leicestershire.")
            }
            let zone = ZoneRulesCache.rules(for: force.timeZone)!
            var label = request.uri.queryParameters.get("period")
            if label == nil { label = try await Self.latestYear(of: force, in: store) }
            guard let label, let period = Period(label) else {
                return Pages.page(
                    status: .badRequest, title: "Choose a period",
                    message: "Give a period such as 2008/09 (a financial year), 2009-Q1 (a quarter) or 2009-01 (a month).")
            }
            let card = try await store.reportCard(force: force, window: ReportWindow(period: period, zone: zone, now: now()))
            return Pages.html(card.html)
        }
        return Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "Pledgewatch"), logger: logger)
    }

    /// The financial year holding the force's latest call, or nil when it has none.
    static func latestYear(of force: Force, in store: any PledgeStore) async throws -> String? {
        let calls = try await store.status().holdings.first { $0.force.id == force.id && $0.kind == .calls }
        return calls?.last.flatMap(LocalDate.init).map { Period.financialYear(containing: $0).label }
    }
}

/// Responses with the right content type, and the plain error pages.
enum Pages {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func notFound(_ message: String) -> Response { page(status: .notFound, title: "Page not found", message: message) }

    static func page(status: HTTPResponse.Status, title: String, message: String) -> Response {
        let escape = HTMLPage.escape
        return html(
            "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\" /><title>\(escape(title)) – Pledgewatch</title></head>"
                + "<body><main><h1>\(escape(title))</h1><p>\(escape(message))</p></main></body></html>\n",
            status: status)
    }
}
