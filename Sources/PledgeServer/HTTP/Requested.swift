import Foundation
import Hummingbird
import Logging
import PledgeCore
import PledgeOutput

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

    static func promise(_ context: some RequestContext) throws -> Int {
        guard let text = context.parameters.get("promise"), let promise = Int(text), (1...10).contains(promise) else {
            throw SiteError.notFound("The Policing Pledge has ten promises, numbered 1 to 10.")
        }
        return promise
    }
}
