import Synchronization

/// Builds each zone's rules once per process and shares them.
public enum ZoneRulesCache {
    private static let cache = Mutex<[String: ZoneRules]>([:])

    /// The rules for a tz database zone, or nil when the system does not know it.
    public static func rules(for identifier: String) -> ZoneRules? {
        if let cached = cache.withLock({ $0[identifier] }) { return cached }
        guard let built = ZoneRules(identifier: identifier) else { return nil }
        cache.withLock { $0[identifier] = built }
        return built
    }
}
