/// A UK postcode, or the start of one, read the way people type it: any case, with or without the space.
///
/// A full postcode is an outward code (the district, `LE1`) and an inward code (`9ND`); its sector is the
/// district and the inward code's first digit (`LE1 9`).
public struct Postcode: Sendable, Hashable, CustomStringConvertible {
    /// The district, e.g. `LE1`.
    public let outward: String
    /// The inward code, e.g. `9ND`; nil for a district or sector alone.
    public let inward: String?
    /// The sector digit when only a sector was given (`LE1 9`).
    private let sectorDigit: Character?

    /// Reads a full postcode (`le19nd`, `LE1 9ND`), a sector (`LE1 9`) or a district (`LE1`); nil for
    /// anything else.
    public init?(_ text: String) {
        let upper = text.uppercased()
        let parts = upper.split(separator: " ", omittingEmptySubsequences: true)
        let compact = parts.joined()
        guard !compact.isEmpty, compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        if compact.count >= 5, compact.count <= 7, Self.isInward(compact.suffix(3)), Self.isOutward(compact.dropLast(3)) {
            outward = String(compact.dropLast(3))
            inward = String(compact.suffix(3))
            sectorDigit = nil
        } else if parts.count == 2, parts[1].count == 1, parts[1].first!.isNumber, Self.isOutward(parts[0]) {
            outward = String(parts[0])
            inward = nil
            sectorDigit = parts[1].first!
        } else if parts.count == 1, Self.isOutward(compact) {
            outward = compact
            inward = nil
            sectorDigit = nil
        } else {
            return nil
        }
    }

    /// Whether a whole postcode was given.
    public var isFull: Bool { inward != nil }

    /// The sector (`LE1 9`), when a full postcode or a sector was given.
    public var sector: String? {
        if let inward { return "\(outward) \(inward.first!)" }
        return sectorDigit.map { "\(outward) \($0)" }
    }

    /// The district: the outward code.
    public var district: String { outward }

    /// `LE1 9ND`, `LE1 9` or `LE1`.
    public var description: String { inward.map { "\(outward) \($0)" } ?? sector ?? outward }

    /// An outward code: one or two letters, a digit, then an optional digit or letter (`B1`, `LE19`, `EC1A`).
    private static func isOutward(_ text: some StringProtocol) -> Bool {
        let characters = Array(text)
        guard (2...4).contains(characters.count), characters[0].isLetter else { return false }
        let letters = characters.prefix { $0.isLetter }.count
        guard letters <= 2, letters < characters.count, characters[letters].isNumber else { return false }
        return characters.dropFirst(letters + 1).count <= 1
    }

    /// An inward code: a digit then two letters (`9ND`).
    private static func isInward(_ text: some StringProtocol) -> Bool {
        let characters = Array(text)
        return characters.count == 3 && characters[0].isNumber && characters[1].isLetter && characters[2].isLetter
    }
}
