import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Methods as RFC 9110 §9 says: HEAD wherever GET, with the same status and headers and no body; OPTIONS
/// with `Allow`, and a CORS preflight under `/api/`; any other method a route does not serve, 405 with
/// `Allow`; an unknown address stays a 404 whatever the method.
@Suite("HTTP methods")
struct HTTPMethodTests {
    static let requestID = HTTPField.Name("X-Request-Id")!

    /// Headers that differ between any two answers.
    static func comparable(_ headers: HTTPFields) -> [String: String] {
        var fields: [String: String] = [:]
        for field in headers where field.name != .date && field.name != requestID { fields[field.name.canonicalName] = field.value }
        return fields
    }

    @Test("HEAD answers wherever GET does: the same status and headers (Content-Length included), and no body")
    func headAsGet() async throws {
        try await DemoSite.withServer { client in
            for uri in [
                "/", "/forces/leicestershire/report?period=2009-Q1", "/forces/leicestershire/neighbourhoods/LE0101", "/assets/site.css", "/health",
                "/api/v1/forces/leicestershire", "/api/v1/openapi.json", "/api/forces", "/api/leicestershire/LE0101/people",
                "/forces/atlantis", "/api/v1/forces/atlantis", "/api/forces/atlantis", "/no/such/page",
                "/forces/leicestershire/report?period=sometime",
            ] {
                let get = try await client.execute(uri: uri, method: .get)
                let head = try await client.execute(uri: uri, method: .head)
                #expect(head.status == get.status, "\(uri): HEAD \(head.status), GET \(get.status)")
                #expect(Self.comparable(head.headers) == Self.comparable(get.headers), "\(uri)")
                #expect(head.headers[.contentLength] == String(get.body.readableBytes), "\(uri)")
                #expect(head.body.readableBytes == 0, "\(uri): HEAD has a body")
            }
        }
    }

    @Test("a method a route does not serve is 405 with Allow; an unknown address is 404 whatever the method")
    func methodNotAllowed() async throws {
        try await DemoSite.withServer { client in
            let cases: [(String, HTTPRequest.Method, String)] = [
                ("/forces/leicestershire", .delete, "GET, HEAD, OPTIONS"),
                ("/forces/leicestershire/report", .post, "GET, HEAD, OPTIONS"),
                ("/", .put, "GET, HEAD, OPTIONS"),
                ("/api/v1/forces", .patch, "GET, HEAD, OPTIONS"),
                ("/api/forces/leicestershire", .post, "GET, HEAD, OPTIONS"),
                ("/api/leicestershire/LE0101", .delete, "GET, HEAD, OPTIONS"),
                ("/api/crimes-street/all-crime", .put, "GET, HEAD, POST, OPTIONS"),
                ("/health", HTTPRequest.Method("PROPFIND")!, "GET, HEAD, OPTIONS"),
            ]
            for (uri, method, allow) in cases {
                let response = try await client.execute(uri: uri, method: method)
                #expect(response.status == .methodNotAllowed, "\(method) \(uri): \(response.status)")
                #expect(response.headers[.allow] == allow, "\(method) \(uri): \(response.headers[.allow] ?? "no Allow")")
            }
            #expect(try await client.execute(uri: "/no/such/page", method: .delete).status == .notFound)
            #expect(try await client.execute(uri: "/api/crimes-street/all-crime", method: .post).status == .badRequest, "POST is served here")
        }
    }

    @Test("OPTIONS says what is allowed; under /api/ it answers a CORS preflight")
    func options() async throws {
        try await DemoSite.withServer { client in
            for uri in ["/api/forces", "/api/v1/forces/leicestershire", "/api/crimes-street/all-crime", "/api/leicestershire/LE0101/people"] {
                let response = try await client.execute(
                    uri: uri, method: .options,
                    headers: [
                        HTTPField.Name("Origin")!: "https://example.org", .accessControlRequestMethod: "GET",
                        .accessControlRequestHeaders: "X-Requested-With",
                    ])
                #expect(response.status == .noContent, "\(uri)")
                #expect(response.headers[.accessControlAllowOrigin] == "*", "\(uri)")
                #expect(response.headers[.accessControlAllowMethods]?.hasPrefix("GET, HEAD") == true, "\(uri)")
                #expect(response.headers[.accessControlAllowHeaders] == "X-Requested-With", "\(uri)")
                #expect(response.headers[.accessControlMaxAge] == "86400", "\(uri)")
                #expect(response.headers[.allow] == response.headers[.accessControlAllowMethods], "\(uri)")
            }
            let plain = try await client.execute(uri: "/api/forces", method: .options)
            #expect(plain.headers[.accessControlAllowHeaders]?.contains("Content-Type") == true, "a sensible set when none is asked for")
            let page = try await client.execute(uri: "/forces/leicestershire", method: .options)
            #expect(page.status == .noContent && page.headers[.allow] == "GET, HEAD, OPTIONS" && page.headers[.accessControlAllowOrigin] == nil)
            #expect(try await client.execute(uri: "/no/such/page", method: .options).status == .notFound)
            let v1 = try await client.execute(uri: "/api/v1/forces", method: .get)
            #expect(v1.headers[.accessControlAllowOrigin] == "*", "the APIs may be read from any origin")
        }
    }
}
