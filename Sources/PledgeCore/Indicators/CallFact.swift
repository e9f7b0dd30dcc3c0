/// What the engine needs to know about one call (`calls` in `shared/spec/records.md`).
public struct CallFact: Sendable, Equatable {
    public enum Response: String, Sendable { case emergency, priority, appointment, advice, none }

    public let received: Instant
    public let answered: Instant?
    public let is999: Bool
    public let neighbourhood: String?
    /// The call's own area type: true urban, false rural, nil not recorded (then the neighbourhood's).
    public let urban: Bool?
    public let vulnerable: Bool?
    public let neighbourhoodPriority: Bool?
    public let response: Response?
    public let etaGiven: Bool?
    public let deployed: Instant?
    public let arrived: Instant?
    public let appointment: Instant?

    public init(
        received: Instant, answered: Instant? = nil, is999: Bool, neighbourhood: String? = nil, urban: Bool? = nil,
        vulnerable: Bool? = nil, neighbourhoodPriority: Bool? = nil, response: Response? = nil, etaGiven: Bool? = nil,
        deployed: Instant? = nil, arrived: Instant? = nil, appointment: Instant? = nil
    ) {
        self.received = received
        self.answered = answered
        self.is999 = is999
        self.neighbourhood = neighbourhood
        self.urban = urban
        self.vulnerable = vulnerable
        self.neighbourhoodPriority = neighbourhoodPriority
        self.response = response
        self.etaGiven = etaGiven
        self.deployed = deployed
        self.arrived = arrived
        self.appointment = appointment
    }
}

/// A call as the rules judge it: everything but the neighbourhood, so plain values only, 48 bytes. The
/// engine hands each call to each of some 25 rules; a `CallFact` holds a String, and copying it for every
/// hand-over (retain, release, the value witness) was a tenth of a force-year report (BENCHMARKS.md).
/// Optional instants are kept as microseconds with `Int64.min` for none (an `Instant?` takes 16 bytes).
struct CallEvent {
    private static let none = Int64.min
    let received: Instant
    private let answeredAt, deployedAt, arrivedAt, appointmentAt: Int64
    let is999: Bool
    let urban: Bool?
    let vulnerable: Bool?
    let neighbourhoodPriority: Bool?
    let response: CallFact.Response?
    let etaGiven: Bool?

    var answered: Instant? { Self.instant(answeredAt) }
    var deployed: Instant? { Self.instant(deployedAt) }
    var arrived: Instant? { Self.instant(arrivedAt) }
    var appointment: Instant? { Self.instant(appointmentAt) }

    private static func instant(_ micros: Int64) -> Instant? { micros == none ? nil : Instant(microseconds: micros) }

    init(_ call: CallFact) {
        received = call.received
        answeredAt = call.answered?.microseconds ?? Self.none
        deployedAt = call.deployed?.microseconds ?? Self.none
        arrivedAt = call.arrived?.microseconds ?? Self.none
        appointmentAt = call.appointment?.microseconds ?? Self.none
        is999 = call.is999
        urban = call.urban
        vulnerable = call.vulnerable
        neighbourhoodPriority = call.neighbourhoodPriority
        response = call.response
        etaGiven = call.etaGiven
    }
}

extension CallFact {
    /// Field positions in a validated calls record, looked up once.
    private static let fields: [Int] = {
        let schema = RecordSchema.of(.calls)
        return [
            "line", "received_at", "answered_at", "neighbourhood_id", "area_type", "vulnerable", "neighbourhood_priority",
            "response", "eta_given", "deployed_at", "arrived_at", "appointment_at",
        ].map { schema.index(of: $0)! }
    }()

    /// The fact a validated calls record states (as the store would give it back once stored), or nil for a
    /// record of another kind. Lets an import pack a month's calls as it writes them.
    public init?(_ record: ValidatedRecord) {
        let fields = Self.fields
        guard record.kind == .calls, let received = record.values[fields[1]].instant else { return nil }
        // Read in place: this runs for every call an import writes, on the writing thread.
        func value(_ field: Int) -> FieldValue { record.values[fields[field]] }
        func flag(_ field: Int) -> Bool? { if case .bool(let flag) = value(field) { flag } else { nil } }
        self.init(
            received: received, answered: value(2).instant, is999: value(0).text == "999", neighbourhood: value(3).text,
            urban: value(4).text.map { $0 == "urban" }, vulnerable: flag(5), neighbourhoodPriority: flag(6),
            response: value(7).text.flatMap(Response.init(rawValue:)), etaGiven: flag(8), deployed: value(9).instant,
            arrived: value(10).instant, appointment: value(11).instant)
    }
}
