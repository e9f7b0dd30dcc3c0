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
}
