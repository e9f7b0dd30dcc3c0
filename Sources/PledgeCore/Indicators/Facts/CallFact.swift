/// What the engine needs to know about one call (`calls` in docs/records.md).
///
/// Held in 64 bytes: a force-year report holds every call of two years at once (two million for a large
/// force), and at 96 bytes making the array was a tenth of the report's time in page faults alone
/// (BENCHMARKS.md). Optional instants are kept as microseconds with `Int64.min` for none, and the small
/// fields as bits (see `Bits`); the properties read them back as the contract's values.
public struct CallFact: Sendable, Equatable {
    public enum Response: String, Sendable { case emergency, priority, appointment, advice, none }

    public let received: Instant
    private let answeredAt, deployedAt, arrivedAt, appointmentAt: Int64
    public let neighbourhood: String?
    private let bits: Bits

    public var answered: Instant? { Self.instant(answeredAt) }
    public var is999: Bool { bits.is999 }
    /// The call's own area type: true urban, false rural, nil not recorded (then the neighbourhood's).
    public var urban: Bool? { bits.tristate(at: Bits.urban) }
    public var vulnerable: Bool? { bits.tristate(at: Bits.vulnerable) }
    public var neighbourhoodPriority: Bool? { bits.tristate(at: Bits.neighbourhoodPriority) }
    public var response: Response? { bits.response }
    public var etaGiven: Bool? { bits.tristate(at: Bits.etaGiven) }
    public var deployed: Instant? { Self.instant(deployedAt) }
    public var arrived: Instant? { Self.instant(arrivedAt) }
    public var appointment: Instant? { Self.instant(appointmentAt) }

    public init(
        received: Instant, answered: Instant? = nil, is999: Bool, neighbourhood: String? = nil, urban: Bool? = nil,
        vulnerable: Bool? = nil, neighbourhoodPriority: Bool? = nil, response: Response? = nil, etaGiven: Bool? = nil,
        deployed: Instant? = nil, arrived: Instant? = nil, appointment: Instant? = nil
    ) {
        let bits = Bits(
            is999: is999, urban: urban, vulnerable: vulnerable, neighbourhoodPriority: neighbourhoodPriority, response: response,
            etaGiven: etaGiven)
        self.init(
            received: received, answered: answered, deployed: deployed, arrived: arrived, appointment: appointment, neighbourhood: neighbourhood,
            packedBits: bits.rawValue)
    }

    /// The call with its small fields as `packedBits` gives them: how the SQLite store's packed calls keep
    /// them, so that reading packed calls need not take the bits apart and put them together.
    package init(
        received: Instant, answered: Instant?, deployed: Instant?, arrived: Instant?, appointment: Instant?, neighbourhood: String?,
        packedBits: UInt16
    ) {
        self.received = received
        answeredAt = Self.micros(answered)
        deployedAt = Self.micros(deployed)
        arrivedAt = Self.micros(arrived)
        appointmentAt = Self.micros(appointment)
        self.neighbourhood = neighbourhood
        bits = Bits(rawValue: packedBits & Bits.used)
    }

    /// The small fields as 12 bits (`Bits`). Packed calls are stored with these bits, so their meaning is
    /// part of the store's format and must not change.
    package var packedBits: UInt16 { bits.rawValue }

    private static let none = Int64.min
    private static func micros(_ instant: Instant?) -> Int64 { instant?.microseconds ?? none }
    private static func instant(_ micros: Int64) -> Instant? { micros == none ? nil : Instant(microseconds: micros) }

    /// The small fields in 12 bits: bit 0 a 999 call; two bits each (0 none, 1 false, 2 true) for urban at 1,
    /// vulnerable at 3, neighbourhood priority at 5 and ETA given at 7; the response at 9–11 (0 none, then
    /// emergency, priority, appointment, advice, none). Stored as they are in packed calls: do not change.
    struct Bits: Equatable {
        static let urban: UInt16 = 1, vulnerable: UInt16 = 3, neighbourhoodPriority: UInt16 = 5, etaGiven: UInt16 = 7
        static let responseShift: UInt16 = 9
        /// The bits that mean anything.
        static let used: UInt16 = 0x0FFF
        let rawValue: UInt16

        init(rawValue: UInt16) { self.rawValue = rawValue }

        init(is999: Bool, urban: Bool?, vulnerable: Bool?, neighbourhoodPriority: Bool?, response: Response?, etaGiven: Bool?) {
            func tristate(_ value: Bool?, at shift: UInt16) -> UInt16 { (value.map { $0 ? 2 : 1 } ?? 0) << shift }
            let code: UInt16 =
                switch response {
                case nil: 0
                case .emergency: 1
                case .priority: 2
                case .appointment: 3
                case .advice: 4
                case .some(.none): 5
                }
            rawValue =
                (is999 ? 1 : 0) | tristate(urban, at: Self.urban) | tristate(vulnerable, at: Self.vulnerable)
                | tristate(neighbourhoodPriority, at: Self.neighbourhoodPriority) | tristate(etaGiven, at: Self.etaGiven)
                | code << Self.responseShift
        }

        var is999: Bool { rawValue & 1 != 0 }

        func tristate(at shift: UInt16) -> Bool? {
            switch (rawValue >> shift) & 3 {
            case 1: false
            case 2: true
            default: nil
            }
        }

        var response: Response? {
            switch (rawValue >> Self.responseShift) & 7 {
            case 1: .emergency
            case 2: .priority
            case 3: .appointment
            case 4: .advice
            case 5: Response.none
            default: nil
            }
        }
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

    /// The call as seen at `asOf`: an answer, dispatch or arrival after it had not happened yet and reads
    /// blank. The appointment is kept: it is the time agreed when the call was handled, not an event.
    init(_ call: CallFact, asOf: Instant) {
        received = call.received
        answeredAt = RuleContext.seen(call.answered, asOf: asOf)?.microseconds ?? Self.none
        deployedAt = RuleContext.seen(call.deployed, asOf: asOf)?.microseconds ?? Self.none
        arrivedAt = RuleContext.seen(call.arrived, asOf: asOf)?.microseconds ?? Self.none
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
