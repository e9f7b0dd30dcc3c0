import Foundation
import PledgeStore
import PostgresNIO

/// Runs async work from the store's synchronous import methods (the protocol's `importFile` is synchronous:
/// the importer streams a file through it) and waits for it on the calling thread. The work runs as a
/// detached task on `OwnThreadsExecutor`, not on Swift's cooperative pool: a caller blocked on that pool (two
/// threads on two cores) would otherwise wait for work that needs one of its threads to go on.
enum Blocking {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let outcome = Outcome<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached(executorPreference: OwnThreadsExecutor.shared) {
            do { outcome.set(.success(try await work())) } catch { outcome.set(.failure(error)) }
            done.signal()
        }
        done.wait()
        return try outcome.get()
    }

    /// One result, written by a task before it signals and read after the wait.
    final class Outcome<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<T, any Error>?
        func set(_ value: Result<T, any Error>) { lock.withLock { result = value } }
        func get() throws -> T { try lock.withLock { result! }.get() }
    }
}

/// A connection taken from the pool for the length of one import, and given back by `release()`.
final class LeasedConnection: @unchecked Sendable {
    let connection: PostgresConnection
    private let lock = NSLock()
    private var giveBack: CheckedContinuation<Void, Never>?

    private init(connection: PostgresConnection) { self.connection = connection }

    /// Waits for a pooled connection. It stays leased, held by a task, until `release()`.
    static func lease(from client: PostgresClient) throws -> LeasedConnection {
        let handOver = Blocking.Outcome<LeasedConnection>()
        let ready = DispatchSemaphore(value: 0)
        Task.detached(executorPreference: OwnThreadsExecutor.shared) {
            do {
                try await client.withConnection { connection in
                    let lease = LeasedConnection(connection: connection)
                    await withCheckedContinuation { continuation in
                        lease.lock.withLock { lease.giveBack = continuation }
                        handOver.set(.success(lease))
                        ready.signal()
                    }
                }
            } catch {
                handOver.set(.failure(error))
                ready.signal()
            }
        }
        ready.wait()
        return try handOver.get()
    }

    /// Gives the connection back to the pool.
    func release() {
        let continuation = lock.withLock {
            defer { giveBack = nil }
            return giveBack
        }
        continuation?.resume()
    }
}
