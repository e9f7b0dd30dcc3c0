import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The headers that tell a browser what the site may do, on every answer (pages, API, errors, refusals):
/// a Content-Security-Policy (the site's own files only, no script at all, never framed), `nosniff`, and
/// no referrer sent on when a reader follows a link. A page that carries its style inline (the printable
/// report card and report pack, which must print from one file) sets its own policy, which allows exactly
/// that style by its hash; this middleware leaves such a policy as it is.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    static var referrerPolicy: HTTPField.Name { HTTPField.Name("Referrer-Policy")! }
    static var frameOptions: HTTPField.Name { HTTPField.Name("X-Frame-Options")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = ContentSecurityPolicy.site }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.referrerPolicy] = "no-referrer"
        // For browsers older than `frame-ancestors`.
        response.headers[Self.frameOptions] = "DENY"
        return response
    }
}

/// The site's Content-Security-Policy. Pages use the one style sheet, `/assets/site.css`, and SVG drawn
/// in the page; nothing runs, nothing is fetched from elsewhere, forms go only to the site.
enum ContentSecurityPolicy {
    static let site = policy(styles: "'self'")

    /// The policy for an HTML page: the site's, with each inline `<style>` element it holds allowed by
    /// its SHA-256 (no `'unsafe-inline'`).
    static func forPage(_ html: some Collection<UInt8>) -> String {
        let hashes = inlineStyles(html).map { "'sha256-\(Data(SHA256.hash(data: Array($0))).base64EncodedString())'" }
        return hashes.isEmpty ? site : policy(styles: (["'self'"] + hashes).joined(separator: " "))
    }

    private static func policy(styles: String) -> String {
        "default-src 'self'; style-src \(styles); img-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'"
    }

    /// The text of each `<style>` element, as it stands in the page (the bytes a browser hashes).
    static func inlineStyles(_ html: some Collection<UInt8>) -> [ArraySlice<UInt8>] {
        let bytes = Array(html), open = Array("<style>".utf8), close = Array("</style>".utf8)
        var styles: [ArraySlice<UInt8>] = []
        var index = 0
        while let start = find(open, in: bytes, from: index) {
            let textStart = start + open.count
            guard let end = find(close, in: bytes, from: textStart) else { break }
            styles.append(bytes[textStart..<end])
            index = end + close.count
        }
        return styles
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
