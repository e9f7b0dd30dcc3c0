import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PledgeServer
import PledgeTestSupport
import Testing

/// Every answer, pages, API, errors and refusals alike, tells the browser what the site may do: a
/// Content-Security-Policy of the site's own files, no script and no framing; `nosniff`; no referrer.
@Suite("security headers")
struct SecurityHeaderTests {
    static func checkHeaders(_ response: TestResponse, _ what: String) {
        let policy = response.headers[.contentSecurityPolicy] ?? ""
        for directive in [
            "default-src 'self'", "script-src 'none'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'",
        ] {
            #expect(policy.contains(directive), "\(what): \(policy) lacks \(directive)")
        }
        #expect(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"), "\(what): \(policy)")
        #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(what)")
        #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", "\(what)")
        #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(what)")
    }

    @Test("pages, the style sheet, both APIs, errors and refused methods all carry the headers")
    func everyAnswer() async throws {
        try await DemoSite.withServer { client in
            for (uri, method) in [
                ("/", HTTPRequest.Method.get), ("/forces/leicestershire/report?period=2009-Q1", .get),
                ("/forces/leicestershire/neighbourhoods/LE0101", .get),
                ("/assets/site.css", .get), ("/health", .get), ("/api/v1/forces/leicestershire", .get), ("/api/forces", .get),
                ("/no/such/page", .get), ("/api/v1/no/such", .get), ("/api/forces/atlantis", .get), ("/find", .get),
                ("/forces", .delete), ("/api/forces", .options), ("/forces", .head),
            ] {
                Self.checkHeaders(try await client.execute(uri: uri, method: method), "\(method) \(uri)")
            }
        }
    }

    @Test("a refusal by the rate limit carries them too")
    func rateLimited() async throws {
        try await PoliceAPIFixture.shared.value.withServer(rateLimit: RateLimit(rate: 0.001, burst: 1)) { client in
            _ = try await client.execute(uri: "/api/forces", method: .get)
            let refused = try await client.execute(uri: "/api/forces", method: .get)
            #expect(refused.status == .tooManyRequests)
            Self.checkHeaders(refused, "429")
        }
    }

    @Test("a page with its style inline allows exactly that style, by its SHA-256; the site's pages need no inline style at all")
    func inlineStyleByHash() async throws {
        try await DemoSite.withServer { client in
            for uri in ["/forces/leicestershire/report/print?period=2009-Q1", "/forces/leicestershire/authority/report/print?quarter=2009-Q1"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri)")
                let html = String(buffer: response.body)
                let start = try #require(html.range(of: "<style>"), "\(uri) has no style element")
                let end = try #require(html.range(of: "</style>", range: start.upperBound..<html.endIndex))
                let hash = Data(SHA256.hash(data: Array(html[start.upperBound..<end.lowerBound].utf8))).base64EncodedString()
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.contains("style-src 'self' 'sha256-\(hash)'"), "\(uri): \(policy)")
                Self.checkHeaders(response, uri)
            }
            for uri in ["/", "/forces/leicestershire/report?period=2009-Q1", "/forces/leicestershire/neighbourhoods/LE0101", "/national"] {
                let response = try await client.execute(uri: uri, method: .get)
                let html = String(buffer: response.body)
                #expect(!html.contains("<style") && !html.contains(" style=\""), "\(uri) has inline style, which the policy refuses")
                #expect(response.headers[.contentSecurityPolicy]?.contains("style-src 'self';") == true, "\(uri)")
            }
        }
    }
}
