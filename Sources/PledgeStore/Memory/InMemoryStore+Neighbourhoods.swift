import PledgeCore

/// The public's view of neighbourhoods, as `SQLiteStore+Neighbourhoods.swift` gives it.
extension InMemoryStore {
    public func neighbourhoodProfiles(force: Force?) async throws -> [NeighbourhoodProfile] {
        snapshot()[.neighbourhoods].inKeyOrder(force: force?.number).compactMap { Self.profile($0) }
    }

    public func boundaries(force: Force?) async throws -> [Boundary] {
        try snapshot().boundaries.boundaries(force: force?.number)
    }

    public func neighbourhoodDetail(force: Force, id: String) async throws -> NeighbourhoodDetail? {
        let state = snapshot()
        let key = RowKey(force: force.number, parts: [StoredValue(id)])
        guard let position = state[.neighbourhoods].position(of: key), let profile = Self.profile(state[.neighbourhoods].rows[position]) else {
            return nil
        }
        let boundary = try state.boundaries.position(of: key).map {
            try Boundary(force: force, neighbourhoodID: id, geometryJSON: state.boundaries.rows[$0].geometry)
        }
        /// The neighbourhood's records of `kind` ordered by the columns named.
        func rows(_ kind: RecordKind, by columns: [String]) -> [StoredFields] {
            state[kind].rows.filter { $0.key.force == force.number }.map { StoredFields($0.record) }
                .filter { StoredValue($0.value("neighbourhood_id")) == .text(StoredText(id)) }
                .sorted { a, b in
                    for column in columns {
                        let order = StoredValue.compare(StoredValue(a.value(column)), StoredValue(b.value(column)))
                        if order != 0 { return order < 0 }
                    }
                    return false
                }
        }
        let postings = rows(.team, by: ["started_on", "officer_id"]).compactMap { row -> TeamPosting? in
            guard let started = row.date("started_on") else { return nil }
            return TeamPosting(
                officerID: row.text("officer_id")!, name: row.text("name")!, rank: row.text("rank")!, bio: row.text("bio"), email: row.text("email"),
                phone: row.text("phone"), startedOn: started, endedOn: row.date("ended_on"))
        }
        let engagements = rows(.engagements, by: ["starts_at", "engagement_id"]).map { row in
            Engagement(
                id: row.text("engagement_id")!, kind: row.text("kind")!, startsAt: row.instant("starts_at")!, endsAt: row.instant("ends_at"),
                title: row.text("title"), address: row.text("address"))
        }
        let priorities = rows(.priorities, by: ["agreed_on", "priority_id"]).map { row in
            NeighbourhoodPriority(
                id: row.text("priority_id")!, issue: row.text("issue")!, agreedOn: row.date("agreed_on"), engagementID: row.text("engagement_id"),
                action: row.text("action"), actionOn: row.date("action_on"))
        }
        let updates = rows(.updates, by: ["month", "published_on", "update_id"]).compactMap { row -> NeighbourhoodUpdate? in
            guard let month = row.month("month"), let published = row.date("published_on") else { return nil }
            return NeighbourhoodUpdate(
                id: row.text("update_id")!, month: month, publishedOn: published, channel: row.text("channel"), hasCrimeMap: row.flag("has_crime_map"),
                hasJusticeOutcomes: row.flag("has_justice_outcomes"), hasPartnerAction: row.flag("has_partner_action"),
                hasForcePerformance: row.flag("has_force_performance"))
        }
        return NeighbourhoodDetail(
            profile: profile, boundary: boundary, postings: postings, engagements: engagements, priorities: priorities, updates: updates)
    }

    public func crimeMonths(force: Force, neighbourhood: String) async throws -> [YearMonth] {
        var months: Set<StoredValue> = []
        for row in snapshot()[.crimes].rows where row.isPlaced(force: force.number, in: neighbourhood) {
            months.insert(StoredValue(row.record.values[CrimeFields.month]))
        }
        return months.sorted { StoredValue.compare($0, $1) > 0 }.compactMap { $0.text.flatMap(YearMonth.init) }
    }

    public func streetCrimes(force: Force, neighbourhood: String, month: YearMonth) async throws -> [StreetCrime] {
        let monthText = StoredValue(month.description)
        return snapshot()[.crimes].rows.lazy
            .filter { $0.isPlaced(force: force.number, in: neighbourhood) && StoredValue($0.record.values[CrimeFields.month]) == monthText }
            .map { row in
                let fields = StoredFields(row.record)
                return StreetCrime(
                    month: month, category: fields.text("Crime type")!, location: fields.text("Location"), outcome: fields.text("Last outcome category"),
                    point: fields.point)
            }
    }

    private static func profile(_ row: StoredRecord) -> NeighbourhoodProfile? {
        guard let force = ForceCatalogue.force(number: row.key.force) else { return nil }
        let fields = StoredFields(row.record)
        return NeighbourhoodProfile(
            forceID: force.id, id: fields.text("neighbourhood_id")!, name: fields.text("name")!, unit: fields.text("lpu"),
            urban: fields.text("area_type") == "urban", base: fields.text("base"), address: fields.text("address"), postcode: fields.text("postcode"),
            phone: fields.text("phone"), email: fields.text("email"), url: fields.text("url"), latitude: fields.number("latitude"),
            longitude: fields.number("longitude"), population: fields.int("population"), description: fields.text("description"))
    }
}

/// Where the fields a crime is read by are in its record.
enum CrimeFields {
    private static let schema = RecordSchema.of(.crimes)
    static let month = schema.index(of: "Month")!
    static let crimeID = schema.index(of: "Crime ID")!
    static let crimeType = schema.index(of: "Crime type")!
    static let longitude = schema.index(of: "Longitude")!
    static let latitude = schema.index(of: "Latitude")!
}

extension StoredRecord {
    /// Whether this crime of `force` is placed in the neighbourhood (SQLite's `neighbourhood_id = ?`).
    func isPlaced(force: Int, in neighbourhood: String) -> Bool {
        guard key.force == force, let placement = record.placement else { return false }
        return compareBytes(placement, neighbourhood) == 0
    }
}

extension StoredFields {
    /// A crime's map point, when it has both coordinates.
    var point: GeoPoint? {
        guard let longitude = number("Longitude"), let latitude = number("Latitude") else { return nil }
        return GeoPoint(longitude: longitude, latitude: latitude)
    }
}
