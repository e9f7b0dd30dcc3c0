extension Force {
    /// The force's time-zone rules. Every force in the catalogue has a zone the tz database holds, so this
    /// throws only on a system without that database (or a catalogue edited by hand): the one place that
    /// turns it into an error every adapter can show, rather than a trap.
    public func zoneRules() throws -> ZoneRules {
        guard let rules = ZoneRulesCache.rules(for: timeZone) else { throw UnknownTimeZone(force: self) }
        return rules
    }
}

/// A force whose time zone this system does not know.
public struct UnknownTimeZone: Error, CustomStringConvertible, Equatable {
    public let force: Force

    public var description: String {
        "this system does not know the time zone \(force.timeZone) (\(force.name)'s); install the tz database"
    }
}
