/// An area a figure is given for (docs/indicators.md, "Areas").
public enum Area: Hashable, Sendable, Comparable, CustomStringConvertible {
    case force
    /// A local policing unit.
    case unit(String)
    case neighbourhood(String)
    /// Calls only: by the call's own area type, else its neighbourhood's.
    case urban
    case rural

    /// `force`, `lpu:City`, `neighbourhood:NC04`, `urban`, `rural`: the form used on the command line.
    public var description: String {
        switch self {
        case .force: "force"
        case .unit(let name): "lpu:\(name)"
        case .neighbourhood(let id): "neighbourhood:\(id)"
        case .urban: "urban"
        case .rural: "rural"
        }
    }

    /// An area from its command-line form.
    public init?(_ text: String) {
        switch text {
        case "force": self = .force
        case "urban": self = .urban
        case "rural": self = .rural
        default:
            if text.hasPrefix("lpu:") {
                self = .unit(String(text.dropFirst(4)))
            } else if text.hasPrefix("neighbourhood:") {
                self = .neighbourhood(String(text.dropFirst(14)))
            } else {
                return nil
            }
        }
    }

    public static func < (lhs: Area, rhs: Area) -> Bool {
        func rank(_ area: Area) -> Int {
            switch area {
            case .force: 0
            case .urban: 1
            case .rural: 2
            case .unit: 3
            case .neighbourhood: 4
            }
        }
        return rank(lhs) != rank(rhs) ? rank(lhs) < rank(rhs) : lhs.description < rhs.description
    }
}

/// Where each neighbourhood of a force sits: its unit and whether it is urban.
public struct NeighbourhoodDirectory: Sendable {
    public struct Entry: Sendable, Hashable {
        public let id: String
        public let unit: String?
        public let urban: Bool
        public init(id: String, unit: String?, urban: Bool) {
            self.id = id
            self.unit = unit
            self.urban = urban
        }
    }

    private let entries: [String: Entry]

    public init(_ entries: [Entry]) { self.entries = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0) }) }

    public func entry(_ id: String?) -> Entry? { id.flatMap { entries[$0] } }

    /// Every neighbourhood, in id order.
    public var all: [Entry] { entries.values.sorted { $0.id < $1.id } }

    /// The areas a record with this neighbourhood counts in: the force always; its unit and neighbourhood
    /// when it has one (a record with no neighbourhood counts only at force level).
    public func areas(of neighbourhood: String?) -> [Area] {
        guard let entry = entry(neighbourhood) else { return [.force] }
        return [.force, .neighbourhood(entry.id)] + (entry.unit.map { [.unit($0)] } ?? [])
    }
}
