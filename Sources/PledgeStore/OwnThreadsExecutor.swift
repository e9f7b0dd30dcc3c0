import Dispatch

/// A task executor on threads of Dispatch's own, outside Swift's cooperative pool (which has one thread
/// per core: two on CI). A queue made with a label runs on Dispatch's overcommitting threads, which start
/// another thread whenever work waits and none is idle, so work started here never waits behind tasks
/// that keep the pool's few threads busy (the operating system shares the cores among all of them). For work that must go on while
/// the pool cannot: the async calls a blocked import waits for (PostgreSQL), and the live servers tests
/// talk to while other tests compute on every core.
public final class OwnThreadsExecutor: TaskExecutor {
    /// The one instance: one queue is enough, as it is concurrent.
    public static let shared = OwnThreadsExecutor()
    private let queue = DispatchQueue(label: "pledgewatch.own-threads", attributes: .concurrent)

    private init() {}

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
