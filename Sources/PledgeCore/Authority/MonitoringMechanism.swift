import Foundation

/// A way the Police Authority checks that a promise is kept (the "PA action" column of the Police
/// Authority's paper on monitoring the Pledge; docs/authority.md). Recorded in `actions.mechanism` as words
/// (`complaints analysis`); any spelling with spaces, hyphens, underscores or capitals is the same mechanism.
public struct MonitoringMechanism: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The mechanism's slug, e.g. `complaints-analysis`.
    public let id: String

    /// The mechanism written in any of its spellings; nil when blank.
    public init?(_ text: String) {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        guard !slug.isEmpty else { return nil }
        id = Self.aliases[slug] ?? slug
    }

    private init(slug: String) { id = slug }

    public static let complaintsAnalysis = MonitoringMechanism(slug: "complaints-analysis")
    public static let contactManagementPanel = MonitoringMechanism(slug: "contact-management-panel")
    public static let forceReport = MonitoringMechanism(slug: "force-report")
    public static let quarterlyReport = MonitoringMechanism(slug: "quarterly-report")
    public static let memberVisit = MonitoringMechanism(slug: "member-visit")
    public static let dipSample = MonitoringMechanism(slug: "dip-sample")
    public static let questionnaire = MonitoringMechanism(slug: "questionnaire")
    public static let publicMeeting = MonitoringMechanism(slug: "public-meeting")
    /// Looking at the force's website for material that is relevant and timely (promise 8 (d)).
    public static let websiteCheck = MonitoringMechanism(slug: "website-check")

    /// The mechanisms the paper names, in the order the plan lists them.
    public static let known: [MonitoringMechanism] = [
        .complaintsAnalysis, .contactManagementPanel, .forceReport, .quarterlyReport, .memberVisit, .dipSample, .questionnaire, .publicMeeting,
        .websiteCheck,
    ]

    /// Other words forces use for the same mechanisms.
    private static let aliases: [String: String] = [
        "complaints": "complaints-analysis", "complaint-analysis": "complaints-analysis", "psd-complaints-analysis": "complaints-analysis",
        "panel": "contact-management-panel", "cmp": "contact-management-panel",
        "formal-force-report": "force-report", "force-reports": "force-report",
        "quarterly-performance-report": "quarterly-report", "quarterly-reports": "quarterly-report",
        "member-visits": "member-visit", "visit": "member-visit",
        "dip-sampling": "dip-sample", "dip-samples": "dip-sample",
        "questionnaires": "questionnaire", "survey": "questionnaire",
        "public-meetings": "public-meeting",
        "web-check": "website-check", "website": "website-check",
    ]

    /// The mechanism in words, e.g. "Complaints analysis".
    public var name: String {
        let words = id.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    public var description: String { id }

    public static func < (lhs: MonitoringMechanism, rhs: MonitoringMechanism) -> Bool {
        let order = { (mechanism: MonitoringMechanism) in known.firstIndex(of: mechanism) ?? known.count }
        return (order(lhs), lhs.id) < (order(rhs), rhs.id)
    }
}

/// How often a mechanism is due. Windows are aligned to the financial year (April to March), as the
/// Authority's meetings are: quarters are April–June, …; half-years April–September and October–March.
public enum MonitoringFrequency: String, Sendable, CaseIterable, Codable {
    case monthly, quarterly
    case halfYearly = "half-yearly"
    case yearly

    /// Months per window.
    public var months: Int {
        switch self {
        case .monthly: 1
        case .quarterly: 3
        case .halfYearly: 6
        case .yearly: 12
        }
    }

    /// The frequency in any case, with `annual`, `annually`, `six-monthly` and `half-yearly` understood.
    public init?(text: String) {
        let word = text.lowercased().trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "-")
        switch word {
        case "monthly": self = .monthly
        case "quarterly": self = .quarterly
        case "half-yearly", "six-monthly", "halfyearly": self = .halfYearly
        case "yearly", "annual", "annually": self = .yearly
        default: return nil
        }
    }

    /// The window holding `month`: its first month and the month after its last.
    public func window(containing month: YearMonth) -> (first: YearMonth, end: YearMonth) {
        // Months since April of year 0, so that windows start in April.
        let index = month.year * 12 + month.month - 4
        let start = index - ((index % months) + months) % months
        let first = YearMonth(year: (start + 4 - 1) / 12, month: (start + 4 - 1) % 12 + 1)!
        var end = first
        for _ in 0..<months { end = end.next }
        return (first, end)
    }
}
