import Foundation
import PledgeCore
import Synchronization

/// How far the import of one file has gone: reported while it runs, so that a person at a terminal (or a
/// log) sees a long import moving, its speed and the time it has left.
public struct ImportProgress: Sendable, Equatable {
    /// The file, as given.
    public let path: String
    /// Rows read and judged so far (stored or rejected).
    public let rows: Int
    /// Bytes of the file read so far (as on disk: before a gzip file is inflated), and its size.
    public let bytesRead: Int
    public let bytesTotal: Int
    /// Seconds since the file's import began.
    public let seconds: Double

    public init(path: String, rows: Int, bytesRead: Int, bytesTotal: Int, seconds: Double) {
        self.path = path
        self.rows = rows
        self.bytesRead = bytesRead
        self.bytesTotal = bytesTotal
        self.seconds = seconds
    }

    /// The share of the file read, 0 to 1.
    public var fraction: Double { bytesTotal > 0 ? min(1, Double(bytesRead) / Double(bytesTotal)) : 0 }

    /// Rows a second so far; nil in the first moment.
    public var rowsPerSecond: Double? { seconds > 0.05 ? Double(rows) / seconds : nil }

    /// Seconds left at the speed so far; nil until a share of the file is read.
    public var secondsLeft: Double? {
        guard fraction > 0.01, seconds > 0.05 else { return nil }
        return seconds * (1 - fraction) / fraction
    }
}

/// The bytes of a file the reading thread has read, for the writing thread to report.
final class ReadMeter: Sendable {
    private let read = Atomic<Int>(0)

    func add(_ count: Int) { read.add(count, ordering: .relaxed) }

    var bytesRead: Int { read.load(ordering: .relaxed) }
}

/// A byte source that counts what it reads into a `ReadMeter`.
final class CountingByteSource: ByteSource {
    private let inner: any ByteSource
    private let meter: ReadMeter

    init(_ inner: any ByteSource, meter: ReadMeter) {
        self.inner = inner
        self.meter = meter
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = try inner.read(into: buffer)
        meter.add(count)
        return count
    }
}

/// Calls an import's progress handler from the writing thread: at most every fifth of a second, and once
/// at the end with the whole file read.
struct ProgressReporter {
    let path: String
    let meter: ReadMeter
    let report: @Sendable (ImportProgress) -> Void
    let bytesTotal: Int
    private let started = ContinuousClock.now
    private var last: ContinuousClock.Instant?

    init(path: String, meter: ReadMeter, report: @escaping @Sendable (ImportProgress) -> Void) {
        self.path = path
        self.meter = meter
        self.report = report
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        self.bytesTotal = size ?? 0
    }

    mutating func rowsTaken(_ rows: Int) {
        let now = ContinuousClock.now
        if let last, now - last < .milliseconds(200) { return }
        last = now
        report(progress(rows: rows, bytesRead: meter.bytesRead, at: now))
    }

    func finished(_ rows: Int) { report(progress(rows: rows, bytesRead: bytesTotal, at: .now)) }

    private func progress(rows: Int, bytesRead: Int, at now: ContinuousClock.Instant) -> ImportProgress {
        let elapsed = now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return ImportProgress(path: path, rows: rows, bytesRead: min(bytesRead, bytesTotal), bytesTotal: bytesTotal, seconds: seconds)
    }
}
