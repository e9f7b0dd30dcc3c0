import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a program as a child process and reports its exit status, what it printed and the most memory it
/// ever held (its peak resident set size), so that a test can bound the memory of a real run without the
/// noise of the test process's own threads.
///
/// The program runs under GNU time (`/usr/bin/time -f %M`), which starts it with a real fork. Spawned
/// straight from the test process it would not be measured alone: posix_spawn starts the child sharing
/// the parent's memory until exec (vfork), and Linux carries that memory's high-water mark into the
/// child's peak, so every child seemed to peak at the test process's own size (325 MiB in CI).
public enum PeakMemory {
    public struct Run: Sendable {
        /// The exit status (128 + the signal, when a signal ended it).
        public let status: Int32
        /// Standard output and standard error together.
        public let output: String
        /// The peak resident set size, in bytes.
        public let peakBytes: Int
    }

    /// Runs `program` with `arguments`, its output sent to a scratch file in `directory`.
    public static func run(_ program: String, _ arguments: [String], directory: TemporaryDirectory) throws -> Run {
        let timer = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: timer) else {
            throw Failure(description: "\(timer) (GNU time, Debian's package time) is needed to measure a child's peak memory")
        }
        let peakPath = directory.path("child-peak-\(UUID().uuidString).txt")
        let timed = try spawn(timer, ["-f", "%M", "-o", peakPath, program] + arguments, directory: directory)
        // GNU time writes "Command exited with non-zero status N" before the figure when the status is not 0.
        let lines = ((try? String(contentsOfFile: peakPath, encoding: .utf8)) ?? "").split(separator: "\n")
        guard let kib = lines.last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw Failure(description: "GNU time gave no peak for \(program): \(lines)")
        }
        return Run(status: timed.status, output: timed.output, peakBytes: kib * 1024)
    }

    /// Spawns `program` and waits for it: its status and output.
    private static func spawn(_ program: String, _ arguments: [String], directory: TemporaryDirectory) throws -> (status: Int32, output: String) {
        let child = try ChildProcess.start(program, arguments, outputPath: directory.path("child-output-\(UUID().uuidString).txt"))
        let status = try child.wait()
        return (status, child.output)
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The built `pledgewatch` program of this package (`swift build` puts it in `.build/debug`), or nil.
    public static func pledgewatchProgram(packageFile: String = #filePath) -> String? {
        var root = URL(fileURLWithPath: packageFile)
        while root.pathComponents.count > 1 {
            root.deleteLastPathComponent()
            let candidate = root.appendingPathComponent(".build/debug/pledgewatch").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
