/// FNV-1a, 64 bits: a digest that is the same on every machine and every run (unlike `Hasher`), for
/// keys derived from a row's content.
public struct StableDigest {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Adds one field; nil (an absent column) and empty are told apart from each other and from text.
    public mutating func add(_ bytes: UnsafeRawBufferPointer?) {
        guard let bytes else { return mix(0xFE) }
        for byte in bytes { mix(byte) }
        mix(0x1F)
    }

    private mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x100_0000_01b3
    }

    /// 16 lower-case hexadecimal digits.
    public var hex: String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
