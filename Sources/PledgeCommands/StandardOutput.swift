// No other import in this file: `stdout` is a C global, which strict concurrency refuses to name unless the
// C library is imported @preconcurrency in the file that names it (it is in practice a constant).
#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif

enum StandardOutput {
    /// Sends each line out when it is written, also to a file or a pipe, where the C library would otherwise
    /// hold it until exit: a log of a long import, or of the demo while it serves, is read as it happens.
    static func flushEachLine() { setvbuf(stdout, nil, _IOLBF, 0) }
}
