import Hummingbird
import PledgeCore
import PledgeOutput

/// Answers in the police.uk API's manner (reference §1): JSON for data; for errors, `Not Found` as plain
/// text on a 404 and an empty body otherwise; and, on everything, `Access-Control-Allow-Origin: *`,
/// because browser apps call the API directly.
enum PoliceReply {
    /// Whether a path is the police.uk API's (everything under `/api/` but Pledgewatch's own `/api/v1/`).
    static func serves(_ path: String) -> Bool { path.hasPrefix("/api/") && !path.hasPrefix("/api/v1/") && path != "/api/v1" }

    static func json(_ bytes: [UInt8]) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json", .accessControlAllowOrigin: "*"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// `[]`: what a route with nothing to list answers.
    static let emptyList = json(Array("[]".utf8))

    static func json(capacity: Int = 1024, _ write: (inout JSONWriter) -> Void) -> Response {
        var writer = JSONWriter(pretty: false, capacity: capacity)
        write(&writer)
        return json(writer.bytes)
    }

    /// An error: a 404 says `Not Found` as plain text when `saying` (an unknown force, neighbourhood or
    /// address), and, like every other error, has an empty body otherwise (§1.4).
    static func failure(_ status: HTTPResponse.Status, saying: Bool = false) -> Response {
        if status == .notFound && saying {
            return Response(
                status: status, headers: [.contentType: "text/plain; charset=utf-8", .accessControlAllowOrigin: "*"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "Not Found")))
        }
        return Response(status: status, headers: [.accessControlAllowOrigin: "*"])
    }
}

/// Why a police.uk request gets no data, as the status it answers with (reference §1.4).
enum PoliceAPIError: Error, Equatable {
    /// Malformed or missing parameters: 400.
    case badRequest
    /// An unknown force or neighbourhood named in the path, or a point in no neighbourhood: 404 with
    /// `Not Found` as plain text.
    case unknown
    /// An unknown location, crime or force parameter, or a malformed or too early `date`: 404, empty.
    case notFound
    /// More than 10,000 results in one area: 503, with no `Retry-After`.
    case tooManyResults

    var status: HTTPResponse.Status {
        switch self {
        case .badRequest: .badRequest
        case .unknown, .notFound: .notFound
        case .tooManyResults: .serviceUnavailable
        }
    }
}
