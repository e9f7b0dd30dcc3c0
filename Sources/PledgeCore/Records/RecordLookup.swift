/// What the validator needs to know about records already stored (or stored earlier in the same import).
public protocol RecordLookup {
    /// Whether the force has a neighbourhood with this id.
    func neighbourhoodExists(force: Force, id: String) throws -> Bool
    /// Whether the victim (force, crime_ref, victim_ref) exists.
    func victimExists(force: Force, crimeRef: String, victimRef: String) throws -> Bool
}
