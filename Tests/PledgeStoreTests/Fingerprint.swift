import Foundation
import PledgeCore

/// Every stored value inside a value, as `path = value` lines, for comparing figures that are not
/// `Equatable` (indicator results, the panel, the complaints and questionnaire analyses): two values
/// with the same lines hold the same figures.
///
/// It reads the values through `Mirror`, so a field added later is compared too. Sets and dictionaries
/// are written in a sorted order (their own order is not theirs to promise); arrays keep theirs. Time zones
/// are written by name (their tables are the catalogue's, not the store's), indicator definitions by id.
/// Doubles are written to 12 significant digits: the counts behind them must be equal exactly, but a sum of
/// hours may differ in its last bit when a store hands the same records over in another order.
enum Fingerprint {
    static func lines(_ value: Any, _ path: String = "") -> [String] {
        switch value {
        case let zone as ZoneRules: return ["\(path) = zone \(zone.identifier)"]
        case let indicator as IndicatorDefinition: return ["\(path) = indicator \(indicator.id)"]
        case let result as IndicatorResult: return ["\(path) = \(line(result))"]
        case let number as Double: return ["\(path) = \(text(number))"]
        case let number as Float: return ["\(path) = \(text(Double(number)))"]
        case let text as String: return ["\(path) = \(String(reflecting: text))"]
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first else { return ["\(path) = nil"] }
            return lines(wrapped.value, path)
        case .collection:
            let items = mirror.children.enumerated().flatMap { index, child in lines(child.value, "\(path)[\(index)]") }
            return items.isEmpty ? ["\(path) = []"] : items
        case .set:
            let members = mirror.children.map { lines($0.value, "\(path){}").joined(separator: "; ") }.sorted()
            return members.isEmpty ? ["\(path) = {}"] : members
        case .dictionary:
            let entries = mirror.children.map { entry -> String in
                let pair = Array(Mirror(reflecting: entry.value).children)
                let key = lines(pair[0].value, "").joined(separator: "; ")
                return lines(pair[1].value, "\(path)[\(key)]").joined(separator: "\n")
            }.sorted()
            return entries.isEmpty ? ["\(path) = [:]"] : entries
        default:
            let children = Array(mirror.children)
            guard !children.isEmpty else {
                // A case without a payload, a number, a flag: its own description.
                return ["\(path) = \(String(describing: value))"]
            }
            let prefix = mirror.displayStyle == .enum ? "\(path)." : (path.isEmpty ? "" : "\(path).")
            return children.enumerated().flatMap { index, child in lines(child.value, prefix + (child.label ?? "\(index)")) }
        }
    }

    /// One indicator result on one line: everything it shows (there are thousands, and reading each
    /// through `Mirror` took most of the figures test's time).
    static func line(_ result: IndicatorResult) -> String {
        func number(_ value: Double?) -> String { value.map(text) ?? "-" }
        func measure(_ measure: IndicatorResult.Measure) -> String {
            "\(measure.unit) \(number(measure.numerator))/\(number(measure.denominator)) n \(measure.sampleSize) value \(number(measure.value)) "
                + "interval \(number(measure.interval?.lower)) \(number(measure.interval?.upper))"
        }
        let series = result.series.map { point in
            "\(point.month) \(measure(point.measure)) limits \(number(point.lower)) \(number(point.upper)) signals \(point.signals.map(\.rawValue).sorted())"
        }
        return "\(result.indicator.id) \(result.area) \(measure(result.measure)) target \(number(result.target)) default \(result.targetIsDefault) "
            + "p \(number(result.pValueBelowTarget)) centre \(number(result.centre)) series [\(series.joined(separator: "; "))]"
    }

    static func text(_ number: Double) -> String {
        // Rounded by arithmetic: `String(format:)` took seconds over a quarter's results.
        guard number.isFinite, number != 0 else { return "\(number)" }
        let scale = pow(10, 11 - (log10(abs(number))).rounded(.down))
        return "\((number * scale).rounded() / scale)"
    }

    /// The first lines where `lhs` and `rhs` differ, for a failure message.
    static func differences(_ lhs: [String], _ rhs: [String], limit: Int = 8) -> String {
        guard lhs != rhs else { return "" }
        var found: [String] = []
        for index in 0..<max(lhs.count, rhs.count) where found.count < limit {
            let left = index < lhs.count ? lhs[index] : "(none)"
            let right = index < rhs.count ? rhs[index] : "(none)"
            if left != right { found.append("line \(index):\n  store:     \(left)\n  reference: \(right)") }
        }
        return "\(lhs.count) lines against \(rhs.count); first differences:\n" + found.joined(separator: "\n")
    }
}
