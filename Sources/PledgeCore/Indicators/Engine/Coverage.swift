/// Which months a force's records of each kind cover (docs/indicators.md, "Coverage"): a figure
/// must stand on records, so a month with no record of a kind, and not declared covered by an import, is
/// left out of that kind's indicators rather than read as a month when nothing was done.
public struct Coverage: Sendable {
    /// Per event kind, the force-local months covered (reference kinds cover every month and are absent).
    public private(set) var months: [RecordKind: Set<YearMonth>]

    public init(months: [RecordKind: Set<YearMonth>] = [:]) { self.months = months }

    /// Whether the force covers `month` for records of `kind`; nil (a reference kind) covers every month.
    public func covers(_ kind: RecordKind?, _ month: YearMonth) -> Bool {
        guard let kind else { return true }
        return months[kind]?.contains(month) ?? false
    }

    /// The months of the facts' records that had started by as-of, with the months imports declared covered.
    /// A record after as-of had not happened yet, so it covers nothing as of then.
    public init(_ facts: IndicatorFacts, window: ReportWindow) {
        var months = facts.declaredCoverage
        func note(_ kind: RecordKind, _ instants: some Sequence<Instant>) {
            var found = months[kind] ?? []
            // Records mostly come in time order: the month of one usually holds the next.
            var current: (month: YearMonth, bounds: Range<Int64>)?
            for instant in instants where instant < window.asOf {
                if let current, current.bounds.contains(instant.microseconds) { continue }
                let month = window.month(of: instant)
                let bounds = window.zone.startOfDay(month.firstDay).microseconds..<window.zone.startOfDay(month.next.firstDay).microseconds
                current = (month, bounds)
                found.insert(month)
            }
            months[kind] = found
        }
        func note(_ kind: RecordKind, days: some Sequence<LocalDate>) {
            note(kind, days.lazy.map { window.zone.startOfDay($0) })
        }
        note(.calls, facts.calls.lazy.map(\.received))
        note(.messages, facts.messages.lazy.map(\.received))
        note(.dissatisfaction, facts.dissatisfaction.lazy.map(\.received))
        note(.victims, facts.victims.lazy.map(\.reported))
        note(.realityChecks, facts.realityChecks.lazy.map(\.made))
        note(.engagements, facts.engagements.lazy.map(\.starts))
        note(.complaints, facts.complaints.lazy.map(\.received))
        note(.surveys, days: facts.surveyAnswers.lazy.map(\.respondedOn))
        note(.duty, days: facts.duty.lazy.map(\.date))
        // An update belongs to the month it reports on.
        note(.updates, facts.updates.lazy.map { window.zone.startOfDay($0.month.firstDay) })
        self.months = months
    }

    /// The months of the window's period that had begun by as-of (those a figure could stand on).
    public static func monthsInScope(_ window: ReportWindow) -> [YearMonth] {
        window.period.months.filter { window.zone.startOfDay(max($0.firstDay, window.period.start)) < window.asOf }
    }
}

/// What a result stood on: the months of the period its kind covers, and those it left out.
public struct CoverageNote: Sendable, Equatable {
    /// The kind whose records the indicator counts; nil for reference kinds (always covered).
    public let kind: RecordKind?
    /// Months of the period (begun by as-of) with no records of the kind and not declared covered.
    public let monthsLeftOut: [YearMonth]
    /// Why there is no value when no month of the period is covered ("no call records for 2007/08").
    public let noRecords: String?

    public init(kind: RecordKind?, monthsLeftOut: [YearMonth], noRecords: String?) {
        self.kind = kind
        self.monthsLeftOut = monthsLeftOut
        self.noRecords = noRecords
    }

    /// The note for an indicator counting `kind` over `window`.
    public init(kind: RecordKind?, coverage: Coverage, window: ReportWindow) {
        let scope = Coverage.monthsInScope(window)
        let left = scope.filter { !coverage.covers(kind, $0) }
        self.kind = kind
        monthsLeftOut = left
        noRecords = left.count == scope.count ? "no \(kind.map(Self.words) ?? "") records for \(window.period.label)" : nil
    }

    /// Whether no month of the period is covered: the figure has no value.
    public var isUncovered: Bool { noRecords != nil }

    /// The kind's records in words, as a reason reads them ("no engagement records").
    static func words(_ kind: RecordKind) -> String {
        switch kind {
        case .calls: "call"
        case .messages: "message"
        case .duty: "duty"
        case .engagements: "engagement"
        case .updates: "neighbourhood update"
        case .victims, .victimUpdates: "victim"
        case .dissatisfaction: "dissatisfaction"
        case .surveys: "survey"
        case .complaints: "complaint"
        case .realityChecks: "reality check"
        case .actions: "action"
        case .crimes: "crime"
        case .neighbourhoods: "neighbourhood"
        case .boundaries: "boundary"
        case .team: "team"
        case .priorities: "priority"
        }
    }
}

extension IndicatorDefinition {
    /// The kind of record the indicator counts, whose coverage it needs; nil for those measured from
    /// reference kinds (P2.published, P3.retention), which cover every month.
    public var recordKind: RecordKind? {
        switch id {
        case IndicatorID.p2Published.rawValue, IndicatorID.p3Retention.rawValue: nil
        case _ where id.hasSuffix(".reality_checks"): .realityChecks
        case _ where id.hasPrefix("P1.") || id == IndicatorID.p2Awareness.rawValue: .surveys
        case _ where id.hasPrefix("P3."): .duty
        case _ where id.hasPrefix("P4."): .messages
        case _ where id.hasPrefix("P5.") || id.hasPrefix("P6."): .calls
        case _ where id.hasPrefix("P7."): .engagements
        case _ where id.hasPrefix("P8."): .updates
        case _ where id.hasPrefix("P9."): .victims
        case _ where id.hasPrefix("P10."): .dissatisfaction
        default: nil
        }
    }
}
