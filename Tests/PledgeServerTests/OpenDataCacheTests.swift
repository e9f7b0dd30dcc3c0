import Foundation
import PledgeCore
import PledgeSQLite
import PledgeStore
import PledgeTestSupport
import Testing

@testable import PledgeServer

/// What the police.uk-compatible API keeps stays bounded by the store: made-up neighbourhood ids and
/// months without crimes are answered (nil, or police.uk's categories) but never kept.
@Suite("police.uk API cache bounds")
struct OpenDataCacheTests {
    @Test("500 made-up neighbourhood ids and 500 months without crimes keep nothing; a real neighbourhood and month are kept once")
    func madeUpIdsAreNotKept() async throws {
        let store = try await PoliceAPIFixture.shared.value.harness.store
        let cache = OpenDataCache(store: store)
        let force = try #require(ForceCatalogue.force(id: "leicestershire"))
        for index in 0..<500 {
            #expect(try await cache.neighbourhood(force, id: "MADEUP\(index)") == nil)
            let month = try #require(YearMonth("\(2050 + index / 12)-\(String(format: "%02d", index % 12 + 1))"))
            #expect(try await !cache.categories(for: month).isEmpty, "police.uk's categories are listed for any month")
        }
        let afterMadeUp = await cache.kept
        #expect(afterMadeUp.neighbourhoods == 0 && afterMadeUp.categoryMonths == 0, "\(afterMadeUp)")
        let real = try #require(try await store.neighbourhoodProfiles(force: force).first?.id)
        let month = try #require(try await cache.crimeMonths().first)
        for _ in 0..<3 {
            #expect(try await cache.neighbourhood(force, id: real)?.detail.profile.id == real)
            _ = try await cache.categories(for: month)
        }
        let afterReal = await cache.kept
        #expect(afterReal.neighbourhoods == 1 && afterReal.categoryMonths == 1, "\(afterReal)")
    }
}
