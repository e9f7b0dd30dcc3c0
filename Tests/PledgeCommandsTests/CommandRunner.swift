import ArgumentParser
import Foundation
import PledgeCommands
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The CLI tests print to standard output, and some capture it, so they run one at a time.
@Suite("pledgewatch CLI", .serialized)
struct CLITests {}

/// Parses `arguments` as the executable would and runs the command they name.
func runPledgewatch(_ arguments: [String]) async throws {
    var command = try PledgewatchCommand.parseAsRoot(arguments)
    if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
    } else {
        try command.run()
    }
}

/// Runs `body` with standard output sent to a file, and returns what was written.
func capturingStandardOutput(_ body: () async throws -> Void) async throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("stdout-\(UUID().uuidString).txt").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    fflush(nil)
    let saved = dup(STDOUT_FILENO)
    let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(saved >= 0 && file >= 0, "cannot redirect standard output")
    dup2(file, STDOUT_FILENO)
    close(file)
    do {
        try await body()
    } catch {
        fflush(nil)
        dup2(saved, STDOUT_FILENO)
        close(saved)
        throw error
    }
    fflush(nil)
    dup2(saved, STDOUT_FILENO)
    close(saved)
    return try String(contentsOfFile: path, encoding: .utf8)
}
