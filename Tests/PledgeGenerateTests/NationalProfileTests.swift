import Foundation
import PledgeCore
import PledgeGenerate
import PledgeImport
import PledgeSQLite
import PledgeStore
import PledgeTestSupport
import Testing

@Suite("national-2008")
struct NationalProfileTests {
    @Test("all 43 forces, sized by population, spread from good to poor, importing with no rejected row")
    func allForces() async throws {
        let directory = try TemporaryDirectory()
        let options = GenerateOptions(
            profile: Profile.named("national-2008")!, period: Period("2008-11")!, directory: directory.path("out"), scale: 0.01)
        let paths = try await blocking { try Generator.run(options) }
        let manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: paths.last!)))
        #expect(Set(manifest.targets.keys) == Set(ForceCatalogue.all.map(\.id)))

        let harness = try ImportHarness()
        let reports = await harness.importer.importFilesOffThePool(Array(paths.dropLast()))
        #expect(reports.allSatisfy { $0.isClean }, "\(reports.filter { !$0.isClean }.map { "\($0.path): \($0.error ?? "") \($0.sampleRejections)" })")

        // Sized by population: the Metropolitan Police has the most calls, London's City the fewest.
        let holdings = try await harness.store.status().holdings.filter { $0.kind == .calls }
        let calls = Dictionary(uniqueKeysWithValues: holdings.map { ($0.force.id, $0.count) })
        #expect(calls.count == 43)
        #expect(calls["metropolitan"] == calls.values.max())
        #expect(calls["city-of-london"] == calls.values.min())

        // Spread: the 2009 picture, most forces fair, a few good, Suffolk and Cumbria poor.
        let answering = manifest.targets.mapValues(\.answer999Within10s)
        let good = answering.filter { $0.value >= 0.9 }.count
        let poor = answering.filter { $0.value < 0.75 }.keys.sorted()
        #expect((5...10).contains(good), "good answering in \(good) forces")
        #expect(poor == ["cumbria", "suffolk"])
        #expect(answering["leicestershire"] == 0.94)
    }
}
