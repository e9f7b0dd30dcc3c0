import Foundation

/// A fresh, uniquely named directory under the system's temporary folder, removed with everything in it
/// when the value is released. Hold it for as long as a test uses the files inside.
public final class TemporaryDirectory: Sendable {
    /// The directory's location.
    public let url: URL

    /// Creates the directory; the name starts with `prefix` to make leftovers easy to recognise.
    public init(prefix: String = "pledgewatch-tests") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the directory (the file need not exist).
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
