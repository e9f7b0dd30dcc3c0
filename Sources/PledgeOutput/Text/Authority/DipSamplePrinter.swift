import Foundation
import PledgeCore

/// A dip sample as text: what was drawn from where, and the reviewers' findings so far.
public enum DipSamplePrinter {
    /// What was drawn from where, stratum by stratum.
    public static func summary(_ sample: DipSample) -> String {
        let population = sample.allocations.reduce(0) { $0 + $1.population }
        var text =
            "dip sample '\(sample.name)': \(sample.items.count) of \(population) \(sample.kind.rawValue) records of \(sample.period.label), seed \(sample.seed)"
        text += sample.items.count < sample.size ? " (\(sample.size) asked for; the period has fewer)\n" : "\n"
        text += TextTable.render(
            header: ["stratum", "records", "drawn"],
            rows: sample.allocations.map { [$0.stratum.description, String($0.population), String($0.drawn)] }, rightAligned: [1, 2])
        return text
    }

    /// The findings so far for `pledgewatch authority sample results`: the share kept, by promise and stratum.
    public static func results(_ sample: DipSample, zone: ZoneRules) -> String {
        let results = sample.results
        var text =
            "Dip sample '\(sample.name)': \(sample.kind.rawValue) of \(sample.period.label), seed \(sample.seed), drawn \(zone.localText(sample.drawnAt))\n"
        text += "\(sample.items.count) sampled, \(results.reviewed) reviewed, \(results.awaiting) awaiting a yes or no\n"
        guard results.reviewed > 0 else { return text + "no findings yet: `pledgewatch authority sample findings` records them\n" }
        text += "Promise kept: \(results.kept.numerator) of \(results.reviewed), \(TextFigures.share(results.kept)) (95% Wilson interval)\n"
        func row(_ label: String, _ share: Proportion) -> [String] {
            [label, String(share.denominator), String(share.numerator), TextFigures.share(share)]
        }
        text += "\nBy promise\n"
        text += TextTable.render(
            header: ["promise", "reviewed", "kept", "share [95% interval]"],
            rows: results.byPromise.map { row($0.promise.map { "P\($0)" } ?? "no promise", $0.kept) }, rightAligned: [1, 2])
        text += "\nBy stratum\n"
        let drawn = Dictionary(sample.allocations.map { ($0.stratum, $0) }, uniquingKeysWith: { first, _ in first })
        text += TextTable.render(
            header: ["stratum", "records", "drawn", "reviewed", "kept", "share [95% interval]"],
            rows: results.byStratum.map { entry in
                let allocation = drawn[entry.stratum]
                return [entry.stratum.description, allocation.map { String($0.population) } ?? "–", allocation.map { String($0.drawn) } ?? "–"]
                    + row("", entry.kept).dropFirst()
            }, rightAligned: [1, 2, 3, 4])
        return text
    }

    /// The force's samples, one a row, for `pledgewatch authority sample list`.
    public static func list(_ samples: [DipSample], zone: ZoneRules) -> String {
        return TextTable.render(
            header: ["name", "kind", "period", "seed", "sampled", "reviewed", "kept", "drawn"],
            rows: samples.map { sample in
                let results = sample.results
                return [
                    sample.name, sample.kind.rawValue, sample.period.label, String(sample.seed), String(sample.items.count), String(results.reviewed),
                    results.reviewed == 0 ? "–" : "\(results.kept.numerator) (\(TextFigures.percent(results.kept.value)))",
                    zone.localText(sample.drawnAt),
                ]
            }, rightAligned: [3, 4, 5])
    }
}
