import Foundation
import PledgeCore
import PledgeImport
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Shows how a long import is going, on standard error (standard output keeps the import's reports, the
/// same from run to run and from store to store). On a terminal, one bar per file, redrawn in place (rows,
/// rows a second, time left); in a log or a pipe, a line every few seconds. Written straight to the
/// descriptor, so that a bar without its line end is seen at once.
final class ProgressPrinter: Sendable {
    private let terminal: Bool
    private let interval: Duration
    /// When a line was last written (in a log), and whether a bar is on screen (on a terminal).
    private let state = Mutex<(lastLine: ContinuousClock.Instant?, barShown: Bool)>((nil, false))

    init(terminal: Bool = isatty(STDERR_FILENO) == 1, interval: Duration = .seconds(5)) {
        self.terminal = terminal
        self.interval = interval
    }

    /// The handler to give `ImportOptions.progress`.
    var handler: @Sendable (ImportProgress) -> Void { { [self] progress in show(progress) } }

    func show(_ progress: ImportProgress) {
        let text: String? = state.withLock { state in
            if terminal {
                state.barShown = true
                return "\r\u{1B}[K" + Self.bar(progress)
            }
            let now = ContinuousClock.now
            // The first line after `interval`, so that a short import prints none.
            guard progress.seconds >= Double(interval.components.seconds) else { return nil }
            if let last = state.lastLine, now - last < interval { return nil }
            state.lastLine = now
            return Self.line(progress) + "\n"
        }
        if let text { FileHandle.standardError.write(Data(text.utf8)) }
    }

    /// Takes the bar off the screen, before the reports are printed.
    func finish() {
        let shown = state.withLock { state in
            defer { state.barShown = false }
            return state.barShown
        }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// `calls.csv [##########··········]  50%  225,000 rows  41,000 rows/s  6 s left`
    static func bar(_ progress: ImportProgress, width: Int = 20) -> String {
        let filled = Int((progress.fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: "·", count: width - filled)
        return "\((progress.path as NSString).lastPathComponent) [\(bar)] \(figures(progress))"
    }

    /// `importing calls.csv: 50%, 225,000 rows, 41,000 rows/s, 6 s left`
    static func line(_ progress: ImportProgress) -> String {
        "importing \((progress.path as NSString).lastPathComponent): " + figures(progress, separator: ", ")
    }

    private static func figures(_ progress: ImportProgress, separator: String = "  ") -> String {
        var parts = [String(format: "%3.0f%%", progress.fraction * 100).trimmingCharacters(in: .whitespaces)]
        parts.append("\(Thousands.text(progress.rows)) rows")
        if let speed = progress.rowsPerSecond { parts.append("\(Thousands.text(Int(speed.rounded()))) rows/s") }
        if progress.fraction < 1, let left = progress.secondsLeft { parts.append("\(Int(left.rounded(.up))) s left") }
        return parts.joined(separator: separator)
    }
}
