import Foundation

/// The fields of a query string or an `application/x-www-form-urlencoded` body, in order, decoded (`+` is
/// a space, then percent-escapes).
struct FormFields: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    init(_ text: Substring?) {
        guard let text else { return }
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            pairs.append((Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : ""))
        }
    }

    /// The first value given for `name`.
    func first(_ name: String) -> String? { pairs.first { $0.name == name }?.value }

    /// Every value given for `name`, in order.
    func all(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

    /// These fields with `other`'s: a name `other` gives takes only `other`'s values.
    func merging(_ other: FormFields) -> FormFields {
        let given = Set(other.pairs.map(\.name))
        var merged = self
        merged.pairs = pairs.filter { !given.contains($0.name) } + other.pairs
        return merged
    }

    private static func decode(_ raw: Substring) -> String {
        let spaced = raw.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
