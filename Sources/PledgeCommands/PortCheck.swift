#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether the site can listen where it was asked to, found before any long work starts (the demo
/// generates and imports for a minute first) and worded for a person, not as the socket's `bind(...)` error.
enum PortCheck {
    /// Throws a `CommandFailure` saying the port is in use (or the address cannot be listened on). Binds a
    /// socket as the server will (with `SO_REUSEADDR`, so a port left in TIME_WAIT by a server just stopped
    /// counts as free) and closes it at once.
    static func ensureFree(host: String, port: Int) throws {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let first = found else {
            throw CommandFailure("--host: '\(host)' is not an address this machine can listen on")
        }
        defer { freeaddrinfo(found) }
        let descriptor = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard descriptor >= 0 else { return }  // no socket to test with: leave it to the server to say
        defer { close(descriptor) }
        var on: Int32 = 1
        _ = setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        guard bind(descriptor, first.pointee.ai_addr, first.pointee.ai_addrlen) != 0 else { return }
        throw failure(errno: errno, host: host, port: port)
    }

    /// The failure for a bind refused with `errno`.
    static func failure(errno code: Int32, host: String, port: Int) -> CommandFailure {
        switch code {
        case EADDRINUSE: CommandFailure("port \(port) is in use (another server is listening on it); use --port to choose another")
        case EACCES: CommandFailure("port \(port) needs privileges this user does not have; use --port with a port above 1023")
        case EADDRNOTAVAIL: CommandFailure("--host: '\(host)' is not an address of this machine")
        default: CommandFailure("cannot listen on \(host):\(port): \(String(cString: strerror(code)))")
        }
    }
}
