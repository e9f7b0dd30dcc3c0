import PledgeCore

/// The Police Authority's dip samples of a force, as totals only: for each sample, what it was drawn from,
/// how (period, seed, size), how it was spread across promises and units, and what the reviewers found.
///
/// Privacy: the page never shows a record's id or reference, a reviewer's note, or anything about one
/// record: only counts and shares, and no share of fewer than `AuthoritySampleTable.minimumReviewed`.
public enum AuthoritySamplesPage {
    public static func html(forceID: String, forceName: String, samples: [DipSample]) -> String {
        AuthorityLayout.page(
            forceID: forceID, forceName: forceName, title: "\(forceName): the Police Authority's dip samples",
            lead:
                "The Police Authority checks a random sample of complaints, dissatisfaction reports and victims' records to see whether the promise was kept in each. Only totals are published here: no record, reference or reviewer's note."
        ) { page in
            guard !samples.isEmpty else {
                page.element("p", "No dip sample has been drawn for this force yet.")
                return
            }
            AuthoritySampleTable.writeResults(
                samples, caption: "Every dip sample, oldest first: the share of reviewed records where the promise was kept", into: &page)
            for (index, sample) in samples.enumerated() { write(sample, id: "sample-\(index + 1)", into: &page) }
        }
    }

    private static func write(_ sample: DipSample, id: String, into page: inout HTMLPage) {
        page.open("section", ["aria-labelledby": id])
        page.element("h2", "Sample “\(sample.name)”", ["id": id])
        page.open("dl")
        for (term, description) in [
            ("Drawn from", AuthorityText.sampleKind(sample.kind)), ("Period", AuthorityText.period(sample.period)), ("Seed", String(sample.seed)),
            ("Size asked for", Thousands.text(sample.size)), ("Records sampled", Thousands.text(sample.items.count)),
        ] {
            page.element("dt", term)
            page.element("dd", description)
        }
        page.close("dl")
        writeAllocation(sample, into: &page)
        writeResults(sample, into: &page)
        page.close("section")
    }

    private static func writeAllocation(_ sample: DipSample, into page: inout HTMLPage) {
        guard !sample.allocations.isEmpty else {
            page.element("p", "There were no records to draw from in the period.")
            return
        }
        page.table(
            caption: "How the sample was spread: each promise and unit in proportion to its records",
            columns: ["Promise", "Local policing unit", .number("Records in the period"), .number("Drawn")]
        ) { page in
            for allocation in sample.allocations {
                page.open("tr")
                page.element("th", AuthorityText.promise(allocation.stratum.promise), ["scope": "row"])
                page.element("td", allocation.stratum.unit ?? "No unit recorded")
                page.element("td", Thousands.text(allocation.population), ["class": "number"])
                page.element("td", Thousands.text(allocation.drawn), ["class": "number"])
                page.close("tr")
            }
        }
    }

    private static func writeResults(_ sample: DipSample, into page: inout HTMLPage) {
        let results = sample.results
        guard results.reviewed > 0 else {
            page.element("p", "No record of this sample has been reviewed yet (\(Thousands.text(results.awaiting)) awaiting review).")
            return
        }
        let kept = AuthoritySampleTable.kept(results.kept)
        let finding =
            results.reviewed < AuthoritySampleTable.minimumReviewed
            ? "The share kept is \(kept.share)." : "The promise was kept in \(kept.share), 95% interval \(kept.interval)."
        page.element(
            "p",
            "Reviewed: \(Thousands.text(results.reviewed)) of \(Thousands.text(sample.items.count)) (\(Thousands.text(results.awaiting)) awaiting review). \(finding)"
        )
        page.table(
            caption:
                "Promise kept, by the promise the record is about (a share of fewer than \(AuthoritySampleTable.minimumReviewed) records is not shown)",
            columns: ["Promise", .number("Reviewed"), "Promise kept", "95% interval"]
        ) { page in
            for row in results.byPromise {
                page.open("tr")
                page.element("th", AuthorityText.promise(row.promise), ["scope": "row"])
                page.element("td", Thousands.text(row.kept.denominator), ["class": "number"])
                let kept = AuthoritySampleTable.kept(row.kept)
                page.element("td", kept.share)
                page.element("td", kept.interval)
                page.close("tr")
            }
        }
    }
}
