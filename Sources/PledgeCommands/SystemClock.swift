import Foundation
import PledgeCore

/// The real clock, read only at the edge: the core is always given the time.
enum SystemClock {
    @Sendable static func now() -> Instant {
        Instant(microseconds: Int64((Date().timeIntervalSince1970 * 1_000_000).rounded()))
    }
}
