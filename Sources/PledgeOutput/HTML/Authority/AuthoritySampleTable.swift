import PledgeCore

/// Dip sample results as totals only: how many records were sampled and reviewed, and the share where the
/// promise was kept with its 95% Wilson interval. No record, reference or reviewer's note is ever shown,
/// and a share of fewer than `minimumReviewed` records is withheld, as it would tell the finding on one
/// or two records.
enum AuthoritySampleTable {
    /// Reviewed records a share needs before it is shown.
    static let minimumReviewed = 5

    /// The share kept with its count, or why it is withheld.
    static func kept(_ share: Proportion) -> (share: String, interval: String) {
        if share.denominator == 0 { return ("none reviewed yet", "–") }
        if share.denominator < minimumReviewed { return ("not shown: fewer than \(minimumReviewed) reviewed", "–") }
        return (AuthorityText.share(share), AuthorityText.interval(share.wilsonInterval()))
    }

    /// One row per sample.
    static func writeResults(_ samples: [DipSample], caption: String, into page: inout HTMLPage) {
        page.table(
            ["class": "figures"], caption: caption, columns: ["Sample", "Records", "Period", "Sampled", "Reviewed", "Promise kept", "95% interval"]
        ) { page in
            for sample in samples {
                let results = sample.results
                page.open("tr")
                page.element("th", sample.name, ["scope": "row"])
                page.element("td", AuthorityText.sampleKind(sample.kind))
                page.element("td", sample.period.label)
                page.element("td", Thousands.text(sample.items.count))
                page.element("td", "\(Thousands.text(results.reviewed)) (\(Thousands.text(results.awaiting)) awaiting review)")
                let kept = kept(results.kept)
                page.element("td", kept.share)
                page.element("td", kept.interval)
                page.close("tr")
            }
        }
    }
}
