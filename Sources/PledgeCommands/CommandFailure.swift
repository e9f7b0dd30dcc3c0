import ArgumentParser

/// Why a command could not do what it was asked, found once its arguments were read: printed as
/// `Error: …` with exit status 1, and no usage.
///
/// A `ValidationError` belongs in `validate()` only. Thrown later (from `run`), ArgumentParser no longer
/// knows which subcommand ran and follows the message with the top-level usage
/// (`pledgewatch <subcommand>`), which sends the reader to the wrong place.
struct CommandFailure: Error, CustomStringConvertible, Equatable {
    let description: String

    init(_ description: String) { self.description = description }
}
