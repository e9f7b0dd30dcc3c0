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

/// Finds a neighbourhood's place by name through a small direct-mapped cache in front of the layout's
/// dictionary: a report places every record, and hashing each name with the standard library's seeded
/// hash was an eighth of the call indicators' time (BENCHMARKS.md). The slot comes from the name's 16 bytes
/// as they are held: a short name's bytes are its text, a long one's point at its storage, which the calls
/// of one packed month share. Equal names held differently only land in different slots; a name is always
/// compared in full before its cached place is used, so a collision only costs a dictionary lookup.
struct PlaceFinder {
    private let layout: AreaLayout
    private var names: [String?]
    private var places: [(areas: AreaSet, urban: Bool)?]
    private static let slotBits = 11

    init(_ layout: AreaLayout) {
        self.layout = layout
        names = Array(repeating: nil, count: 1 << Self.slotBits)
        places = Array(repeating: nil, count: 1 << Self.slotBits)
    }

    /// The neighbourhood's areas and whether it is urban, or nil when the force has no such neighbourhood.
    mutating func place(of name: String) -> (areas: AreaSet, urban: Bool)? {
        let (low, high) = unsafeBitCast(name, to: (UInt64, UInt64).self)
        let mixed = ((low &* 0x9E37_79B9_7F4A_7C15) ^ high) &* 0xBF58_476D_1CE4_E5B9
        let slot = Int(truncatingIfNeeded: mixed >> UInt64(64 - Self.slotBits))
        if let cached = names[slot], cached == name { return places[slot] }
        let found = layout.placeOf[name]
        names[slot] = name
        places[slot] = found
        return found
    }
}
