import PledgeCore
import Testing

/// Financial years: April to March, labelled as they are written.
@Suite("periods")
struct PeriodTests {
    @Test("the financial year holding a day turns on 1 April, and reads back as the same period")
    func financialYear() throws {
        let lastOfMarch = Period.financialYear(containing: LocalDate(year: 2009, month: 3, day: 31)!)
        let firstOfApril = Period.financialYear(containing: LocalDate(year: 2009, month: 4, day: 1)!)
        #expect(lastOfMarch.label == "2008/09" && firstOfApril.label == "2009/10")
        #expect(lastOfMarch.start == LocalDate(year: 2008, month: 4, day: 1)! && lastOfMarch.end == LocalDate(year: 2009, month: 4, day: 1)!)
        #expect(Period("2008/09") == lastOfMarch)
        #expect(Period.financialYear(containing: LocalDate(year: 2000, month: 2, day: 29)!).label == "1999/00")
        #expect(Period("1999/00") == Period(financialYearFrom: 1999) && Period("2008/10") == nil)
    }

    @Test(
        "a period whose days a date cannot hold is no period, rather than a trap",
        arguments: ["9999-12", "9999/00", "9999-Q4", "0000-Q1", "99999-Q1", "0000/01", "-001/00", "9999-12-31..9999-12-31"])
    func unrepresentable(text: String) {
        #expect(Period(text) == nil)
    }

    @Test("the last periods a date can hold are read; a report can be about 1902 to 2099 only")
    func edges() throws {
        #expect(Period("9999-11")?.end == LocalDate(year: 9999, month: 12, day: 1) && Period("9999-Q3") != nil && Period("9998/99") != nil)
        #expect(Period("9999-12-30..9999-12-30") != nil && Period("0001-01")?.start == LocalDate(year: 1, month: 1, day: 1))
        let reportable = try ["2008/09", "1902-01", "2099-12", "1902-01-01..2099-12-31"].map { try #require(Period($0)).isReportable }
        #expect(reportable == [true, true, true, true])
        let beyond = try ["1901-12", "2100-01", "9999-11", "1901-12-31..2009-01-01"].map { try #require(Period($0)).isReportable }
        #expect(beyond == [false, false, false, false])
    }
}
