import PledgeImport
import Testing

@testable import PledgeCommands

extension CLITests {
    @Suite("import progress as printed")
    struct ProgressPrinterTests {
        let halfway = ImportProgress(path: "/data/leicestershire-calls.csv", rows: 225_000, bytesRead: 50, bytesTotal: 100, seconds: 5.5)

        @Test("on a terminal: the file, a bar of the share read, the rows, their speed and the time left")
        func bar() {
            #expect(ProgressPrinter.bar(halfway) == "leicestershire-calls.csv [##########··········] 50%  225,000 rows  40,909 rows/s  6 s left")
            let done = ImportProgress(path: "calls.csv", rows: 450_000, bytesRead: 100, bytesTotal: 100, seconds: 11)
            #expect(ProgressPrinter.bar(done) == "calls.csv [####################] 100%  450,000 rows  40,909 rows/s")
        }

        @Test("in a log: one line with the same figures")
        func line() {
            #expect(ProgressPrinter.line(halfway) == "importing leicestershire-calls.csv: 50%, 225,000 rows, 40,909 rows/s, 6 s left")
        }
    }
}
