import Foundation
import PledgeCore
import PledgeCoreFixtures
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Funnel plots and peer comparisons, with the limits worked by hand.
@Suite("national picture")
struct NationalPictureTests {
    static func card(_ id: String, _ numerator: Int, of denominator: Int) -> ReportCard { EngineFixture.nationalCard(id, numerator, of: denominator) }

    @Test("each force is judged against limits for its own size around the pooled share, not ranked")
    func funnel() throws {
        // Pooled: 9,525 / 10,600 = 0.898585. At n = 500 the 95% limits are 0.898585 ± 1.959964 × √(0.898585 × 0.101415 / 500)
        // = ± 0.026461, so 0.872124–0.925046, and the 99.8% limits ± 0.041720: 0.856865–0.940305.
        let picture = NationalPicture(
            cards: [
                Self.card("leicestershire", 9_000, of: 10_000), Self.card("nottinghamshire", 430, of: 500), Self.card("derbyshire", 95, of: 100),
            ],
            peerGroups: ["leicestershire": ["nottinghamshire", "derbyshire", "leicestershire"]])
        let funnel = try #require(picture.funnels.first { $0.indicator.id == "P5.answer_10s" })
        #expect(abs(funnel.national! - 9_525.0 / 10_600) < 1e-12)
        #expect(funnel.points.map(\.forceID) == ["derbyshire", "nottinghamshire", "leicestershire"])
        #expect(funnel.points.map(\.position) == [.within, .below95, .within])
        let nottinghamshire = funnel.points[1]
        #expect(abs(nottinghamshire.limits95.lower - 0.872124) < 1e-6 && abs(nottinghamshire.limits95.upper - 0.925046) < 1e-6)
        #expect(abs(nottinghamshire.limits998.lower - 0.856865) < 1e-6 && abs(nottinghamshire.limits998.upper - 0.940305) < 1e-6)
        #expect(FunnelPlot.limits(0.5, 4, FunnelPlot.z998) == (0, 1), "limits are clipped to 0–1")
        // Leicestershire's peers pooled without itself: (430 + 95) / 600.
        let peers = try #require(picture.comparisons.first { $0.forceID == "leicestershire" && $0.indicator == "P5.answer_10s" })
        #expect(peers.peerIDs == ["nottinghamshire", "derbyshire"] && abs(peers.peers! - 0.875) < 1e-12 && peers.force == 0.9)
        #expect(picture.comparisons.first { $0.forceID == "derbyshire" }?.peers == nil)
        #expect(picture.text.contains("Nottinghamshire Police: 86% of 500, below the 95% limit (87.2%–92.5% at 95%)"))
        // A force below its 99.8% limit.
        let far = NationalPicture(cards: [Self.card("leicestershire", 9_000, of: 10_000), Self.card("nottinghamshire", 400, of: 500)])
        #expect(far.funnels[0].points.first { $0.forceID == "nottinghamshire" }?.position == .below998)
    }
}
