import Foundation
import PledgeCore
import PledgeOutput

/// The police.uk API's JSON shapes (reference §3), written to its "safe response profile" (§5.2): every
/// documented key always present; coordinates and population as strings; no nulls inside links,
/// locations or contact details; dates in exactly the forms strict clients parse.
enum PoliceJSON {
    static func forceRef(_ force: Force, _ w: inout JSONWriter) {
        w.object { w in
            w.field("id", force.id)
            w.field("name", force.name)
        }
    }

    /// A force. Pledgewatch holds no description or engagement methods for forces; `url` is the force's
    /// page on police.uk and `telephone` the national non-emergency number, both non-null as PoliceDataKit
    /// requires.
    static func force(_ force: Force, _ w: inout JSONWriter) {
        w.object { w in
            w.field("id", force.id)
            w.field("name", force.name)
            w.field("description", nil as String?)
            w.field("url", "https://www.police.uk/pu/your-area/\(Slug.of(force.name))/")
            w.field("telephone", "101")
            w.key("engagement_methods"); w.array { _ in }
        }
    }

    static func neighbourhoodRef(_ profile: NeighbourhoodProfile, _ w: inout JSONWriter) {
        w.object { w in
            w.field("id", profile.id)
            w.field("name", profile.name)
        }
    }

    static func neighbourhood(_ detail: NeighbourhoodDetail, _ w: inout JSONWriter) {
        let profile = detail.profile
        let centre = profile.centre ?? detail.boundary.map(centre(of:)) ?? GeoPoint(longitude: 0, latitude: 0)
        w.object { w in
            w.field("id", profile.id)
            w.field("name", profile.name)
            w.field("description", nonEmpty(profile.description))
            w.field("url_force", nonEmpty(profile.url) ?? "")
            w.field("population", String(profile.population ?? 0))
            w.key("centre")
            w.object { w in
                w.field("latitude", degrees(centre.latitude))
                w.field("longitude", degrees(centre.longitude))
            }
            contacts(email: profile.email, telephone: profile.phone, &w)
            w.key("links"); w.array { _ in }
            w.key("locations")
            w.array { w in
                guard let address = nonEmpty(profile.address) ?? nonEmpty(profile.base) else { return }
                w.object { w in
                    w.field("name", nonEmpty(profile.base) ?? address)
                    w.field("type", "station")
                    w.field("description", "")
                    w.field("address", address)
                    w.field("postcode", nonEmpty(profile.postcode) ?? "")
                    w.field("latitude", "")
                    w.field("longitude", "")
                }
            }
        }
    }

    /// The outline of the boundary's largest polygon, closed (its first vertex repeated last), at 10 dp.
    static func boundary(_ boundary: Boundary?, _ w: inout JSONWriter) {
        var ring = boundary?.polygons.compactMap(\.first).max { $0.count < $1.count } ?? []
        if let first = ring.first, ring.last != first { ring.append(first) }
        w.array(ring) { w, point in
            w.object { w in
                w.field("latitude", degrees(point.latitude, places: 10))
                w.field("longitude", degrees(point.longitude, places: 10))
            }
        }
    }

    /// An officer as the website shows them (`PublishedOfficer`): `contact_details` is `{}`, as police.uk
    /// sends for an officer without contacts; the team's shared ones are the neighbourhood's.
    static func officer(_ officer: PublishedOfficer, _ w: inout JSONWriter) {
        w.object { w in
            w.field("name", officer.name)
            w.field("rank", officer.rank)
            w.field("bio", nonEmpty(officer.bio))
            contacts(email: nil, telephone: nil, &w)
        }
    }

    static func event(_ engagement: Engagement, zone: ZoneRules, _ w: inout JSONWriter) {
        w.object { w in
            w.field("title", nonEmpty(engagement.title) ?? engagement.kindText)
            w.field("type", engagement.kind == "public-meeting" ? "meeting" : engagement.kind)
            w.field("description", nil as String?)
            w.field("address", nonEmpty(engagement.address))
            w.field("start_date", wallTime(engagement.startsAt, zone))
            w.field("end_date", engagement.endsAt.map { wallTime($0, zone) })
            w.key("contact_details"); w.object { _ in }
        }
    }

    /// A priority; its `issue-date` is the day it was agreed (nil when there is none to give: such a
    /// priority is not served, as strict clients need the date).
    static func priority(_ priority: NeighbourhoodPriority, agreedOn: LocalDate, _ w: inout JSONWriter) {
        w.object { w in
            w.field("issue", priority.issue)
            w.field("issue-date", "\(agreedOn)T00:00:00")
            w.field("action", nonEmpty(priority.action))
            w.field("action-date", priority.actionOn.map { "\($0)T00:00:00" })
        }
    }

    static func categories(_ categories: [CrimeCategory], _ w: inout JSONWriter) {
        w.array(categories) { w, category in
            w.object { w in
                w.field("url", category.slug)
                w.field("name", category.name)
            }
        }
    }

    /// A crime at its anonymous map point (`location` is null when it has none). `street` names the map
    /// point by the location text its crimes share most (`names`). Its outcome month is its own month: the
    /// street file gives the latest outcome but not when it was recorded.
    static func crime(_ crime: StreetCrime, names: [AnonymousMapPoint: String], withOutcome: Bool = true, _ w: inout JSONWriter) {
        w.object { w in
            w.field("category", CrimeCategory(crimeType: crime.category).slug)
            w.field("persistent_id", crime.persistentID)
            w.key("id"); w.int(Int(crime.number))
            w.field("month", crime.month.description)
            w.key("location")
            if let point = crime.point {
                let cell = AnonymousMapPoint(containing: point)
                w.object { w in
                    w.field("latitude", degrees(cell.centre.latitude))
                    w.field("longitude", degrees(cell.centre.longitude))
                    w.key("street")
                    w.object { w in
                        w.key("id"); w.int(Int(cell.id))
                        w.field("name", names[cell] ?? "On or near a map point")
                    }
                }
            } else {
                w.string(nil)
            }
            w.field("location_type", crime.point == nil ? nil : "Force")
            w.field("location_subtype", "")
            w.field("context", "")
            if withOutcome {
                w.key("outcome_status")
                if let outcome = nonEmpty(crime.outcome) {
                    w.object { w in
                        w.field("category", outcome)
                        w.field("date", crime.month.description)
                    }
                } else {
                    w.string(nil)
                }
            }
        }
    }

    /// A crime's latest outcome as the outcome routes give it.
    static func outcome(_ crime: StreetCrime, names: [AnonymousMapPoint: String], includingCrime: Bool, _ w: inout JSONWriter) {
        let category = OutcomeCategory(name: crime.outcome ?? "")
        w.object { w in
            w.key("category")
            w.object { w in
                w.field("code", category.code)
                w.field("name", category.name)
            }
            w.field("date", crime.month.description)
            w.key("person_id"); w.int(nil)
            if includingCrime {
                w.key("crime"); self.crime(crime, names: names, withOutcome: false, &w)
            }
        }
    }

    /// The name each map point is published with: the location text its crimes share most.
    static func mapPointNames(_ crimes: [StreetCrime]) -> [AnonymousMapPoint: String] {
        AnonymousMapPoint.grouping(crimes).compactMapValues(CrimeSummary.commonestLocation)
    }

    /// Contact channels that exist, as police.uk keys them (§3.12): none is ever empty or null.
    private static func contacts(email: String?, telephone: String?, _ w: inout JSONWriter) {
        w.key("contact_details")
        w.object { w in
            if let email = nonEmpty(email) { w.field("email", email) }
            if let telephone = nonEmpty(telephone) { w.field("telephone", telephone) }
        }
    }

    /// Local wall time without offset or fraction, `2009-04-02T19:00:00`, as police-api-client parses it.
    static func wallTime(_ instant: Instant, _ zone: ZoneRules) -> String { String(zone.localText(instant).prefix(19)) }

    static func degrees(_ value: Double, places: Int = 6) -> String { String(format: "%.\(places)f", value) }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return text
    }

    private static func centre(of boundary: Boundary) -> GeoPoint {
        GeoPoint(longitude: (boundary.minLongitude + boundary.maxLongitude) / 2, latitude: (boundary.minLatitude + boundary.maxLatitude) / 2)
    }
}
