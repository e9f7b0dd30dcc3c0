import Foundation
import PledgeCore

/// How the terminal's text and CSV write shares and fields.
public enum TextFigures {
    /// A share as a percentage with one decimal place, or "–".
    public static func percent(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0 * 100) } ?? "–" }

    /// "75.0% [46.8%–91.1%]": a share with its 95% Wilson interval.
    public static func share(_ share: Proportion) -> String {
        guard let value = share.value, let interval = share.wilsonInterval() else { return "–" }
        return "\(percent(value)) [\(percent(interval.lower))–\(percent(interval.upper))]"
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    public static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
