import Foundation

/// A first-in, first-out queue between two threads that blocks the producer when full, so a fast reader
/// never buffers more than `capacity` items ahead of the writer (memory stays flat).
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    // All state is guarded by `condition`.
    private let condition = NSCondition()
    private var items: [Element] = []
    private var head = 0
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// Adds an item, waiting for room; false when the queue was cancelled (the consumer gave up).
    func put(_ item: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// The next item, waiting for one; nil once cancelled.
    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !cancelled { condition.wait() }
        guard !cancelled else { return nil }
        let item = items[head]
        head += 1
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }

    /// Wakes both sides and makes every later call return at once.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
