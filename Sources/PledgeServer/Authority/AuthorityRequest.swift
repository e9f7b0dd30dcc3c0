import Hummingbird
import PledgeCore

/// Reading what a request to the Authority's pages names: the quarter and the local policing unit.
enum AuthorityRequest {
    /// The quarters offered: those of the force's latest financial year with calls, latest first.
    static func quarterChoices(_ choices: [String]) -> [String] {
        guard let year = choices.first(where: { $0.contains("/") }).flatMap(Period.init) else { return [] }
        return choices.filter { label in
            guard label.contains("-Q"), let quarter = Period(label) else { return false }
            return quarter.start >= year.start && quarter.end <= year.end
        }
    }

    /// The quarter asked for (`?quarter=2009-Q1`), else the latest of `choices`; nil when neither gives one.
    static func quarter(_ request: Request, choices: [String]) throws -> Period? {
        let asked = Requested.parameter(request, "quarter").flatMap { $0.isEmpty ? nil : $0 }
        guard let label = asked ?? quarterChoices(choices).first else { return nil }
        guard label.contains("-Q"), let quarter = Period(label), quarter.isReportable else { throw SiteError.badQuarter }
        return quarter
    }

    /// The unit asked for (`?unit=Melton`): nil (the whole force) when none or an empty one is given.
    static func unit(_ request: Request, units: [String], force: Force) throws -> String? {
        guard let unit = Requested.parameter(request, "unit"), !unit.isEmpty else { return nil }
        guard units.contains(unit) else {
            throw SiteError.notFound(
                "\(force.name) has no local policing unit called “\(unit)”. Choose one from the list on the Police Authority's pages.")
        }
        return unit
    }

    /// The area of `unit`: the unit, or the whole force.
    static func area(_ unit: String?) -> Area { unit.map(Area.unit) ?? .force }
}

extension SiteError {
    static let badQuarter = SiteError(
        status: .badRequest, title: "Choose a quarter",
        message: "Give a calendar quarter as the year, a hyphen, Q and its number: 2009-Q1 is January to March 2009, 2008-Q2 April to June 2008.")

    static func noCalls(_ force: Force) -> SiteError {
        .notFound("\(force.name) has no calls recorded yet, so the Police Authority's pages have no figures to show.")
    }
}
