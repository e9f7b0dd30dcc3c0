/// Migration 0007: crimes indexed by neighbourhood and month, for the website's crime map (one
/// neighbourhood-month of a force's 120,000 crimes a year). Frozen once shipped.
enum M0007CrimesByNeighbourhood {
    static let name = "0007_crimes_by_neighbourhood"

    static let sql = """
        CREATE INDEX crimes_by_neighbourhood ON crimes (force_id, neighbourhood_id, month);
        """
}
