import PledgeCore

/// Reads the force an option names: the police.uk id or name in any case (`leicestershire`,
/// `Leicestershire`, `LEICESTERSHIRE`, `Leicestershire Police`); a miss says which force was most likely
/// meant.
enum ForceChoice {
    /// The force `text` names; the error names the nearest force when there is one. Used as the
    /// `transform` of a `--force` option, so a bad value is refused with the subcommand's own usage.
    static func parse(_ text: String) throws -> Force {
        guard let force = ForceCatalogue.force(typed: text) else { throw CommandFailure(unknown(text)) }
        return force
    }

    /// "'leicestershir' is not a force; did you mean leicestershire? (`pledgewatch forces` lists them)".
    static func unknown(_ text: String) -> String {
        "'\(text)' is not a force" + (ForceCatalogue.nearest(to: text).map { "; did you mean \($0.id)?" } ?? "")
            + " (`pledgewatch forces` lists them)"
    }

    /// The forces a list of ids or names names, refusing an unknown or blank one with `source` (the option
    /// or file it came from).
    static func forces(_ texts: [String], source: String) throws -> [Force] {
        try texts.map { text in
            guard let force = ForceCatalogue.force(typed: text) else { throw CommandFailure("\(source): \(unknown(text))") }
            return force
        }
    }
}
