import Crypto

/// The persistent id a published crime carries: 64 lowercase hex characters, the same on every import.
///
/// A street CSV from police.uk already carries such ids (they are public), and they are kept, so that a
/// crime is the same crime on Pledgewatch and on police.uk. Any other Crime ID may be a force's own
/// reference, which must not be published: it is replaced by an HMAC-SHA-256 of the force and the id,
/// keyed with a secret the store keeps, so that it cannot be guessed back from the published id.
/// Anti-social behaviour has no id (`""`), as on police.uk.
public enum PersistentCrimeID {
    /// The published id of a crime with this Crime ID (nil for none) in `force`.
    public static func of(crimeID: String?, force: String, secret: [UInt8]) -> String {
        guard let crimeID, !crimeID.isEmpty else { return "" }
        if isPublished(crimeID) { return crimeID }
        let code = HMAC<SHA256>.authenticationCode(for: Array("\(force)/\(crimeID)".utf8), using: SymmetricKey(data: secret))
        return hex(Array(code))
    }

    /// Whether the text has the form of a published id: exactly 64 lowercase hex characters.
    public static func isPublished(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
