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

/// A request the site cannot answer, with the status, a title and a plain-English message for the person
/// who asked. Pages get it as an error page, the API as a JSON error.
struct SiteError: Error {
    let status: HTTPResponse.Status
    let title: String
    let message: String
    /// Seconds after which the request may succeed (`Retry-After`), when it was refused for now.
    var retryAfter: Int? = nil

    static func notFound(_ message: String) -> SiteError { SiteError(status: .notFound, title: "Page not found", message: message) }

    /// Something failed on the server's side: nothing of it is shown but the request's id to quote.
    static func `internal`(reference: String) -> SiteError {
        SiteError(
            status: .internalServerError, title: "Sorry, there is a problem with the service",
            message: "Something went wrong on our side. Try again later. If it keeps happening, quote reference \(reference).")
    }

    static let badPeriod = SiteError(
        status: .badRequest, title: "Choose a period",
        message: "Give a period such as 2008/09 (a financial year), 2009-Q1 (a quarter) or 2009-01 (a month).")

    static let longPeriod = SiteError(
        status: .badRequest, title: "Choose a shorter period",
        message: "A period can be at most five years long. Give a financial year such as 2008/09, a quarter or a month.")
}

/// Turns every error into a proper page (or, under `/api/v1/`, a JSON error; under the rest of `/api/`,
/// the police.uk API's bare error) with the right status: a `SiteError` as it says, an unknown route as
/// 404, anything else (a store that fails, a bug) as 500 with nothing of its inner detail shown, but
/// logged with the request's id.
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
            failure = SiteError(
                status: error.status, title: "This request cannot be answered", message: error.body ?? "The request was not understood.")
        } catch {
            // Whatever failed, this request alone gets the 500 and the server goes on answering others. The
            // log line carries the request's id (`hb.request.id`), which the page quotes, so a report can be
            // matched to it.
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            failure = .internal(reference: context.id)
        }
        var response = Self.reply(failure, to: request)
        if let seconds = failure.retryAfter { response.headers[.retryAfter] = String(seconds) }
        return response
    }

    private static func reply(_ failure: SiteError, to request: Request) -> Response {
        if PoliceReply.serves(request.uri.path) { return PoliceReply.failure(failure.status, saying: true) }
        if request.uri.path.hasPrefix("/api/") { return Reply.jsonError(failure) }
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
        // Only the years a report can be about (the time-zone tables' years, less the two a report reads back).
        guard let period = Period(label), period.isReportable else { throw SiteError.badPeriod }
        // Figures are computed month by month for every area: a span of centuries would hold a server
        // thread and gigabytes for one request, and no one needs more than a few years on one page.
        guard period.end.daysSinceEpoch - period.start.daysSinceEpoch <= longestPeriodDays else { throw SiteError.longPeriod }
        return period
    }

    /// The longest period a page or API answer covers: five years.
    static let longestPeriodDays: Int64 = 5 * 366

    /// The force's time zone rules. Every built-in force has them; a force without would be a bug, which
    /// is that request's 500, not a trap that takes the server down.
    static func zone(of force: Force) throws -> ZoneRules {
        guard let rules = ZoneRulesCache.rules(for: force.timeZone) else { throw UnknownTimeZone(force: force.id, zone: force.timeZone) }
        return rules
    }

    struct UnknownTimeZone: Error {
        let force: String
        let zone: String
    }

    static func promise(_ context: some RequestContext) throws -> Int {
        guard let text = context.parameters.get("promise"), let promise = Int(text), (1...10).contains(promise) else {
            throw SiteError.notFound("The Policing Pledge has ten promises, numbered 1 to 10.")
        }
        return promise
    }
}
