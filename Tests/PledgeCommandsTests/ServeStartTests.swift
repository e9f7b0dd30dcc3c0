import Foundation
import PledgeTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A socket listening on a port the system chose on loopback: the port another program has taken.
private final class TakenPort {
    let descriptor: Int32
    let port: Int

    init() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) } }
        descriptor = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        try #require(bound == 0 && listen(listener, 1) == 0)
    }

    deinit { close(descriptor) }
}

extension CLITests {
    @Suite("serving: a port in use, and output as it happens")
    struct ServeStartTests {
        @Test("serve and demo with the port taken say so in words, before any work, and exit 1")
        func portInUse() async throws {
            let taken = try TakenPort()
            let (directory, database) = try scratchStore()
            try await importTwoCalls(into: database, files: directory)
            let expected = "port \(taken.port) is in use (another server is listening on it); use --port to choose another"

            let serve = try #require(await failure(of: ["serve", "--port", String(taken.port), "--database", database]))
            #expect(serve.message == "Error: \(expected)" && serve.status == 1)

            let out = directory.path("demo-files")
            let demo = try #require(
                await failure(of: ["demo", "--port", String(taken.port), "--out", out, "--database", directory.path("d.sqlite")]))
            #expect(demo.message == "Error: \(expected)" && demo.status == 1)
            // Refused before generating a year of records.
            #expect(!FileManager.default.fileExists(atPath: out))
        }

        @Test("the built program writes each line as it goes, also into a file: serve says where it serves while serving")
        func lineBuffered() async throws {
            let program = try #require(PeakMemory.pledgewatchProgram(), "build the package first (swift build)")
            let (directory, database) = try scratchStore()
            try await importTwoCalls(into: database, files: directory)
            let port = try TakenPort().port  // free again once the probe is closed
            let child = try ChildProcess.start(
                program, ["serve", "--port", String(port), "--database", database], outputPath: directory.path("serve.txt"))
            var seen = ""
            for _ in 0..<600 where child.isRunning {
                seen = child.output
                if seen.contains("serving") { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            // Read while the server runs: before line buffering, this line reached the file only at exit.
            #expect(seen.contains("on http://127.0.0.1:\(port)/ (stop with Ctrl-C)"), "output so far: \(seen)")
            #expect(child.isRunning)
            child.signal(SIGTERM)
            #expect(try child.wait() == 0)
        }
    }
}
