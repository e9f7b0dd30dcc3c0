import Foundation
import Hummingbird
import Logging
import PledgeCore
import PledgeOutput

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
