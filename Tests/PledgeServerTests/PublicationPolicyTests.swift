import Foundation
import Hummingbird
import HummingbirdTesting
import PledgeCore
import PledgeTestSupport
import Testing

/// What is published of people and places is decided once, for the website and both APIs: officers by
/// name, rank, biography and time in post, never their own contacts (`PublishedOfficer`); crime locations
/// only in police.uk's anonymised "On or near" form (`PublishedStreet`).
@Suite("publication policy")
struct PublicationPolicyTests {
    @Test("no officer's own e-mail or telephone on the people route, /api/v1 or the page; the team's shared contacts stay")
    func officersWithoutOwnContacts() async throws {
        try await PoliceAPIFixture.withServer { client in
            let people = try await PoliceAPI.list(client, "/api/leicestershire/NC04/people")
            #expect(people.compactMap { $0["name"] as? String } == ["Sam Patel", "Chris Lee"])
            #expect(people.allSatisfy { ($0["contact_details"] as? [String: Any])?.isEmpty == true }, "\(people)")
            let neighbourhood = try PoliceAPI.object(try await PoliceAPI.get(client, "/api/leicestershire/NC04"))
            #expect(
                neighbourhood["contact_details"] as? [String: String] == [
                    "email": "citycentre@leicestershire.police.uk", "telephone": "0116 222 2222",
                ])
            for uri in [
                "/api/leicestershire/NC04/people", "/api/v1/forces/leicestershire/neighbourhoods/NC04", "/forces/leicestershire/neighbourhoods/NC04",
            ] {
                let text = PoliceAPI.text(try await PoliceAPI.get(client, uri))
                #expect(text.contains("Sam Patel"), "\(uri)")
                #expect(!text.contains("sam.patel@") && !text.contains("07700 900123"), "\(uri) publishes an officer's own contact")
            }
            let page = PoliceAPI.text(try await PoliceAPI.get(client, "/forces/leicestershire/neighbourhoods/NC04"))
            #expect(page.contains("citycentre@leicestershire.police.uk") && page.contains("0116 222 2222"), "the team's shared contacts stay")
        }
    }

    /// April 2009 crimes in the city centre whose Location is not police.uk's anonymised form, each at a map
    /// point of its own, and one beside an anonymised crime.
    static let unanonymised = [
        ",2009-04,Leicestershire Police,Leicestershire Police,-1.1400,52.6250,14 Acacia Avenue,E01013649,Leicester 036A,Burglary,,",
        ",2009-04,Leicestershire Police,Leicestershire Police,-1.1200,52.6400,On or near 7 Burton Street,E01013649,Leicester 036A,Burglary,,",
        ",2009-04,Leicestershire Police,Leicestershire Police,-1.1300,52.6350,Flat 2 Clock Tower House LE1 5WW,E01013649,Leicester 036A,Burglary,,",
        ",2009-04,Leicestershire Police,Leicestershire Police,-1.1350,52.6300,\"near the home of J. Smith, Church Gate\",E01013649,Leicester 036A,Burglary,,",
        ",2009-04,Leicestershire Police,Leicestershire Police,-1.1350,52.6300,On or near Church Gate,E01013649,Leicester 036A,Burglary,,",
        ",2009-04,Leicestershire Police,Leicestershire Police,-1.1250,52.6280,On or near A607,E01013649,Leicester 036A,Burglary,,",
    ]

    @Test("a Location not in the anonymised form is never published: map points are named only in the 'On or near' form")
    func onlyAnonymisedStreetText() async throws {
        let fixture = try PoliceAPIFixture()
        try fixture.importClean(
            ([PoliceAPIFixture.crimesHeader] + Self.unanonymised).joined(separator: "\n") + "\n", name: "2009-04-leicestershire-street.csv")
        try await fixture.withServer { client in
            let crimes = try await PoliceAPI.list(client, "/api/crimes-street/all-crime?poly=\(PoliceAPIFixture.cityPoly)&date=2009-04")
            #expect(crimes.count == Self.unanonymised.count)
            let names = crimes.compactMap { (($0["location"] as? [String: Any])?["street"] as? [String: Any])?["name"] as? String }
            #expect(names.count == crimes.count && names.allSatisfy { $0.hasPrefix("On or near ") }, "\(names)")
            #expect(Set(names) == ["On or near a map point", "On or near Church Gate", "On or near A607"], "\(Set(names))")
            for uri in [
                "/api/crimes-street/all-crime?poly=\(PoliceAPIFixture.cityPoly)&date=2009-04",
                "/api/v1/forces/leicestershire/neighbourhoods/NC04/crimes?month=2009-04",
                "/forces/leicestershire/neighbourhoods/NC04",
            ] {
                let text = PoliceAPI.text(try await PoliceAPI.get(client, uri))
                for secret in ["Acacia", "Burton", "Clock Tower House", "5WW", "J. Smith"] {
                    #expect(!text.contains(secret), "\(uri) publishes \(secret)")
                }
                #expect(text.contains("On or near Church Gate"), "\(uri)")
            }
        }
    }

    @Test("the rule for street text, word by word")
    func streetRule() {
        #expect(PublishedStreet.name("On or near Market Place") == "On or near Market Place")
        #expect(PublishedStreet.name("On or near  Parking   Area") == "On or near Parking Area")
        #expect(PublishedStreet.name("On or near A6") == "On or near A6")
        for withheld in [
            nil, "", "No Location", "14 Acacia Avenue", "On or near ", "On or near 7 Burton Street", "On or near LE13 0AB", "on or near Market Place",
            "On or near Market\u{0}Place", "On or near " + String(repeating: "x", count: 100),
        ] {
            #expect(PublishedStreet.name(withheld) == nil, "\(withheld ?? "nil")")
        }
    }
}
