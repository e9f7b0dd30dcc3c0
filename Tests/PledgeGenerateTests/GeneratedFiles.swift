import Foundation
import PledgeCore
import PledgeGenerate
import PledgeTestSupport

/// A generation run in a temporary folder, and ways to read its files back.
struct GeneratedFiles: Sendable {
    let directory: TemporaryDirectory
    let paths: [String]
    let manifest: Manifest

    /// Generates `leicestershire-2008` for `period` at `scale`.
    init(period: String, scale: Double, seed: UInt64 = 2008, edgeCases: Bool = false) throws {
        directory = try TemporaryDirectory()
        paths = try Generator.run(
            GenerateOptions(
                profile: Profile.named("leicestershire-2008")!, period: Period(period)!, directory: directory.path("out"), seed: seed,
                scale: scale, edgeCases: edgeCases))
        manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: paths.last!)))
    }

    /// The data files (everything but the manifest), in import order.
    var dataFiles: [String] { Array(paths.dropLast()) }

    /// The rows of a generated CSV (none of the measured files quote their fields), keyed by column name.
    func rows(_ name: String) throws -> [[String: String]] {
        let text = try String(contentsOfFile: directory.path("out/\(name)"), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let header = lines.removeFirst()
        return lines.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}

/// An instant as the files write it.
func instant(_ text: String?) -> Instant? {
    guard let text, !text.isEmpty, let zone = ZoneRulesCache.rules(for: "Europe/London") else { return nil }
    return Array(text.utf8).withUnsafeBytes { try? InstantParser.parse($0, zone: zone).get() }
}

/// The share of `items` for which `test` holds.
func share<T>(_ items: [T], _ test: (T) -> Bool) -> Double {
    Double(items.filter(test).count) / Double(max(1, items.count))
}
