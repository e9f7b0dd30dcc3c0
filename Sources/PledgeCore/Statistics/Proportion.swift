import Foundation

/// A share `numerator / denominator` with its honest uncertainty.
public struct Proportion: Hashable, Sendable {
    public let numerator: Int
    public let denominator: Int

    public init(_ numerator: Int, of denominator: Int) {
        precondition(numerator >= 0 && numerator <= denominator, "a proportion needs 0 ≤ numerator ≤ denominator")
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The share, or nil for a denominator of 0 (no value, no grade).
    public var value: Double? { denominator == 0 ? nil : Double(numerator) / Double(denominator) }

    /// The 95% Wilson score interval (z = 1.959964), the UK public-health standard for proportions; it
    /// behaves at 0% and 100%. Nil for a denominator of 0.
    public func wilsonInterval(z: Double = 1.959964) -> (lower: Double, upper: Double)? {
        guard denominator > 0 else { return nil }
        let n = Double(denominator)
        let p = Double(numerator) / n
        let z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z / (1 + z2 / n) * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        return (max(0, centre - half), min(1, centre + half))
    }

    /// The one-sided exact binomial p-value against `target`: the chance of a numerator this low or lower
    /// if the true share were `target`, P(X ≤ numerator | n, target). Small values mean the share is
    /// really below the target; nil for a denominator of 0.
    public func pValueBelow(target: Double) -> Double? {
        guard denominator > 0 else { return nil }
        return Binomial.cumulative(numerator, trials: denominator, probability: target)
    }
}

/// The binomial distribution, computed in log space so that n in the millions neither overflows nor
/// loses the tail.
enum Binomial {
    /// P(X ≤ k) for X ~ Binomial(n, p).
    static func cumulative(_ k: Int, trials n: Int, probability p: Double) -> Double {
        if k >= n { return 1 }
        if p <= 0 { return 1 }
        if p >= 1 { return 0 }
        // Sum the terms from k downwards in log space, scaled by the largest, until they stop mattering.
        let logP = log(p)
        let logQ = log1p(-p)
        func logTerm(_ i: Int) -> Double {
            lgamma(Double(n) + 1) - lgamma(Double(i) + 1) - lgamma(Double(n - i) + 1) + Double(i) * logP + Double(n - i) * logQ
        }
        // The terms rise up to the mode; below k they are summed from the largest.
        let mode = min(k, Int((Double(n + 1) * p).rounded(.down)))
        let peak = logTerm(mode)
        var sum = 0.0
        var i = k
        while i >= 0 {
            let term = exp(logTerm(i) - peak)
            sum += term
            if i < mode && term < 1e-17 * sum { break }
            i -= 1
        }
        return min(1, exp(peak + log(sum)))
    }
}
