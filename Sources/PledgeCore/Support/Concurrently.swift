import Dispatch

/// Runs independent pieces of a computation on the machine's cores and waits for all of them. A report's
/// call indicators, its other indicators and its call tables share nothing but read-only facts, and
/// computing them one after another left a core idle for a third of a second (BENCHMARKS.md).
package enum Concurrently {
    /// `first()` and `second()` at the same time; returns when both have.
    package static func run<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let a = Slot<A>()
        let b = Slot<B>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { a.value = first() } else { b.value = second() }
        }
        return (a.value!, b.value!)
    }

    /// Written by exactly one iteration and read only after `concurrentPerform` has returned, which orders
    /// the write before the read.
    private final class Slot<Value>: @unchecked Sendable {
        var value: Value?
    }
}
