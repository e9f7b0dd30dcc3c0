/// The addresses of the Police Authority's pages for a force, all under `/forces/<force>/authority`.
/// Parameters that are nil are left out; values are percent-encoded.
public enum AuthorityPaths {
    /// `/forces/leicestershire/authority`, the section's index.
    public static func index(_ forceID: String, quarter: String? = nil) -> String { base(forceID) + query([("quarter", quarter)]) }

    /// The monitoring plan against what the Authority did, for the quarters of `period`.
    public static func plan(_ forceID: String, period: String? = nil) -> String { base(forceID) + "/plan" + query([("period", period)]) }

    /// The quarterly performance report pack for the force, or for one local policing unit.
    public static func report(_ forceID: String, quarter: String? = nil, unit: String? = nil) -> String {
        base(forceID) + "/report" + query([("quarter", quarter), ("unit", unit)])
    }

    /// The pack as one printable page.
    public static func reportPrint(_ forceID: String, quarter: String? = nil, unit: String? = nil) -> String {
        base(forceID) + "/report/print" + query([("quarter", quarter), ("unit", unit)])
    }

    /// The pack as JSON.
    public static func reportJSON(_ forceID: String, quarter: String? = nil, unit: String? = nil) -> String {
        base(forceID) + "/report.json" + query([("quarter", quarter), ("unit", unit)])
    }

    /// The Contact Management Panel's view of the calls, for the force or one unit.
    public static func panel(_ forceID: String, period: String? = nil, unit: String? = nil) -> String {
        base(forceID) + "/panel" + query([("period", period), ("unit", unit)])
    }

    /// The complaints analysis, for the force or one unit.
    public static func complaints(_ forceID: String, period: String? = nil, unit: String? = nil) -> String {
        base(forceID) + "/complaints" + query([("period", period), ("unit", unit)])
    }

    /// The Authority's dip samples, as totals.
    public static func samples(_ forceID: String) -> String { base(forceID) + "/samples" }

    /// The Authority's own questionnaires.
    public static func questionnaires(_ forceID: String, period: String? = nil) -> String {
        base(forceID) + "/questionnaires" + query([("period", period)])
    }

    private static func base(_ forceID: String) -> String { SiteLayout.forcePath(forceID) + "/authority" }

    /// `?quarter=2009-Q1&unit=Melton`, from the pairs that have a value; nothing when none has.
    static func query(_ pairs: [(String, String?)]) -> String {
        let given = pairs.compactMap { name, value in value.map { "\(name)=\(SiteLayout.percentEncoded($0))" } }
        return given.isEmpty ? "" : "?" + given.joined(separator: "&")
    }
}
