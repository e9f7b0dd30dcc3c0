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

    @Test("a force typed in any case or by name is found; a slip finds the nearest force, a stranger none")
    func typedAndNearest() {
        for typed in ["leicestershire", "Leicestershire", "LEICESTERSHIRE", " leicestershire ", "Leicestershire Police"] {
            #expect(ForceCatalogue.force(typed: typed)?.id == "leicestershire", "\(typed)")
        }
        #expect(ForceCatalogue.force(typed: "leicestershir") == nil)
        #expect(ForceCatalogue.nearest(to: "leicestershir")?.id == "leicestershire")
        #expect(ForceCatalogue.nearest(to: "Leicestershire Polce")?.id == "leicestershire")
        #expect(ForceCatalogue.nearest(to: "west-yorkshir")?.id == "west-yorkshire")
        #expect(ForceCatalogue.nearest(to: "north-yorkshire ")?.id == "north-yorkshire")
        #expect(ForceCatalogue.nearest(to: "atlantis") == nil && ForceCatalogue.nearest(to: "") == nil)
    }

    @Test("edit distance: insertions, deletions and substitutions, one each")
    func editDistance() {
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3 && EditDistance.between("abc", "") == 3 && EditDistance.between("same", "same") == 0)
        #expect(EditDistance.between("Meltn", "Melton") == 1)
        #expect(EditDistance.nearest(to: "meltn", among: ["City", "Melton"]) { [$0.lowercased()] } == "Melton")
        #expect(EditDistance.nearest(to: "zz99", among: ["MW03", "NC04"]) { [$0.lowercased()] } == nil)
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
