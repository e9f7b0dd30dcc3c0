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

    @Test("a period reaching past year 9999 or before year 2 is no period: text from a request never traps")
    func outOfRange() {
        for text in ["9999/00", "9999-12", "9999-Q4", "99999-Q1", "0001-01", "0001-Q1", "0000/01", "0001-01-01..2009-01-01", "2009-01-01..9999-12-31"] {
            #expect(Period(text) == nil, "\(text)")
        }
        #expect(Period("9998-12")?.end == LocalDate(year: 9999, month: 1, day: 1) && Period("0002-01") != nil)
    }
}
