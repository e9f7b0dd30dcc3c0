import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import PledgeCore
import PledgeServer
import PledgeStore
import PledgeTestSupport
import Testing

/// Nothing that fails while answering one request takes the server down: a store that throws halfway
/// through a page is that request's 500 (a page, `/api/v1` JSON or the police.uk API's bare error), logged
/// with the request's id, and the next request is answered. Odd query strings are 4xx answers, never a trap.
@Suite("one request's failure stays its own")
struct FailureIsolationTests {
    struct StoreBroke: Error {}

    /// The demo site served from a store whose neighbourhood reads fail.
    static func withFailingServer(_ body: @Sendable (any TestClientProtocol, LogCapture) async throws -> Void) async throws {
        let site = try await DemoSite.shared.value
        let failing = InterceptedStore(site.store) { read in
            if read.hasPrefix("neighbourhoodDetail") { throw StoreBroke() }
        }
        let log = LogCapture()
        let app = PledgeServer.application(store: failing, port: 0, now: { DemoSite.now }, rateLimit: nil, logger: log.logger)
        try await onOwnThreads { try await app.test(.live) { client in try await body(client, log) } }
    }

    @Test("a store that throws is that request's 500, as a page, JSON or the police.uk API's error, logged with the request's id")
    func storeFailureIsA500() async throws {
        try await Self.withFailingServer { client, log in
            let cases: [(uri: String, type: String?, needle: String)] = [
                ("/forces/leicestershire/neighbourhoods/LE0101", "text/html; charset=utf-8", "Sorry, there is a problem with the service"),
                ("/api/v1/forces/leicestershire/neighbourhoods/LE0101", "application/json", #""status":500"#),
                // The police.uk API's errors have an empty body.
                ("/api/leicestershire/LE0101/people", nil, ""),
            ]
            for (uri, type, needle) in cases {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .internalServerError, "\(uri)")
                #expect(response.headers[.contentType] == type, "\(uri)")
                let body = String(buffer: response.body)
                #expect(needle.isEmpty ? body.isEmpty : body.contains(needle), "\(uri): \(body)")
                #expect(!body.contains("StoreBroke"), "\(uri) shows the error's detail")
                let id = try #require(response.headers[HTTPField.Name("X-Request-Id")!], "\(uri) has no request id")
                if type?.hasPrefix("text/html") == true { #expect(body.contains("quote reference \(id)"), "\(uri)") }
                let failed = log.lines.filter { $0.level == .error && $0.message == "request failed" && $0.metadata["hb.request.id"] == id }
                #expect(failed.count == 1 && failed.first?.metadata["error"]?.contains("StoreBroke") == true, "\(uri): no error line with id \(id)")
                let answered = log.lines.filter { $0.message == "request" && $0.metadata["hb.request.id"] == id }
                #expect(answered.count == 1 && answered.first?.metadata["status"] == "500", "\(uri)")
                // The server goes on answering: the next request, and a page the failing read is not needed for.
                let health = try await client.execute(uri: "/health", method: .get)
                #expect(health.status == .ok, "after \(uri)")
            }
            let home = try await client.execute(uri: "/forces/leicestershire", method: .get)
            #expect(home.status == .ok)
        }
    }

    @Test("odd query strings get a 4xx answer, never a trap: huge and far-off periods, months, points and ids")
    func oddInputIsAClientError() async throws {
        try await DemoSite.withServer { client in
            let cases: [(String, HTTPResponse.Status)] = [
                ("/forces/leicestershire/report?period=9999-12", .badRequest),
                ("/forces/leicestershire/report?period=9999%2F00", .badRequest),
                ("/forces/leicestershire/report?period=0001-01", .badRequest),
                ("/forces/leicestershire/report?period=99999-Q1", .badRequest),
                ("/forces/leicestershire/report?period=9999-Q4", .badRequest),
                ("/forces/leicestershire/report?period=2008-01-01..2099-12-31", .badRequest),
                ("/forces/leicestershire/report/print?period=0002-01-01..9998-12-31", .badRequest),
                ("/forces/leicestershire/promises/5?period=9999-12", .badRequest),
                ("/forces/leicestershire/promises/99999999999999999999", .notFound),
                ("/forces/leicestershire/promises/-1", .notFound),
                ("/forces/leicestershire/neighbourhoods/LE0101?period=9999-12", .badRequest),
                ("/forces/leicestershire/authority/report?quarter=99999-Q1", .badRequest),
                ("/forces/leicestershire/authority/report?quarter=9999-Q4", .badRequest),
                ("/forces/leicestershire/authority/complaints?period=0001-Q1", .badRequest),
                ("/forces/leicestershire/authority/panel?period=9999%2F00", .badRequest),
                ("/national?period=9999-12", .badRequest),
                ("/api/v1/forces/leicestershire/report?period=9999-12", .badRequest),
                ("/api/v1/national?period=0001-01-01..9998-12-31", .badRequest),
                ("/api/v1/forces/leicestershire/neighbourhoods/LE0101/crimes?month=9999-99", .badRequest),
                ("/find?lat=1e308&lng=1e308", .badRequest),
                ("/find?lat=nan&lng=inf", .badRequest),
                ("/api/v1/find?lat=-1e308&lng=0", .badRequest),
                ("/api/crimes-street/all-crime?lat=1e308&lng=0", .badRequest),
                ("/api/crimes-street/all-crime?lat=52.63&lng=-1.13&date=9999-99", .notFound),
                ("/api/crimes-at-location?location_id=-1", .notFound),
                ("/api/crimes-at-location?location_id=99999999999999999999999", .notFound),
                ("/api/outcomes-at-location?location_id=9223372036854775807", .notFound),
                ("/api/locate-neighbourhood?q=1e308,1e308", .notFound),
                ("/api/crimes-street/all-crime?poly=1e308,0:0,0:0,1e308", .badRequest),
            ]
            for (uri, expected) in cases {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == expected, "\(uri): \(response.status)")
            }
            #expect(try await client.execute(uri: "/health", method: .get).status == .ok)
        }
    }
}
