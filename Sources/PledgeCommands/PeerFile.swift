import PledgeCore

/// A file of peer forces: a JSON object of force → its most similar forces
/// (`{"leicestershire": ["nottinghamshire", "derbyshire"]}`, `national --peers`, and `authority complaints
/// --peers-file`), or for the latter a plain list of forces. Forces are matched as `--force` is (id or
/// name, any case) and kept by police.uk id; an unknown one is refused with where it is in the file.
enum PeerFile {
    enum Contents: Equatable {
        case list([String])
        /// Force id → its peers' ids.
        case groups([String: [String]])
    }

    static let groupsForm = #"a JSON object of force id → list of force ids ({"leicestershire": ["nottinghamshire", "derbyshire"]})"#

    /// Reads the file `option` names.
    static func read(_ path: String, option: String) throws -> Contents {
        let json = try InputFile.json(path, option: option)
        let place = "\(option): \(path)"
        if let list = json as? [Any] { return .list(try ids(list, at: place, field: "")) }
        guard let object = json as? [String: Any] else { throw CommandFailure("\(place): not \(groupsForm)") }
        var groups: [String: [String]] = [:]
        for key in object.keys.sorted() {
            guard let force = ForceCatalogue.force(typed: key) else { throw CommandFailure("\(place): key \(key): \(ForceChoice.unknown(key))") }
            guard groups[force.id] == nil else { throw CommandFailure("\(place): key \(key): \(force.id) is given more than once") }
            guard let list = object[key] as? [Any] else { throw CommandFailure("\(place): \(key): not a list of force ids") }
            groups[force.id] = try ids(list, at: place, field: key)
        }
        return .groups(groups)
    }

    /// The groups of a file that must hold groups (`national --peers`).
    static func groups(_ path: String, option: String) throws -> [String: [String]] {
        guard case .groups(let groups) = try read(path, option: option) else { throw CommandFailure("\(option): \(path): not \(groupsForm)") }
        return groups
    }

    /// The force ids of a JSON list, each refused by its place (`leicestershire[1]`) when it is not a force.
    private static func ids(_ list: [Any], at place: String, field: String) throws -> [String] {
        try list.enumerated().map { index, element in
            let location = "\(place): \(field)[\(index)]"
            guard let text = element as? String else { throw CommandFailure("\(location): not a force id (a string)") }
            guard let force = ForceCatalogue.force(typed: text) else { throw CommandFailure("\(location): \(ForceChoice.unknown(text))") }
            return force.id
        }
    }
}
