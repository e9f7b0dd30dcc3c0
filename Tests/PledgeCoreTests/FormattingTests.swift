import PledgeCore
import Testing

/// How figures are written for people: grouped thousands, hours to a tenth, shares as percentages.
@Suite("formatting")
struct FormattingTests {
    @Test(
        "thousands are grouped; a tenth is shown only when it is not zero",
        arguments: [
            (0.0, "0"), (999.0, "999"), (1_000.0, "1,000"), (1_234_567.0, "1,234,567"), (585_335.6, "585,335.6"), (12.04, "12"),
            (12.96, "13"), (-1_234.5, "-1,234.5"),
        ])
    func thousands(_ value: Double, _ text: String) {
        #expect(Thousands.text(value) == text)
    }

    @Test("shares as percentages to a tenth, a whole number written without it")
    func percent() {
        #expect(Percent.text(0.946) == "94.6%" && Percent.text(0.9) == "90%" && Percent.text(0.0312) == "3.1%")
    }
}
