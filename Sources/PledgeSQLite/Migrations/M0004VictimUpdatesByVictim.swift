/// Migration 0004: victims' updates indexed by their victim, covering the update instant. A report reads a
/// force-year's 120,000 updates victim by victim through it (one index range per victim) instead of
/// seeking the victim for every update; it is also the index SQLite's documentation asks for on a foreign
/// key's child columns. Frozen once shipped.
enum M0004VictimUpdatesByVictim {
    static let name = "0004_victim_updates_by_victim"

    static let sql = """
        CREATE INDEX victim_updates_by_victim ON victim_updates (force_id, crime_ref, victim_ref, updated_at);
        """
}
