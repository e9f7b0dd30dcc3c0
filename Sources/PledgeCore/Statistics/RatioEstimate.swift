import Foundation

/// A share of two sums over sampling units, such as hours visible / hours on duty over officer-days
/// (P3.visible_time). A Wilson interval would treat every hour as an independent yes-or-no trial and so
/// claim far more certainty than a few hundred officer-days can give; the honest interval is the ratio
/// estimator's, whose variance comes from how the days differ from one another (Cochran, *Sampling
/// Techniques*, §6.4): var(R) ≈ Σ(yᵢ − R·xᵢ)² / ((n − 1)·n·x̄²).
///
/// The sums are kept, not the days, so estimates for months add up to the estimate for a period. They are
/// kept exactly, in whole millionths of an hour (squares and products in 128 bits), so that the figures do
/// not depend on the order the days were added in: floating-point sums in a store's reading order differed
/// between stores in the 13th digit.
public struct RatioEstimate: Hashable, Sendable {
    /// Units of a kept sum: a millionth of an hour.
    static let scale: Double = 1_000_000
    private var parts: Int64 = 0
    private var wholes: Int64 = 0
    /// n: the sampling units (officer-days).
    public private(set) var units = 0
    private var partSquares: Int128 = 0
    private var wholeSquares: Int128 = 0
    private var products: Int128 = 0

    public init() {}

    /// Σy: the part (hours visible).
    public var numerator: Double { Double(parts) / Self.scale }
    /// Σx: the whole (hours on duty).
    public var denominator: Double { Double(wholes) / Self.scale }

    /// Hours in kept units, rounded to the nearest millionth; a value no day can hold (not finite, or
    /// beyond a million hours) counts as 0 rather than trapping.
    static func kept(_ hours: Double) -> Int64 {
        guard hours.isFinite, abs(hours) < 1e6 else { return 0 }
        return Int64((hours * scale).rounded())
    }

    /// One unit with its part `y` and whole `x`.
    public mutating func add(_ y: Double, of x: Double) {
        let (part, whole) = (Self.kept(y), Self.kept(x))
        parts &+= part
        wholes &+= whole
        units += 1
        partSquares &+= Int128(part) * Int128(part)
        wholeSquares &+= Int128(whole) * Int128(whole)
        products &+= Int128(part) * Int128(whole)
    }

    /// Both estimates' units together.
    public mutating func merge(_ other: RatioEstimate) {
        parts &+= other.parts
        wholes &+= other.wholes
        units += other.units
        partSquares &+= other.partSquares
        wholeSquares &+= other.wholeSquares
        products &+= other.products
    }

    /// Σy / Σx, or nil when the whole is 0: no value, no grade.
    public var value: Double? { wholes > 0 ? Double(parts) / Double(wholes) : nil }

    /// The standard error of the value, or nil with fewer than two units (no spread to measure).
    public var standardError: Double? {
        guard let ratio = value, units >= 2 else { return nil }
        let n = Double(units)
        // Σ(y − R·x)² expanded, so that it comes from the kept sums; rounding can take it just below 0.
        let squareScale = Self.scale * Self.scale
        let (y2, x2, xy) = (Double(partSquares) / squareScale, Double(wholeSquares) / squareScale, Double(products) / squareScale)
        let residuals = max(0, y2 - 2 * ratio * xy + ratio * ratio * x2)
        let meanWhole = denominator / n
        return (residuals / ((n - 1) * n * meanWhole * meanWhole)).squareRoot()
    }

    /// The 95% interval R ± z·se, clipped to [0, 1]; a single unit gives the point itself. Nil without a value.
    public func interval(z: Double = 1.959964) -> (lower: Double, upper: Double)? {
        guard let ratio = value else { return nil }
        let half = z * (standardError ?? 0)
        return (max(0, ratio - half), min(1, ratio + half))
    }

    /// The one-sided p-value against `target` from the normal approximation, Φ((R − target) / se): small
    /// values mean the share is really below the target. Without a spread it is 0 below the target, else 1.
    public func pValueBelow(target: Double) -> Double? {
        guard let ratio = value else { return nil }
        guard let error = standardError, error > 0 else { return ratio < target ? 0 : 1 }
        return 0.5 * erfc(-(ratio - target) / error / 2.0.squareRoot())
    }
}
