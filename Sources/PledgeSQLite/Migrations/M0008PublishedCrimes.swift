/// Migration 0008: what the police.uk-compatible API needs of crimes. An index by month and latitude for
/// area queries (a month's crimes in a band of latitude, narrowed by longitude and the area itself), and
/// the store's secret key for persistent ids that must not reveal a force's own crime references
/// (`PersistentCrimeID`): made once, here, so ids stay the same across re-imports. A partial index holds the
/// crimes whose Crime IDs are not police.uk's (usually none), so that looking up an unknown persistent id
/// reads only those, never every crime. Frozen once shipped.
enum M0008PublishedCrimes {
    static let name = "0008_published_crimes"

    /// Crimes whose Crime ID is not in police.uk's form (64 lowercase hex): their published ids are HMACs.
    /// Queries must use this exact text for SQLite to use the partial index.
    static let localIDs = "crime_id IS NOT NULL AND (length(crime_id) != 64 OR crime_id GLOB '*[^0-9a-f]*')"

    static let sql = """
        CREATE INDEX crimes_by_month_latitude ON crimes (month, latitude);
        CREATE INDEX crimes_with_local_ids ON crimes (id) WHERE \(localIDs);

        CREATE TABLE store_secrets (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL CHECK (length(value) = 64)
        );
        INSERT INTO store_secrets (name, value) VALUES ('crime_ids', lower(hex(randomblob(32))));
        """
}
