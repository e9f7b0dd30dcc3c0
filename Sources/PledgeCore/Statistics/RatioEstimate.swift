import Foundation

/// A share of two sums over sampling units, such as hours visible / hours on duty over officer-days
/// (P3.visible_time). A Wilson interval would treat every hour as an independent yes-or-no trial and so
/// claim far more certainty than a few hundred officer-days can give; the honest interval is the ratio
/// estimator's, whose variance comes from how the days differ from one another (Cochran, *Sampling
/// Techniques*, §6.4): var(R) ≈ Σ(yᵢ − R·xᵢ)² / ((n − 1)·n·x̄²).
///
/// The sums are kept, not the days, so estimates for months add up to the estimate for a period.
public struct RatioEstimate: Hashable, Sendable {
    /// Σy: the part (hours visible).
    public private(set) var numerator: Double = 0
    /// Σx: the whole (hours on duty).
    public private(set) var denominator: Double = 0
    /// n: the sampling units (officer-days).
    public private(set) var units = 0
    private var numeratorSquares: Double = 0
    private var denominatorSquares: Double = 0
    private var products: Double = 0

    public init() {}

    /// One unit with its part `y` and whole `x`.
    public mutating func add(_ y: Double, of x: Double) {
        numerator += y
        denominator += x
        units += 1
        numeratorSquares += y * y
        denominatorSquares += x * x
        products += x * y
    }

    /// Both estimates' units together.
    public mutating func merge(_ other: RatioEstimate) {
        numerator += other.numerator
        denominator += other.denominator
        units += other.units
        numeratorSquares += other.numeratorSquares
        denominatorSquares += other.denominatorSquares
        products += other.products
    }

    /// Σy / Σx, or nil when the whole is 0: no value, no grade.
    public var value: Double? { denominator > 0 ? numerator / denominator : nil }

    /// The standard error of the value, or nil with fewer than two units (no spread to measure).
    public var standardError: Double? {
        guard let ratio = value, units >= 2 else { return nil }
        let n = Double(units)
        // Σ(y − R·x)² expanded, so that it comes from the kept sums; rounding can take it just below 0.
        let residuals = max(0, numeratorSquares - 2 * ratio * products + ratio * ratio * denominatorSquares)
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
