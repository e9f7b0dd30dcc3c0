import Hummingbird
import Logging

/// One structured log line per request, once it is answered: method, path, status and milliseconds taken
/// (errors are logged with the status of the page they became, by `ErrorReplies` inside this).
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        context.logger.info(
            "request",
            metadata: [
                "method": "\(request.method.rawValue)", "path": "\(request.uri.path)", "status": "\(response.status.code)",
                "ms": "\((milliseconds * 100).rounded() / 100)",
            ])
        return response
    }
}
