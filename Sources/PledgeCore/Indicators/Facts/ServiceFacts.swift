/// A message to a neighbourhood team (promise 4).
public struct MessageFact: Sendable {
    public let neighbourhood: String
    public let received: Instant
    public let responded: Instant?
    public let escalated: Instant?

    public init(neighbourhood: String, received: Instant, responded: Instant? = nil, escalated: Instant? = nil) {
        self.neighbourhood = neighbourhood
        self.received = received
        self.responded = responded
        self.escalated = escalated
    }
}

/// A report of dissatisfaction (promise 10).
public struct DissatisfactionFact: Sendable {
    public let neighbourhood: String?
    public let received: Instant
    public let acknowledged: Instant?
    public let discussed: Instant?
    public let callbackConsent: Bool?

    public init(
        neighbourhood: String? = nil, received: Instant, acknowledged: Instant? = nil, discussed: Instant? = nil, callbackConsent: Bool? = nil
    ) {
        self.neighbourhood = neighbourhood
        self.received = received
        self.acknowledged = acknowledged
        self.discussed = discussed
        self.callbackConsent = callbackConsent
    }
}

/// A victim's contact agreement and the updates they were given (promise 9).
public struct VictimFact: Sendable {
    public let neighbourhood: String?
    public let reported: Instant
    public let contactAgreed: Bool?
    /// Days between updates: nil = monthly (31), 0 = wants none.
    public let intervalDays: Int?
    public let agreedUntil: LocalDate?
    public let closed: Instant?
    /// Update instants, any order.
    public let updates: [Instant]

    public init(
        neighbourhood: String? = nil, reported: Instant, contactAgreed: Bool? = nil, intervalDays: Int? = nil, agreedUntil: LocalDate? = nil,
        closed: Instant? = nil, updates: [Instant] = []
    ) {
        self.neighbourhood = neighbourhood
        self.reported = reported
        self.contactAgreed = contactAgreed
        self.intervalDays = intervalDays
        self.agreedUntil = agreedUntil
        self.closed = closed
        self.updates = updates
    }
}

/// A test contact made by an inspector or the Police Authority.
public struct RealityCheckFact: Sendable {
    public let neighbourhood: String?
    public let made: Instant
    public let promise: Int
    public let met: Bool

    public init(neighbourhood: String? = nil, made: Instant, promise: Int, met: Bool) {
        self.neighbourhood = neighbourhood
        self.made = made
        self.promise = promise
        self.met = met
    }
}
