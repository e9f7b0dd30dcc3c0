import Foundation
import HummingbirdTesting
import Testing

/// The report card and a neighbourhood page rendered by headless Chromium from a live server: the pages
/// load and draw (a PNG of the window's size, not blank) with nothing but Pledgewatch to fetch from. CI sets
/// PLEDGEWATCH_REQUIRE_CHROMIUM=1, so there a missing browser fails the test instead of skipping it.
@Suite("website screenshots")
struct ScreenshotTests {
    static let browser: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static let required = ProcessInfo.processInfo.environment["PLEDGEWATCH_REQUIRE_CHROMIUM"] == "1"

    @Test("headless Chromium draws the report card and a neighbourhood page", .enabled(if: browser != nil || required))
    func screenshots() async throws {
        let browser = try #require(Self.browser, "Chromium is not installed (apt-get install -y --no-install-recommends chromium)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pledgewatch-shots-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await DemoSite.withServer { client in
            let port = try #require(client.port)
            for (name, path) in [
                ("report-card", "/forces/leicestershire/report?period=2009-Q1"), ("neighbourhood", "/forces/leicestershire/neighbourhoods/LE0101"),
            ] {
                let shot = folder.appendingPathComponent("\(name).png")
                let status = try await Self.run(
                    browser,
                    [
                        "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1000,1400", "--screenshot=\(shot.path)",
                        "http://127.0.0.1:\(port)\(path)",
                    ])
                #expect(status == 0, "chromium exited with \(status) for \(path)")
                let png = try Data(contentsOf: shot)
                #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(name) is not a PNG")
                // Width and height from the IHDR chunk.
                let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
                #expect(width == 1000 && height == 1400, "\(name) is \(width)×\(height)")
                // A blank white window compresses to a few kilobytes; a drawn page with text and charts does not.
                #expect(png.count > 40_000, "\(name) looks blank (\(png.count) bytes)")
            }
        }
    }

    /// Runs a program off the cooperative pool and gives its exit status.
    static func run(_ program: String, _ arguments: [String]) async throws -> Int32 {
        try await withCheckedThrowingContinuation { continuation in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
    }
}
