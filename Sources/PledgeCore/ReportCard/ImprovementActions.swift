/// An improvement action of the force's plan, or a monitoring arrangement of the Police Authority
/// (`actions` records).
public struct ActionFact: Sendable {
    public let isImprovement: Bool
    /// The indicator whose shortfall an improvement action answers.
    public let indicator: String?
    public let openedOn: LocalDate
    public let closedOn: LocalDate?
    public let summary: String
    /// The record's `action_id`.
    public let id: String
    /// Owned by the Police Authority rather than the force.
    public let isAuthority: Bool
    /// The promise the action is about, 1–10; nil when it is about every promise.
    public let promise: Int?
    /// How the Authority checks the promise (`complaints analysis`, …), as recorded.
    public let mechanism: String?
    public let dueOn: LocalDate?

    public init(
        isImprovement: Bool, indicator: String?, openedOn: LocalDate, closedOn: LocalDate?, summary: String, id: String = "",
        isAuthority: Bool = false, promise: Int? = nil, mechanism: String? = nil, dueOn: LocalDate? = nil
    ) {
        self.isImprovement = isImprovement
        self.indicator = indicator
        self.openedOn = openedOn
        self.closedOn = closedOn
        self.summary = summary
        self.id = id
        self.isAuthority = isAuthority
        self.promise = promise
        self.mechanism = mechanism
        self.dueOn = dueOn
    }

    /// The Authority's record that a monitoring mechanism ran (owner `authority`, kind `monitoring`).
    public var isAuthorityMonitoring: Bool { isAuthority && !isImprovement }

    /// Open on `day`: opened by then and not yet closed.
    public func isOpen(on day: LocalDate) -> Bool { openedOn <= day && (closedOn.map { $0 > day } ?? true) }
}

/// What the records can count for improvement area 2 (grading.md §3): of the graded figures below their
/// target, those with an improvement action open on the as-of day that names them.
public struct ShortfallCoverage: Sendable, Equatable {
    public let covered: [String]
    public let uncovered: [String]

    public init(gradings: [IndicatorGrading], actions: [ActionFact], on day: LocalDate) {
        let short = gradings.filter { grading in
            guard grading.grade != nil, let value = grading.value, let target = grading.target else { return false }
            return value < target - IndicatorGrading.tolerance
        }.map(\.indicator.id)
        let answered = Set(actions.filter { $0.isImprovement && $0.isOpen(on: day) }.compactMap(\.indicator))
        covered = short.filter(answered.contains)
        uncovered = short.filter { !answered.contains($0) }
    }

    /// "2 of 5 figures below target have an open improvement action (…); none for …".
    public var text: String {
        let total = covered.count + uncovered.count
        guard total > 0 else { return "No graded figure is below its target." }
        var text = "\(covered.count) of \(total) figures below target \(covered.count == 1 ? "has" : "have") an open improvement action"
        if !covered.isEmpty { text += " (\(covered.joined(separator: ", ")))" }
        if !uncovered.isEmpty { text += "; none for \(uncovered.joined(separator: ", "))" }
        return text + "."
    }
}
