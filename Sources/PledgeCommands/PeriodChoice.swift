import ArgumentParser
import PledgeCore

/// Reads the periods, as-of instants and days given on the command line, refusing what a report cannot be
/// about with the reason, instead of trapping later on a date no calendar arithmetic can hold.
enum PeriodChoice {
    static let forms = "2009-01, 2009-Q1, 2008/09 or 2008-04-01..2008-06-30"

    /// The help of a `--period` option: every form a period may take (docs/indicators.md, "Periods").
    static func help(_ abstract: String = "The period") -> ArgumentHelp {
        ArgumentHelp(
            "\(abstract): a month (2009-01), a quarter (2009-Q1), a financial year (2008/09) or two dates (2008-04-01..2009-03-31).",
            discussion: """
                A quarter is a calendar quarter (2009-Q1 is January to March 2009). A financial year runs from \
                1 April to 31 March (2008/09 is April 2008 to March 2009). Two dates include both days. \
                2008-09 is September 2008, not a financial year.
                """,
            valueName: "period")
    }

    /// The years a report can be about, for messages: "1902 to 2099".
    static var reportableYears: String {
        "\(Period.reportableDays.lowerBound.year) to \(Period.reportableDays.upperBound.adding(days: -1).year)"
    }

    /// The period `text` names, when a report can be about it.
    static func parse(_ text: String) throws -> Period {
        guard let period = Period(text) else { throw CommandFailure("'\(text)' is not a period (\(forms))") }
        guard period.isReportable else { throw CommandFailure("'\(text)': a report can be about the years \(reportableYears) only") }
        return period
    }

    /// The instant `text` names (any form the records use; a local time is read in `zone`), nil when
    /// none was given. `option` names the option in the message.
    static func instant(_ text: String?, zone: ZoneRules, option: String = "--as-of") throws -> Instant? {
        guard let text else { return nil }
        let instant: Instant
        switch Array(text.utf8).withUnsafeBytes({ InstantParser.parse($0, zone: zone) }) {
        case .success(let parsed): instant = parsed
        case .failure(let problem): throw CommandFailure("\(option): '\(text)': \(problem.reason)")
        }
        guard Period.reportableDays.contains(zone.localDate(of: instant)) else {
            throw CommandFailure("\(option): '\(text)': a report can be as of the years \(reportableYears) only")
        }
        return instant
    }

    /// The day `text` names (YYYY-MM-DD), within the years a report can be about.
    static func day(_ text: String, option: String = "--as-of") throws -> LocalDate {
        guard let day = LocalDate(text) else { throw CommandFailure("\(option): '\(text)' is not a date (YYYY-MM-DD)") }
        // The day's figures run to the start of the next, which must be reportable too.
        guard Period.reportableDays.contains(day), Period.reportableDays.contains(day.adding(days: 1)) else {
            throw CommandFailure("\(option): '\(text)': a report can be as of the years \(reportableYears) only")
        }
        return day
    }
}

extension CommandFailure {
    /// Runs `body` inside `validate()`: a failure becomes a `ValidationError`, so ArgumentParser shows it
    /// with the subcommand's own usage.
    static func validating<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let failure as CommandFailure { throw ValidationError(failure.description) }
    }
}
