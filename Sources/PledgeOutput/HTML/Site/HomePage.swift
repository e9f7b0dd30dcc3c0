import PledgeCore

/// The front page: find your neighbourhood team by postcode, place or point, and the forces with records.
public enum HomePage {
    public static func html(forces: [Force]) -> String {
        SiteLayout.page(title: "Find your neighbourhood police team") { page in
            page.element(
                "p",
                "See who your neighbourhood police team are, when you can meet them, what they are working on, and how well your force keeps the promises of the Policing Pledge.",
                ["class": "lead"])
            SearchForms.write(into: &page)
            page.element("h2", "Forces with records")
            if forces.isEmpty {
                page.element("p", "No force has imported its records yet.")
            } else {
                page.open("ul")
                for force in forces {
                    page.open("li")
                    page.element("a", force.name, ["href": SiteLayout.forcePath(force.id)])
                    page.close("li")
                }
                page.close("ul")
            }
        }
    }
}

/// The two ways to search: by postcode or name, and by latitude and longitude.
enum SearchForms {
    static func write(into page: inout HTMLPage, query: String = "") {
        page.open("form", ["class": "search", "method": "get", "action": "/find", "role": "search"])
        page.element("label", "Postcode, place or neighbourhood name", ["for": "q"])
        page.element("p", "For example LE1 9ND, LE1, or Oadby", ["class": "hint", "id": "q-hint"])
        page.raw(
            "<input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"postal-code\" aria-describedby=\"q-hint\" value=\"\(HTMLPage.escape(query))\" />"
        )
        page.raw(" ")
        page.element("button", "Find", ["type": "submit"])
        page.close("form")
        page.open("details")
        page.element("summary", "Search by latitude and longitude instead")
        page.open("form", ["class": "search", "method": "get", "action": "/find"])
        page.element("label", "Latitude", ["for": "lat"])
        page.raw("<input type=\"text\" id=\"lat\" name=\"lat\" inputmode=\"decimal\" />")
        page.element("label", "Longitude", ["for": "lng"])
        page.raw("<input type=\"text\" id=\"lng\" name=\"lng\" inputmode=\"decimal\" />")
        page.raw(" ")
        page.element("button", "Find", ["type": "submit"])
        page.close("form")
        page.close("details")
    }
}

/// What a search found.
public enum FindPage {
    public static func html(query: String, found: NeighbourhoodFinder.Found) -> String {
        let title = found.neighbourhoods.isEmpty ? "No neighbourhood found" : "Neighbourhoods found"
        return SiteLayout.page(title: title, crumbs: [.init("Home", "/")]) { page in
            if found.neighbourhoods.isEmpty {
                page.open("div", ["class": "panel warning"])
                page.element("p", "Nothing matched “\(query)”.")
                page.close("div")
                page.element(
                    "p",
                    "Check the postcode or the spelling, or try the first part of your postcode (such as LE1) or the name of your town. Pledgewatch knows the postcodes of the teams' bases, so a nearby postcode usually finds the team."
                )
            } else {
                page.element("p", Self.explanation(query: query, found: found))
                page.open("ul")
                for profile in found.neighbourhoods {
                    page.open("li")
                    page.element("a", profile.name, ["href": SiteLayout.neighbourhoodPath(profile.forceID, profile.id)])
                    let force = ForceCatalogue.force(id: profile.forceID)?.name ?? profile.forceID
                    page.text(" – " + ([profile.unit, force].compactMap { $0 }.joined(separator: ", ")))
                    page.close("li")
                }
                page.close("ul")
            }
            page.element("h2", "Search again")
            SearchForms.write(into: &page, query: query)
        }
    }

    static func explanation(query: String, found: NeighbourhoodFinder.Found) -> String {
        let count = found.neighbourhoods.count == 1 ? "1 neighbourhood" : "\(found.neighbourhoods.count) neighbourhoods"
        switch found.match {
        case .postcode: return "\(count) with the postcode \(query.uppercased()):"
        case .sector: return "No team is based at that exact postcode. \(count) in the same postcode sector:"
        case .district: return "No team is based in that postcode sector. \(count) in the same postcode district:"
        case .name: return "\(count) matching “\(query)”:"
        case .point: return "The point \(query) is in:"
        case nil: return ""
        }
    }
}

/// A page for a request that cannot be answered: the right status goes with it.
public enum ErrorPage {
    public static func html(title: String, message: String) -> String {
        SiteLayout.page(title: title) { page in
            page.element("p", message)
            page.open("p")
            page.element("a", "Find your neighbourhood team", ["href": "/"])
            page.text(" or see ")
            page.element("a", "every police force", ["href": "/forces"])
            page.text(".")
            page.close("p")
        }
    }
}
