/// Migration 0002: rendered reports kept for repeat requests, stamped with the data version (the latest
/// import) they were computed from. Frozen once shipped.
enum M0002ReportCache {
    static let name = "0002_report_cache"

    static let sql = """
        CREATE TABLE report_cache (
            force_id INTEGER NOT NULL REFERENCES forces(number),
            request TEXT NOT NULL,
            data_version INTEGER NOT NULL,
            body BLOB NOT NULL,
            PRIMARY KEY (force_id, request)
        );
        """
}
