import Foundation
import PledgeCore

/// What the Police Authority keeps, as tests of any store keep it: a plan of its own and dip samples drawn
/// from a frame of forty complaints of 2009-Q3.
public enum AuthorityFixtures {
    /// A plan of the Authority's own: an entry for the promise to keep the promises, a mechanism it named
    /// itself, and a note with quotes and commas.
    public static let plan = MonitoringPlan(entries: [
        .init(promise: 5, mechanism: .contactManagementPanel, frequency: .monthly, note: "Panel meets monthly, with 999 data"),
        .init(promise: nil, mechanism: .dipSample, frequency: .halfYearly, note: "PSD dip sample"),
        .init(promise: 2, mechanism: MonitoringMechanism("press cuttings")!, frequency: .yearly),
        .init(promise: 10, mechanism: .forceReport, frequency: .quarterly, note: "Quotes 'like this', and, commas"),
    ])

    /// A plan naming one mechanism twice for one promise, which no store keeps.
    public static let mechanismTwice = MonitoringPlan(entries: [
        .init(promise: 3, mechanism: .forceReport, frequency: .yearly), .init(promise: 3, mechanism: .forceReport, frequency: .quarterly),
    ])

    /// When the samples were drawn: microseconds included, so that a store must keep them.
    public static let drawnAt = Instant(microseconds: utcMicroseconds("2009-10-05T09:30:00Z") + 123_456)

    /// Forty complaints an hour apart from 1 July 2009 08:00 UTC, over promises 1, 4 and 9 (every fifth
    /// naming none) and two units (every seventh in none).
    public static func frame() -> [SampleFrameRecord] {
        var records: [SampleFrameRecord] = []
        let start = utcMicroseconds("2009-07-01T08:00:00Z")
        for index in 0..<40 {
            let promise: Int? = index % 5 == 0 ? nil : [1, 4, 9][index % 3]
            let unit: String? = index % 7 == 0 ? nil : ["City LPU", "Melton LPU"][index % 2]
            records.append(
                SampleFrameRecord(
                    id: "PSD-\(String(format: "%03d", index))", promise: promise, unit: unit,
                    at: Instant(microseconds: start + Int64(index) * 3_600_000_000)))
        }
        return records
    }

    /// A complaints sample drawn from `frame()`.
    public static func sample(_ name: String, seed: UInt64, period: String = "2009-Q3", size: Int = 12, force: String = "leicestershire") -> DipSample
    {
        DipSample(name: name, forceID: force, kind: .complaints, period: Period(period)!, frame: frame(), size: size, seed: seed, drawnAt: drawnAt)
    }
}
