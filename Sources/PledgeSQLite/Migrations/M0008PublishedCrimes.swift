/// Migration 0008: what the police.uk-compatible API needs of crimes. An index by month and latitude for
/// area queries (a month's crimes in a band of latitude, narrowed by longitude and the area itself), and
/// the store's secret key for persistent ids that must not reveal a force's own crime references
/// (`PersistentCrimeID`): made once, here, so ids stay the same across re-imports. Frozen once shipped.
enum M0008PublishedCrimes {
    static let name = "0008_published_crimes"

    static let sql = """
        CREATE INDEX crimes_by_month_latitude ON crimes (month, latitude);

        CREATE TABLE store_secrets (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL CHECK (length(value) = 64)
        );
        INSERT INTO store_secrets (name, value) VALUES ('crime_ids', lower(hex(randomblob(32))));
        """
}
