import PledgeCore
import Testing

@Suite("FieldParsers: the value types of the record contract")
struct FieldParsersTests {
    @Test(
        "booleans: true/false, yes/no, y/n, 1/0 in any case",
        arguments: [
            ("true", true), ("TRUE", true), ("Yes", true), ("y", true), ("Y", true), ("1", true),
            ("false", false), ("False", false), ("NO", false), ("n", false), ("0", false),
        ])
    func bools(text: String, expected: Bool) {
        #expect(withBytes(text, FieldParsers.bool) == expected)
    }

    @Test("anything else is not a boolean", arguments: ["maybe", "t", "f", "2", "yess", "on", "-1", "tru"])
    func notBools(text: String) {
        #expect(withBytes(text, FieldParsers.bool) == nil)
    }

    @Test("ids: 1–64 characters of A-Z a-z 0-9 . _ : / -, case kept")
    func ids() {
        #expect(withBytes("Ab.9_x:y/z-0", FieldParsers.id) == "Ab.9_x:y/z-0")
        #expect(withBytes(String(repeating: "a", count: 64), FieldParsers.id)?.count == 64)
        #expect(withBytes(String(repeating: "a", count: 65), FieldParsers.id) == nil)
        for bad in ["NC 04", "NC04!", "é", "a,b", "a\"b"] { #expect(withBytes(bad, FieldParsers.id) == nil, "\(bad)") }
    }

    @Test(
        "dates are real calendar days",
        arguments: [
            ("2008-02-29", true), ("2009-02-29", false), ("2009-04-31", false), ("2009-12-31", true),
            ("2009-13-01", false), ("2009-1-01", false), ("09-01-2009", false), ("2009/01/01", false), ("1900-02-29", false),
            ("2000-02-29", true),
        ])
    func dates(text: String, valid: Bool) {
        let date = withBytes(text, FieldParsers.date)
        #expect((date != nil) == valid)
        if let date { #expect(date.description == text) }
    }

    @Test("months are YYYY-MM", arguments: [("2009-03", true), ("2009-3", false), ("2009-13", false), ("2009-00", false)])
    func months(text: String, valid: Bool) {
        let month = withBytes(text, FieldParsers.month)
        #expect((month != nil) == valid)
        if let month { #expect(month.description == text) }
    }

    @Test("numbers are plain decimals; not nan, infinity or hexadecimal")
    func numbers() {
        #expect(withBytes("7.5", FieldParsers.number) == 7.5)
        #expect(withBytes("-1.131592", FieldParsers.number) == -1.131592)
        #expect(withBytes("1e3", FieldParsers.number) == 1000)
        for bad in ["nan", "inf", "0x10", "", "-", "1,5", "seven", "1e999"] {
            #expect(withBytes(bad, FieldParsers.number) == nil, "\(bad)")
        }
    }

    @Test("integers are signed runs of digits")
    func integers() {
        #expect(withBytes("42", FieldParsers.integer) == 42)
        #expect(withBytes("-3", FieldParsers.integer) == -3)
        #expect(withBytes("+7", FieldParsers.integer) == 7)
        for bad in ["4.0", "", "-", "1e3", "12a", "1234567890123456789"] {
            #expect(withBytes(bad, FieldParsers.integer) == nil, "\(bad)")
        }
    }

    @Test("survey answers normalise to yes, no or 1–5", arguments: [("YES", "yes"), ("No", "no"), ("5", "5"), ("1", "1")])
    func surveyAnswers(text: String, expected: String) {
        #expect(withBytes(text, FieldParsers.surveyAnswer) == expected)
    }

    @Test("answers outside yes/no/1–5 are refused", arguments: ["0", "6", "y", "maybe", "3.5"])
    func badSurveyAnswers(text: String) {
        #expect(withBytes(text, FieldParsers.surveyAnswer) == nil)
    }

    @Test(
        "LocalDate and YearMonth arithmetic",
        arguments: [
            ("1970-01-01", Int64(0)), ("2009-03-29", 14332), ("1969-12-31", -1), ("2000-03-01", 11017),
        ])
    func daysSinceEpoch(text: String, days: Int64) throws {
        let date = try #require(withBytes(text, FieldParsers.date))
        #expect(date.daysSinceEpoch == days)
        #expect(LocalDate(daysSinceEpoch: days) == date)
    }

    @Test("months roll over at the year end and compact to YYYYMM")
    func monthArithmetic() throws {
        let december = try #require(YearMonth(year: 2008, month: 12))
        #expect(december.next == YearMonth(year: 2009, month: 1))
        #expect(december.compact == 200812)
        #expect(LocalDate(year: 2008, month: 12, day: 31)!.adding(days: 1).description == "2009-01-01")
    }
}
