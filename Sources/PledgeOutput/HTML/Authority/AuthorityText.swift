import PledgeCore

/// Figures in words, as the Police Authority's pages write them.
enum AuthorityText {
    /// "93.1% to 95.2%", or "–" without an interval.
    static func interval(_ interval: (lower: Double, upper: Double)?) -> String {
        interval.map { "\(Percent.text($0.lower)) to \(Percent.text($0.upper))" } ?? "–"
    }

    /// "94.1% (1,234 of 1,311)", "100% (1 of 1, small sample)", or "no records".
    static func valueWithCount(_ result: IndicatorResult?) -> String {
        guard let result, let value = result.value else { return "no records" }
        return "\(Percent.text(value)) (\(result.countText)\(result.smallSample ? ", small sample" : ""))"
    }

    /// A share of records with its count: "75% (3 of 4)", or "none" for no records.
    static func share(_ share: Proportion) -> String {
        guard let value = share.value else { return "none" }
        return "\(Percent.text(value)) (\(Thousands.text(share.numerator)) of \(Thousands.text(share.denominator)))"
    }

    /// The change from `before` to `now` in percentage points: "up 2.3 points", "down 1 point", "no change";
    /// "–" when either is missing.
    static func change(from before: Double?, to now: Double?) -> String {
        guard let before, let now else { return "–" }
        let tenths = Int(((now - before) * 1000).rounded())
        if tenths == 0 { return "no change" }
        let size = Double(abs(tenths)) / 10
        let number = tenths % 10 == 0 ? "\(abs(tenths) / 10)" : "\(size)"
        return "\(tenths > 0 ? "up" : "down") \(number) point\(abs(tenths) == 10 ? "" : "s")"
    }

    /// "1.74 per 1,000 calls", "0.027 per 1,000 calls" (three decimals below 1, so that a rare complaint
    /// does not read as none), "0 per 1,000 calls", or "no calls".
    static func perThousand(_ count: ComplaintsAnalysis.Count) -> String {
        guard let rate = count.perThousandCalls else { return "no calls" }
        if count.complaints == 0 { return "0 per 1,000 calls" }
        let places = rate < 1 ? 3 : 2
        let scale = places == 3 ? 1000 : 100
        let scaled = Int((rate * Double(scale)).rounded())
        let fraction = String(scaled % scale)
        return "\(Thousands.text(scaled / scale)).\(String(repeating: "0", count: places - fraction.count))\(fraction) per 1,000 calls"
    }

    /// "Whole force", or the unit's name.
    static func areaName(_ area: Area) -> String {
        switch area {
        case .force: "Whole force"
        case .unit(let name): name
        case .neighbourhood(let id): "Neighbourhood \(id)"
        case .urban: "Urban areas"
        case .rural: "Rural areas"
        }
    }

    /// "Promise 5", or "No promise named".
    static func promise(_ promise: Int?) -> String { promise.map { "Promise \($0)" } ?? "No promise named" }

    /// Where a plan entry stands, in words that start with the status word: "ran on 15 March 2009",
    /// "ran in window (on 29 June 2008)", "due by 30 June 2009", "overdue", "not started".
    static func status(_ status: MonitoringPlanView.Status) -> (word: String, detail: String) {
        switch status {
        case .ran(let days): (status.word, "on " + days.map(PlainDates.day).joined(separator: ", "))
        case .ranInWindow(let day): (status.word, "on \(PlainDates.day(day))")
        case .due(let by): (status.word, "by \(PlainDates.day(by.adding(days: -1)))")
        case .overdue: (status.word, "its window ended with no run")
        case .notStarted: (status.word, "the quarter has not begun")
        }
    }

    /// The Authority's surveys by name: "Council tax questionnaire".
    static func survey(_ survey: String) -> String {
        switch survey {
        case "council-tax": "Council tax questionnaire"
        case "community": "Community consultation questionnaire"
        case "youth": "Youth questionnaire"
        default: "Survey “\(survey)”"
        }
    }

    /// A question's code in words: `p1_police_treat_people_fairly` becomes "Police treat people fairly".
    static func question(_ code: String) -> String {
        var words = code.split(separator: "_").map(String.init)
        if let first = words.first, first.count >= 2, first.hasPrefix("p"), first.dropFirst().allSatisfy(\.isNumber) { words.removeFirst() }
        let text = words.joined(separator: " ")
        return text.isEmpty ? code : text.prefix(1).uppercased() + text.dropFirst()
    }

    /// A month's signals in words: "outside the limits", "in a run of seven", "in a trend of seven".
    static func signals(_ signals: Set<SPCSignal>) -> String {
        signals.map(\.rawValue).sorted().map { raw in
            switch SPCSignal(rawValue: raw)! {
            case .outsideLimits: "outside the limits"
            case .runOfSeven: "in a run of seven"
            case .trendOfSeven: "in a trend of seven"
            }
        }.joined(separator: ", ")
    }

    /// The kind of records a dip sample is drawn from, in words.
    static func sampleKind(_ kind: DipSampleKind) -> String {
        switch kind {
        case .complaints: "Complaints"
        case .dissatisfaction: "Reports of dissatisfaction (promise 10)"
        case .victims: "Victims' agreements on updates (promise 9)"
        }
    }

    /// "1 January to 31 March 2009 (2009-Q1)".
    static func period(_ period: Period) -> String {
        "\(PlainDates.day(period.start)) to \(PlainDates.day(period.end.adding(days: -1))) (\(period.label))"
    }
}
