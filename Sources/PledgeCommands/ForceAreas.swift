import PledgeCore
import PledgeStore

/// The areas of a force that a command can be asked about, from the neighbourhoods in the store: an
/// area the force does not have is refused with the ones it has (and the nearest, when it looks like a
/// slip), instead of printing an empty report.
struct ForceAreas {
    let force: Force
    /// The local policing units, by name.
    let units: [String]
    /// The neighbourhoods, by id.
    let neighbourhoods: [String]

    /// More neighbourhoods than this are summarised rather than listed: a force has hundreds.
    static let listedNeighbourhoods = 12

    init(force: Force, in store: any PledgeStore) async throws {
        let profiles = try await store.neighbourhoodProfiles(force: force)
        self.force = force
        units = Array(Set(profiles.compactMap(\.unit))).sorted()
        neighbourhoods = profiles.map(\.id).sorted()
    }

    /// The area `indicators --area` names: `all` (nil), `force`, `urban`, `rural`, `lpu:NAME` or
    /// `neighbourhood:ID` of one the force has.
    func indicatorArea(_ text: String) throws -> Area? {
        if text == "all" { return nil }
        if let area = Area(text) {
            switch area {
            case .force, .urban, .rural: return area
            case .unit(let name) where units.contains(name): return area
            case .neighbourhood(let id) where neighbourhoods.contains(id): return area
            default: break
            }
        }
        throw CommandFailure(
            "--area: '\(text)' is not an area of \(force.name)\(nearestArea(text).map { "; did you mean \($0)?" } ?? ""). \(listing)")
    }

    /// The unit `--unit NAME` (or `lpu:NAME`) names, or the force when none was given.
    func unit(_ text: String?) throws -> Area {
        guard let text else { return .force }
        let name = text.hasPrefix("lpu:") ? String(text.dropFirst(4)) : text
        guard !units.contains(name) else { return .unit(name) }
        throw CommandFailure(
            "--unit: '\(name)' is not a local policing unit of \(force.name)\(Self.nearest(name, among: units).map { "; did you mean '\($0)'?" } ?? ""); "
                + (units.isEmpty
                    ? "the store has no neighbourhoods for it, so no units" : "its units are \(units.map { "'\($0)'" }.joined(separator: ", "))"))
    }

    /// What `indicators --area` accepts for this force.
    var listing: String {
        let fixed = "Areas: all, force, urban, rural"
        guard !neighbourhoods.isEmpty else { return fixed + " (the store has no neighbourhoods for \(force.name), so no units or neighbourhoods)" }
        let unitList = units.isEmpty ? "" : "; units: " + units.map { Area.unit($0).description }.joined(separator: ", ")
        let ids = neighbourhoods.map { Area.neighbourhood($0).description }
        let neighbourhoodList =
            ids.count <= Self.listedNeighbourhoods
            ? "; neighbourhoods: " + ids.joined(separator: ", ")
            : "; \(ids.count) neighbourhoods, \(ids[0]) to \(ids[ids.count - 1])"
        return fixed + unitList + neighbourhoodList
    }

    /// The unit or neighbourhood `text` most likely meant: names are compared without their `lpu:` or
    /// `neighbourhood:` prefix, which would make any two look alike.
    func nearestArea(_ text: String) -> String? {
        if text.hasPrefix("lpu:") { return Self.nearest(String(text.dropFirst(4)), among: units).map { Area.unit($0).description } }
        if text.hasPrefix("neighbourhood:") {
            return Self.nearest(String(text.dropFirst(14)), among: neighbourhoods).map { Area.neighbourhood($0).description }
        }
        return nil
    }

    /// The one of `forms` a slip away from `text` (case aside), if any: what was most likely meant.
    static func nearest(_ text: String, among forms: [String]) -> String? {
        EditDistance.nearest(to: text.lowercased(), among: forms) { [$0.lowercased()] }
    }
}
