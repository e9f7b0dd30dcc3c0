/// The areas a report tallies, by index (the force, urban, rural, then units and neighbourhoods), and
/// each neighbourhood's areas and area type found with one lookup, so that a record's areas are resolved
/// once rather than hashed per rule.
struct AreaLayout {
    let areas: [Area]
    /// Each neighbourhood's area indices (as the directory defines them) and whether it is urban.
    let placeOf: [String: (areas: AreaSet, urban: Bool)]

    init(_ directory: NeighbourhoodDirectory) {
        let entries = directory.all
        let units = Array(Set(entries.compactMap(\.unit))).sorted()
        areas = [.force, .urban, .rural] + units.map(Area.unit) + entries.map { .neighbourhood($0.id) }
        let areaIndex = Dictionary(uniqueKeysWithValues: areas.enumerated().map { ($0.element, $0.offset) })
        var placeOf: [String: (areas: AreaSet, urban: Bool)] = [:]
        for entry in entries {
            var indices = AreaSet()
            for area in directory.areas(of: entry.id) { indices.insert(areaIndex[area]!) }
            placeOf[entry.id] = (indices, entry.urban)
        }
        self.placeOf = placeOf
    }

    /// The areas a record in `neighbourhood` counts in; the force alone when it has none or it is unknown.
    func areas(of neighbourhood: String?) -> AreaSet {
        neighbourhood.flatMap { placeOf[$0]?.areas } ?? .forceOnly
    }
}
