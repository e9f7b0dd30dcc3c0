import Hummingbird
import PledgeCore
import PledgeOutput
import PledgeStore

/// `/api/v1`: everything the pages show, as JSON, described by `OpenAPIDocument`.
enum APIRoutes {
    static func register(on router: Router<some RequestContext>, data: SiteData) {
        let api = router.group("api/v1")
        api.get("openapi.json") { _, _ in
            guard let document = OpenAPIDocument.bytes else { throw OpenAPIDocumentMissing() }
            return Reply.json(document)
        }
        api.get("pledge") { _, _ in Reply.json { APIJSON.pledge(&$0) } }
        api.get("forces") { _, _ in
            let held = Set(try await data.forcesWithRecords().map(\.id))
            return Reply.json { w in
                w.object { w in
                    w.key("forces")
                    w.array(ForceCatalogue.all.sorted { $0.name < $1.name }) { w, force in
                        w.object { w in
                            w.key("has_records"); w.bool(held.contains(force.id))
                            w.key("id"); w.string(force.id)
                            w.key("name"); w.string(force.name)
                        }
                    }
                }
            }
        }
        api.get("forces/:force") { _, context in
            let force = try Requested.force(context)
            let profiles = try await data.store.neighbourhoodProfiles(force: force)
            let choices = try await data.periodChoices(force)
            return Reply.json { w in
                w.object { w in
                    w.key("id"); w.string(force.id)
                    w.key("name"); w.string(force.name)
                    w.key("neighbourhoods"); w.array(profiles) { w, profile in APIJSON.neighbourhoodSummary(profile, &w) }
                    w.key("periods"); w.array(choices) { w, label in w.string(label) }
                }
            }
        }
        api.get("forces/:force/report") { request, context in
            Reply.json(try await SiteQueries.figures(request, context, data: data).0.card.jsonBytes())
        }
        api.get("forces/:force/promises/:promise") { request, context in
            let (promise, figures, _) = try await SiteQueries.promiseFigures(request, context, data: data)
            return Reply.json { APIJSON.promise(promise, card: figures.card, &$0) }
        }
        api.get("forces/:force/neighbourhoods/:neighbourhood") { request, context in
            let (figures, _) = try await SiteQueries.neighbourhood(request, context, data: data)
            return Reply.json { APIJSON.neighbourhood(figures, &$0) }
        }
        api.get("forces/:force/neighbourhoods/:neighbourhood/crimes") { request, context in
            let force = try Requested.force(context)
            guard let id = context.parameters.get("neighbourhood"), try await data.neighbourhoodNames(force)[id] != nil else {
                throw SiteError.notFound("\(force.name) has no neighbourhood with that name.")
            }
            let months = try await data.store.crimeMonths(force: force, neighbourhood: id)
            let month: YearMonth
            if let text = Requested.parameter(request, "month") {
                guard let asked = YearMonth(text) else {
                    throw SiteError(status: .badRequest, title: "Choose a month", message: "Give the month as YYYY-MM, for example 2009-03.")
                }
                month = asked
            } else if let latest = months.first {
                month = latest
            } else {
                throw SiteError.notFound("No crimes are recorded in this neighbourhood.")
            }
            let summary = CrimeSummary(month: month, crimes: try await data.store.streetCrimes(force: force, neighbourhood: id, month: month))
            return Reply.json { APIJSON.crimes(summary, months: months, &$0) }
        }
        api.get("national") { request, _ in
            let choices = try await data.nationalChoices()
            guard let period = try Requested.period(request, fallback: choices.first) else {
                throw SiteError.notFound("No force has calls recorded yet.")
            }
            let picture = try await data.national(period: period)
            return Reply.json { APIJSON.national(picture, period: period.label, &$0) }
        }
        api.get("find") { request, _ in
            let (query, found) = try await SiteQueries.search(request, data: data)
            return Reply.json { w in
                w.object { w in
                    w.key("match"); w.string(found.match?.rawValue)
                    w.key("neighbourhoods"); w.array(found.neighbourhoods) { w, profile in APIJSON.neighbourhoodSummary(profile, &w) }
                    w.key("query"); w.string(query)
                }
            }
        }
    }
}

/// The OpenAPI document is not among the server's resources: the installation is incomplete.
struct OpenAPIDocumentMissing: Error, CustomStringConvertible {
    var description: String { "the server's resource openapi.json cannot be read: install the executable with its resources bundle" }
}
