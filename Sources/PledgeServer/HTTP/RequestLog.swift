import HTTPTypes
import Hummingbird
import Logging

/// One structured log line per request, once it is answered: method, path, status and milliseconds taken
/// (errors are logged with the status of the page they became, by `ErrorReplies` inside this). Every line
/// a request logs carries its id, Hummingbird's own (`hb.request.id`, in the request's logger), and every
/// answer carries it as `X-Request-Id`, so that a person who reports a failed page can be matched to its
/// log lines.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    static var idField: HTTPField.Name { HTTPField.Name("X-Request-Id")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        var response = try await next(request, context)
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        response.headers[Self.idField] = context.id
        context.logger.info(
            "request",
            metadata: [
                "method": "\(request.method.rawValue)", "path": "\(request.uri.path)", "status": "\(response.status.code)",
                "ms": "\((milliseconds * 100).rounded() / 100)",
            ])
        return response
    }
}
