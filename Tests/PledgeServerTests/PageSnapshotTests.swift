import Foundation
import PledgeTestSupport
import Testing

/// The main pages compared, whole, against reviewed snapshots in `Snapshots/`. After an intended change,
/// record them again with PLEDGEWATCH_RECORD_SNAPSHOTS=1 and review the diff like code.
@Suite("website page snapshots")
struct PageSnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static let pages = [
        ("home", "/"),
        ("force", "/forces/leicestershire"),
        ("report-card", "/forces/leicestershire/report?period=2009-Q1"),
        ("promise-5", "/forces/leicestershire/promises/5?period=2009-Q1"),
        ("neighbourhood", "/forces/leicestershire/neighbourhoods/LE0101?period=2009-Q1"),
        ("national", "/national?period=2009-Q1"),
        ("pledge", "/pledge"),
        ("not-found", "/forces/atlantis"),
    ]

    @Test("the main pages are as reviewed")
    func snapshots() async throws {
        let record = ProcessInfo.processInfo.environment["PLEDGEWATCH_RECORD_SNAPSHOTS"] == "1"
        try await DemoSite.withServer { client in
            for (name, uri) in Self.pages {
                let (_, _, html, _) = try await ServerTests.get(client, uri)
                let file = Self.folder.appendingPathComponent("\(name).html")
                if record { try html.write(to: file, atomically: true, encoding: .utf8) }
                let recorded = try String(contentsOf: file, encoding: .utf8)
                #expect(html == recorded, "\(uri) differs from Snapshots/\(name).html")
            }
        }
    }
}
