import Foundation
import Hummingbird
import Logging
import PledgeCore
import PledgeOutput

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
