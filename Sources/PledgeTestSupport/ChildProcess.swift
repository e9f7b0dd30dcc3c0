import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A program started as a child process, its standard output and standard error sent to one file: for
/// tests of what the real executable does that an in-process run cannot show (its output buffering, its
/// exit status on a signal).
public struct ChildProcess: Sendable {
    public let pid: pid_t
    /// Where its output goes.
    public let outputPath: String

    /// Starts `program` with `arguments` (posix_spawn), its output sent to `outputPath`.
    public static func start(_ program: String, _ arguments: [String], outputPath: String) throws -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else { throw PeakMemory.Failure(description: "cannot start \(program): \(String(cString: strerror(spawned)))") }
        return ChildProcess(pid: pid, outputPath: outputPath)
    }

    /// What it has written so far.
    public var output: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }

    /// Whether it is still running (not yet waited for).
    public var isRunning: Bool { kill(pid, 0) == 0 }

    /// Sends `signal` (default SIGTERM).
    public func signal(_ signal: Int32 = SIGTERM) { kill(pid, signal) }

    /// Waits for it to end: its exit status, or 128 + the signal that ended it.
    public func wait() throws -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw PeakMemory.Failure(description: "waitpid failed: \(String(cString: strerror(errno)))") }
        }
        let exited = status & 0x7F == 0
        return exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
