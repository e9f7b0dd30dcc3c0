/// Migration 0011: each import keeps the SHA-256 of its file, so that a file imported before, whose rows the
/// store still holds as that import left them, is recognised without being read again
/// (`SQLiteStore.currentImport(digest:)`). Frozen once shipped.
enum M0011ImportDigests {
    static let name = "0011_import_digests"

    static let sql = """
        ALTER TABLE imports ADD COLUMN content_sha256 TEXT CHECK (length(content_sha256) = 64);
        CREATE INDEX imports_by_digest ON imports (content_sha256) WHERE content_sha256 IS NOT NULL;
        """
}
