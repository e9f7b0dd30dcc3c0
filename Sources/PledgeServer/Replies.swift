import Foundation
import Hummingbird
import Logging
import PledgeCore
import PledgeViews

/// Responses with the right content type.
enum Reply {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
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
}

/// A request the site cannot answer, with the status, a title and a plain-English message for the person
/// who asked. Pages get it as an error page, the API as a JSON error.
struct SiteError: Error {
    let status: HTTPResponse.Status
    let title: String
    let message: String

    static func notFound(_ message: String) -> SiteError { SiteError(status: .notFound, title: "Page not found", message: message) }

    static let badPeriod = SiteError(
        status: .badRequest, title: "Choose a period",
        message: "Give a period such as 2008/09 (a financial year), 2009-Q1 (a quarter) or 2009-01 (a month).")
}

/// Turns every error into a proper page (or, under `/api/v1/`, a JSON error; under the rest of `/api/`,
/// the police.uk API's bare error) with the right status: a
/// `SiteError` as it says, an unknown route as 404, anything else as 500 with nothing of its inner detail
/// shown, but logged.
struct ErrorReplies<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let failure: SiteError
        do {
            return try await next(request, context)
        } catch let error as SiteError {
            failure = error
        } catch let error as HTTPError where error.status == .notFound {
            failure = .notFound("There is no page at this address. Check it, or start again from the home page.")
        } catch let error as HTTPError where error.status.code < 500 {
            failure = SiteError(status: error.status, title: "This request cannot be answered", message: error.body ?? "The request was not understood.")
        } catch {
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            failure = SiteError(
                status: .internalServerError, title: "Sorry, there is a problem with the service",
                message: "Something went wrong on our side. Try again later.")
        }
        if PoliceReply.serves(request.uri.path) { return PoliceReply.failure(failure.status, saying: true) }
        if request.uri.path.hasPrefix("/api/") {
            return Reply.json(status: failure.status) { w in
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
        }
        return Reply.html(ErrorPage.html(title: failure.title, message: failure.message), status: failure.status)
    }
}

/// Reading what a request names: the force, the period, the promise.
enum Requested {
    static func force(_ context: some RequestContext) throws -> Force {
        guard let id = context.parameters.get("force"), let force = ForceCatalogue.force(id: id) else {
            throw SiteError.notFound("There is no police force with that name. Forces are named as on police.uk, for example leicestershire.")
        }
        return force
    }

    /// A query parameter as a form sends it (`application/x-www-form-urlencoded`: `+` is a space), decoded.
    static func parameter(_ request: Request, _ name: String) -> String? { FormFields(request.uri.query.map { Substring($0) }).first(name) }

    /// The period asked for, else `fallback`; nil when neither gives one.
    static func period(_ request: Request, fallback: String?) throws -> Period? {
        guard let label = parameter(request, "period") ?? fallback else { return nil }
        guard let period = Period(label) else { throw SiteError.badPeriod }
        return period
    }

    static func promise(_ context: some RequestContext) throws -> Int {
        guard let text = context.parameters.get("promise"), let promise = Int(text), (1...10).contains(promise) else {
            throw SiteError.notFound("The Policing Pledge has ten promises, numbered 1 to 10.")
        }
        return promise
    }
}
