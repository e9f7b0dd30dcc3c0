/// Migration 0006: what assessors record, kept as a log: every entry stays, with who made it and when; the
/// current assessment of a force and period is the latest entry per improvement area, per promise's
/// override and per promise's findings. `text` holds the evidence, the reason, or the findings as JSON.
/// Frozen once shipped.
enum M0006Assessments {
    static let name = "0006_assessments"

    static let sql = """
        CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            force_id INTEGER NOT NULL REFERENCES forces(number),
            period TEXT NOT NULL CHECK (length(period) BETWEEN 1 AND 40),
            made_at INTEGER NOT NULL,
            assessor TEXT NOT NULL CHECK (length(trim(assessor)) BETWEEN 1 AND 200),
            kind TEXT NOT NULL CHECK (kind = 'area' OR kind = 'override' OR kind = 'findings'),
            subject INTEGER NOT NULL,
            grade TEXT CHECK (grade = 'EXCELLENT' OR grade = 'GOOD' OR grade = 'FAIR' OR grade = 'POOR'),
            text TEXT NOT NULL,
            CHECK ((kind = 'area' AND subject BETWEEN 1 AND 3 AND grade IS NOT NULL) OR (kind <> 'area' AND subject BETWEEN 1 AND 10))
        );
        CREATE INDEX assessments_by_period ON assessments (force_id, period, id);
        """
}
