/// PostgreSQL migration 0004: each import keeps the SHA-256 of its file, as SQLite's migration 0011 does, so
/// that a file imported before whose rows are all still as it left them is recognised without being read
/// again. Frozen once shipped.
enum P0004ImportDigests {
    static let name = "0004_import_digests"

    static let sql = """
        ALTER TABLE imports ADD COLUMN content_sha256 text COLLATE "C" CHECK (char_length(content_sha256) = 64);
        CREATE INDEX imports_by_digest ON imports (content_sha256) WHERE content_sha256 IS NOT NULL;
        """
}
