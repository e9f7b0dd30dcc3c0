import Hummingbird
import PledgeCore
import PledgeOutput
import PledgeStore

/// The Police Authority's section of the website, read-only: its index, the monitoring plan, the quarterly
/// performance report pack (page, printable and JSON), the Contact Management Panel, the complaints
/// analysis, the dip samples (totals only) and the questionnaires, all under `/forces/:force/authority`.
enum AuthorityRoutes {
    static func register(on router: Router<some RequestContext>, data: SiteData) {
        let authority = AuthorityData(site: data)
        router.get("forces/:force/authority") { request, context in try await index(request, context, authority) }
        router.get("forces/:force/authority/plan") { request, context in
            let force = try Requested.force(context)
            let (period, choices) = try await period(request, force, data)
            let view = try await authority.planView(force, period)
            return Reply.html(
                AuthorityPlanPage.html(forceID: force.id, forceName: force.name, view: view, period: period.label, periodChoices: choices))
        }
        router.get("forces/:force/authority/report") { request, context in
            let (report, units, choices) = try await report(request, context, authority)
            return Reply.html(AuthorityReportPage.html(report: report, units: units, quarterChoices: AuthorityRequest.quarterChoices(choices)))
        }
        router.get("forces/:force/authority/report/print") { request, context in
            Reply.html(AuthorityReportPage.printable(report: try await report(request, context, authority).0))
        }
        router.get("forces/:force/authority/report.json") { request, context in
            do {
                return Reply.json(try await report(request, context, authority).0.jsonBytes())
            } catch let failure as SiteError {
                return Reply.jsonError(failure)
            }
        }
        router.get("forces/:force/authority/panel") { request, context in
            let force = try Requested.force(context)
            let (period, choices) = try await period(request, force, data)
            let unit = try AuthorityRequest.unit(request, units: try await authority.units(force), force: force)
            let panel = try await authority.panel(force, period)
            return Reply.html(
                AuthorityPanelPage.html(
                    forceID: force.id, forceName: force.name, panel: panel, area: AuthorityRequest.area(unit), period: period.label,
                    periodChoices: choices,
                    disclosure: try await authority.panelDisclosure(force, panel)))
        }
        router.get("forces/:force/authority/complaints") { request, context in
            let force = try Requested.force(context)
            let (period, choices) = try await period(request, force, data)
            let units = try await authority.units(force)
            let unit = try AuthorityRequest.unit(request, units: units, force: force)
            let analysis = try await authority.complaints(force, period, area: AuthorityRequest.area(unit))
            let disclosure = unit == nil ? ComplaintsDisclosure.none : try await authority.complaintsDisclosure(force, period, units: units)
            let names = Dictionary(ForceCatalogue.all.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            return Reply.html(
                AuthorityComplaintsPage.html(
                    forceID: force.id, forceName: force.name, analysis: analysis, period: period.label, lastYear: period.yearEarlier.label,
                    periodChoices: choices, units: units, peerNames: names, disclosure: disclosure))
        }
        router.get("forces/:force/authority/samples") { _, context in
            let force = try Requested.force(context)
            return Reply.html(
                AuthoritySamplesPage.html(forceID: force.id, forceName: force.name, samples: try await data.store.dipSamples(force: force)))
        }
        router.get("forces/:force/authority/questionnaires") { request, context in
            let force = try Requested.force(context)
            let (period, choices) = try await period(request, force, data)
            let analysis = try await authority.questionnaires(force, period)
            return Reply.html(
                AuthorityQuestionnairesPage.html(
                    forceID: force.id, forceName: force.name, analysis: analysis, period: period.label, periodChoices: choices))
        }
    }

    /// The index: the quarter asked for, else the latest; without calls, a page that says so.
    static func index(_ request: Request, _ context: some RequestContext, _ authority: AuthorityData) async throws -> Response {
        let force = try Requested.force(context)
        let choices = try await authority.site.periodChoices(force)
        let quarter = try AuthorityRequest.quarter(request, choices: choices)
        var view: MonitoringPlanView?
        if let quarter { view = try await authority.planView(force, quarter) }
        return Reply.html(
            AuthorityIndexPage.html(
                forceID: force.id, forceName: force.name, quarter: quarter, quarterChoices: AuthorityRequest.quarterChoices(choices),
                units: try await authority.units(force), view: view))
    }

    /// The period asked for, else the force's latest financial year, and the periods it has.
    static func period(_ request: Request, _ force: Force, _ data: SiteData) async throws -> (Period, [String]) {
        let choices = try await data.periodChoices(force)
        guard let period = try Requested.period(request, fallback: choices.first) else { throw SiteError.noCalls(force) }
        return (period, choices)
    }

    /// The report pack asked for (`?quarter=`, `?unit=`), the force's units and its periods.
    static func report(_ request: Request, _ context: some RequestContext, _ authority: AuthorityData) async throws -> (
        QuarterlyReport, [String], [String]
    ) {
        let force = try Requested.force(context)
        let choices = try await authority.site.periodChoices(force)
        guard let quarter = try AuthorityRequest.quarter(request, choices: choices) else { throw SiteError.noCalls(force) }
        let units = try await authority.units(force)
        let unit = try AuthorityRequest.unit(request, units: units, force: force)
        return (try await authority.report(force, quarter, area: AuthorityRequest.area(unit)), units, choices)
    }
}
