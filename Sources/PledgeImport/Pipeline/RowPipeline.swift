import Foundation
import PledgeCore

/// Reading and checking rows on one thread while the store writes them on another: the importer's two
/// halves take about the same time, so on two cores this nearly halves an import (BENCHMARKS.md).
///
/// Rows come back to the writing side in file order, in batches, each with a copy of its raw bytes for
/// the rejects file.
enum RowPipeline {
    /// What the reading side reports.
    enum Event {
        /// The CSV header, verbatim, and the columns the contract does not name.
        case header(raw: UnsafeRawBufferPointer, unknownColumns: [String])
        /// Rows in file order; their raw bytes are valid only during the call.
        case rows([Row])
        case warning(String)
    }

    /// One row as read: where it was, its bytes as they were, and the verdict of the checks.
    struct Row {
        let line: Int
        let raw: UnsafeRawBufferPointer
        let result: Result<ValidatedRecord, RowProblem>
    }

    /// Runs `produce` on a new thread and hands each event to `consume` on this one. An error on either
    /// side stops both; the reading thread has finished by the time this returns.
    static func run(produce: @escaping @Sendable (RowEmitter) throws -> Void, consume: (Event) throws -> Void) throws {
        // Four batches of 256 rows in flight: enough to keep both threads busy; deeper queues only cost
        // memory (8 × 4,096 rows peaked at 336 MiB against 116 MiB for this, and ran slower).
        let queue = BoundedQueue<Message>(capacity: 4)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let emitter = RowEmitter(queue: queue)
            do {
                try produce(emitter)
                emitter.flush()
                _ = queue.put(.finished)
            } catch {
                emitter.flush()
                _ = queue.put(.failed(error as? InputError ?? InputError(path: "", "\(error)")))
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        defer {
            queue.cancel()
            done.wait()
        }
        while let message = queue.take() {
            switch message {
            case .finished: return
            case .failed(let error): throw error
            case .warning(let text): try consume(.warning(text))
            case .header(let raw, let unknown): try raw.withUnsafeBytes { try consume(.header(raw: $0, unknownColumns: unknown)) }
            case .batch(let batch):
                try batch.arena.withUnsafeBytes { arena in
                    try consume(
                        .rows(
                            batch.entries.map { entry in
                                Row(
                                    line: entry.line, raw: UnsafeRawBufferPointer(rebasing: arena[entry.rawStart..<entry.rawEnd]),
                                    result: entry.result)
                            }))
                }
            }
        }
    }

    enum Message: Sendable {
        case header([UInt8], [String])
        case batch(RowBatch)
        case warning(String)
        case finished
        case failed(InputError)
    }

    struct RowBatch: Sendable {
        var entries: [Entry] = []
        var arena: [UInt8] = []
    }

    struct Entry: Sendable {
        let line: Int
        let rawStart: Int
        let rawEnd: Int
        let result: Result<ValidatedRecord, RowProblem>
    }
}

/// The reading side's handle: collects rows into batches and passes them on.
final class RowEmitter {
    private let queue: BoundedQueue<RowPipeline.Message>
    private var batch = RowPipeline.RowBatch()
    private static let batchSize = 256

    fileprivate init(queue: BoundedQueue<RowPipeline.Message>) { self.queue = queue }

    struct Stopped: Error {}

    func header(raw: UnsafeRawBufferPointer, unknownColumns: [String]) throws {
        guard queue.put(.header(Array(raw), unknownColumns)) else { throw Stopped() }
    }

    func warning(_ text: String) throws {
        flush()
        guard queue.put(.warning(text)) else { throw Stopped() }
    }

    func row(line: Int, raw: UnsafeRawBufferPointer, result: Result<ValidatedRecord, RowProblem>) throws {
        let start = batch.arena.count
        batch.arena.append(contentsOf: raw)
        batch.entries.append(RowPipeline.Entry(line: line, rawStart: start, rawEnd: batch.arena.count, result: result))
        // Bounded in bytes too: 256 rows of a megabyte each would hold a quarter of a gigabyte per batch.
        if batch.entries.count >= Self.batchSize || batch.arena.count >= ImportLimits.maxBatchBytes {
            let full = batch
            batch = RowPipeline.RowBatch()
            batch.entries.reserveCapacity(Self.batchSize)
            guard queue.put(.batch(full)) else { throw Stopped() }
        }
    }

    func flush() {
        guard !batch.entries.isEmpty else { return }
        _ = queue.put(.batch(batch))
        batch = RowPipeline.RowBatch()
    }
}
