/// What the engine needs to know about one call (`calls` in `shared/spec/records.md`).
public struct CallFact: Sendable {
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
