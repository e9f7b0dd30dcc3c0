import Foundation

/// A deterministic random stream (SplitMix64): the same seed and stream name give the same numbers on
/// every machine, so the same seed gives the same bytes.
package struct SeededRandom {
    private var state: UInt64

    /// A stream for one purpose (`leicestershire/calls`), independent of every other stream's use.
    package init(seed: UInt64, stream: String) {
        var digest = StableDigest()
        Array(stream.utf8).withUnsafeBytes { digest.add($0) }
        state = seed ^ digest.value
        _ = next()
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    package mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// True with probability `p`.
    package mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Uniform in the range.
    package mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

    package mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    /// A standard normal deviate (Box–Muller).
    package mutating func normal() -> Double {
        let u = max(unit(), 1e-300)
        return (-2 * Foundation.log(u)).squareRoot() * cos(2 * .pi * unit())
    }

    /// A skewed positive duration whose share at or below `limit` is `share`: log-normal with spread
    /// `sigma`, its median placed so that P(X ≤ limit) = share exactly.
    package mutating func skewed(limit: Double, share: Double, sigma: Double) -> Double {
        let median = limit / exp(inverseNormal(share) * sigma)
        return median * exp(sigma * normal())
    }

    /// An index drawn with the given cumulative weights (ascending, last = total).
    package mutating func weighted(_ cumulative: [Double]) -> Int {
        let target = unit() * cumulative[cumulative.count - 1]
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > target { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// `expected` rounded up or down at random, so that counts add up to the expectation on average.
    package mutating func round(_ expected: Double) -> Int {
        let whole = expected.rounded(.down)
        return Int(whole) + (chance(expected - whole) ? 1 : 0)
    }
}

/// The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9).
package func inverseNormal(_ p: Double) -> Double {
    let a = [
        -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
        -3.066479806614716e+01, 2.506628277459239e+00,
    ]
    let b = [
        -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
        -1.328068155288572e+01,
    ]
    let c = [
        -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
        4.374664141464968e+00, 2.938163982698783e+00,
    ]
    let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
    let p = min(max(p, 1e-12), 1 - 1e-12)
    if p < 0.02425 {
        let q = (-2 * log(p)).squareRoot()
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    }
    if p > 1 - 0.02425 { return -inverseNormal(1 - p) }
    let q = p - 0.5
    let r = q * q
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
}
