import Foundation
import PledgeStore

/// Runs blocking work (an import, a generation, `refreshDerivedData`) on a thread of its own, never on
/// Swift's cooperative pool. The pool has one thread per core (two on CI); a test that blocks one for
/// seconds, or a shared fixture whose first users all wait for it, leaves no thread for the live servers
/// the other tests are talking to, whose clients then give up with `.readTimeout` after 20 s.
public func blocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}

/// A fixture built once for many tests: built on a thread of its own (see `blocking`) the first time the
/// type holding it is touched, and awaited, never waited for, by every test that needs it.
public final class SharedFixture<Value: Sendable>: Sendable {
    private let built: Task<Value, any Error>

    /// Starts building the fixture.
    public init(_ build: @escaping @Sendable () throws -> Value) {
        built = Task { try await blocking(build) }
    }

    /// The fixture, once built; the build's error if it failed.
    public var value: Value {
        get async throws { try await built.value }
    }
}

/// Runs `body`, and every task it starts in structured concurrency (a live server's, its connections'),
/// on `OwnThreadsExecutor`: a test talking to a live server would otherwise wait for its server behind the
/// tests computing on the cooperative pool's two threads, and its client gives up after 20 s.
public func onOwnThreads<T: Sendable>(_ body: () async throws -> T) async throws -> T {
    try await withTaskExecutorPreference(OwnThreadsExecutor.shared, operation: body)
}
