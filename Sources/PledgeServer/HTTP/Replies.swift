import Foundation
import Hummingbird
import Logging
import PledgeCore
import PledgeOutput

/// Responses with the right content type.
enum Reply {
    /// A page, with the Content-Security-Policy that allows its inline style, if it has any.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        html(ByteBuffer(string: text), status: status)
    }

    static func html(_ page: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .contentSecurityPolicy: ContentSecurityPolicy.forPage(page.readableBytesView)],
            body: ResponseBody(byteBuffer: page))
    }

    static func json(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func json(status: HTTPResponse.Status = .ok, _ write: (inout JSONWriter) -> Void) -> Response {
        var writer = JSONWriter(pretty: false, capacity: 4096)
        write(&writer)
        return json(writer.bytes, status: status)
    }

    static func css(_ text: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func redirect(to location: String) -> Response { Response(status: .seeOther, headers: [.location: location]) }

    /// `/api/v1`'s JSON error, with `Retry-After` when the failure gives one.
    static func jsonError(_ failure: SiteError) -> Response {
        var response = Reply.json(status: failure.status) { w in
            w.object { w in
                w.key("error")
                w.object { w in
                    w.key("message")
                    w.string(failure.message)
                    w.key("status")
                    w.int(Int(failure.status.code))
                }
            }
        }
        if let seconds = failure.retryAfter { response.headers[.retryAfter] = String(seconds) }
        return response
    }
}
