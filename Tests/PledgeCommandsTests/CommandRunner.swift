import ArgumentParser
import Foundation
import PledgeCommands
import PledgeTestSupport
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

/// How `arguments` fail, as the executable reports it: the text ArgumentParser writes to standard error for
/// the error the command throws (with a usage line only for errors in the arguments), and the exit
/// status. Nil when the command succeeds.
func failure(of arguments: [String]) async -> (message: String, status: Int32)? {
    do {
        _ = try await capturingStandardOutput { try await runPledgewatch(arguments) }
        return nil
    } catch {
        return (PledgewatchCommand.fullMessage(for: error), PledgewatchCommand.exitCode(for: error).rawValue)
    }
}

/// The usage line ArgumentParser prints for the top-level command: shown after an error, it sends the
/// reader to the list of subcommands instead of what went wrong.
let topLevelUsage = "Usage: pledgewatch <subcommand>"

/// Imports neighbourhood NC04 of Leicestershire and two 999 calls of 10 January 2009 in it, one answered
/// within 10 s and one not, into `database` through `pledgewatch import` (the files are written in `files`).
func importTwoCalls(into database: String, files: TemporaryDirectory) async throws {
    let neighbourhoods = try FixtureFile.write(Fixtures.neighbourhoodsCSV(ids: ["NC04"]), to: files.path("n.csv"))
    let calls = try FixtureFile.write(
        "call_id,force,line,received_at,answered_at,neighbourhood_id\n"
            + "C1,leicestershire,999,2009-01-10T12:00:00Z,2009-01-10T12:00:04Z,NC04\n"
            + "C2,leicestershire,999,2009-01-10T13:00:00Z,2009-01-10T13:00:30Z,NC04\n",
        to: files.path("calls.csv"))
    _ = try await capturingStandardOutput { try await runPledgewatch(["import", neighbourhoods, calls, "--database", database]) }
}

/// A new temporary folder and the path of a store in it (`cli.sqlite`, not created yet): each CLI suite's
/// own scratch space, removed with the folder.
func scratchStore() throws -> (TemporaryDirectory, String) {
    let directory = try TemporaryDirectory()
    return (directory, directory.path("cli.sqlite"))
}
