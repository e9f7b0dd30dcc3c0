import PledgeCore
import Testing

@Suite("ForceCatalogue: the 43 forces of England and Wales")
struct ForceCatalogueTests {
    @Test("43 forces, numbered 1…43 in id order, all in Europe/London")
    func catalogue() {
        let all = ForceCatalogue.all
        #expect(all.count == 43)
        #expect(all.map(\.number) == Array(1...43))
        #expect(all.map(\.id) == all.map(\.id).sorted())
        #expect(Set(all.map(\.id)).count == 43)
        #expect(all.allSatisfy { $0.timeZone == "Europe/London" })
    }

    @Test("ids are looked up exactly; police.uk display names in any case and with & or and")
    func lookups() {
        #expect(ForceCatalogue.force(id: "leicestershire")?.name == "Leicestershire Police")
        #expect(ForceCatalogue.force(id: "Leicestershire") == nil)
        #expect(ForceCatalogue.force(id: "police-service-of-northern-ireland") == nil)
        #expect(ForceCatalogue.force(named: "LEICESTERSHIRE POLICE")?.id == "leicestershire")
        #expect(ForceCatalogue.force(named: "Devon and Cornwall Police")?.id == "devon-and-cornwall")
        #expect(ForceCatalogue.force(named: "Devon & Cornwall Police")?.id == "devon-and-cornwall")
        #expect(ForceCatalogue.force(named: "Metropolitan Police")?.id == "metropolitan")
        #expect(ForceCatalogue.force(named: "metropolitan")?.id == "metropolitan")
        #expect(ForceCatalogue.force(named: "British Transport Police") == nil)
        #expect(ForceCatalogue.force(number: 22)?.id == "leicestershire")
        #expect(ForceCatalogue.force(number: 44) == nil)
    }

    @Test("record kinds read from the command line: - and _ alike, any case")
    func kindNames() {
        #expect(RecordKind(name: "victim-updates") == .victimUpdates)
        #expect(RecordKind(name: "REALITY_CHECKS") == .realityChecks)
        #expect(RecordKind(name: "call") == nil)
        #expect(RecordKind.allCases.count == 17)
        // Reference kinds sort before the events that name them.
        #expect(RecordKind.neighbourhoods < .boundaries && .boundaries < .calls && .victims < .victimUpdates)
    }
}
