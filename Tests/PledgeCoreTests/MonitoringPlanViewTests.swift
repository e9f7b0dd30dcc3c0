import PledgeCore
import Testing

/// The monitoring plan against what the Authority recorded doing, over the financial year 2008/09 (its
/// calendar quarters 2008-Q2 April–June, 2008-Q3 July–September, 2008-Q4 October–December and 2009-Q1
/// January–March), from hand-built actions.
@Suite("monitoring plan view")
struct MonitoringPlanViewTests {
    static let year = Period("2008/09")!

    static func day(_ text: String) -> LocalDate { LocalDate(text)! }

    /// An Authority monitoring action (owner `authority`, kind `monitoring`).
    static func monitoring(
        _ id: String, promise: Int?, mechanism: String?, opened: String = "2008-04-01", due: String? = nil, closed: String?
    ) -> ActionFact {
        ActionFact(
            isImprovement: false, indicator: nil, openedOn: day(opened), closedOn: closed.map(day), summary: "monitoring \(id)", id: id,
            isAuthority: true, promise: promise, mechanism: mechanism, dueOn: due.map(day))
    }

    static func view(_ actions: [ActionFact], asOf: String, plan: MonitoringPlan = .leicestershireDefault, period: Period = year)
        -> MonitoringPlanView
    {
        MonitoringPlanView(plan: plan, actions: actions, period: period, asOfDay: day(asOf))
    }

    static func cell(_ view: MonitoringPlanView, _ promise: Int?, _ quarter: String) -> MonitoringPlanView.Cell {
        let row = view.rows.first { $0.promise == promise }!
        return row.cells.first { $0.quarter.label == quarter }!
    }

    static func status(
        _ view: MonitoringPlanView, _ promise: Int?, _ mechanism: MonitoringMechanism, _ quarter: String
    ) -> MonitoringPlanView.Status? {
        cell(view, promise, quarter).entries.first { $0.entry.mechanism == mechanism }?.status
    }

    static let quarters = ["2008-Q2", "2008-Q3", "2008-Q4", "2009-Q1"]

    @Test("the view has a row for each promise and the promise to keep the promises, and a cell per calendar quarter")
    func shape() {
        let view = Self.view([], asOf: "2009-03-31")
        #expect(view.rows.map(\.promise) == (1...10).map { $0 } + [nil])
        #expect(view.quarters.map(\.label) == Self.quarters)
        for row in view.rows {
            #expect(row.cells.map(\.quarter.label) == Self.quarters)
            for cell in row.cells {
                #expect(cell.entries.map(\.entry) == MonitoringPlan.leicestershireDefault.entries(for: row.promise))
            }
        }
    }

    @Test("a quarterly mechanism run in a quarter shows ran there; an ended quarter without a run is overdue; one not ended is due")
    func quarterly() {
        // The Contact Management Panel met about promise 5 on 15 August 2008 (2008-Q3).
        let actions = [Self.monitoring("CMP-1", promise: 5, mechanism: "contact management panel", closed: "2008-08-15")]
        let view = Self.view(actions, asOf: "2009-01-10")
        let panel = MonitoringMechanism.contactManagementPanel
        #expect(Self.status(view, 5, panel, "2008-Q3") == .ran([Self.day("2008-08-15")]))
        // October–December ended on 31 December with no meeting.
        #expect(Self.status(view, 5, panel, "2008-Q4") == .overdue)
        #expect(Self.status(view, 5, panel, "2008-Q2") == .overdue)
        // January–March has not ended on 10 January: due by 1 April (that is, by 31 March).
        #expect(Self.status(view, 5, panel, "2009-Q1") == .due(by: Self.day("2009-04-01")))
        // The run counted for promise 5 only: promise 6's panel did not run.
        #expect(Self.status(view, 6, panel, "2008-Q3") == .overdue)
        #expect(Self.cell(view, 5, "2008-Q3").runs.map(\.id) == ["CMP-1"])
        #expect(Self.cell(view, 6, "2008-Q3").runs.isEmpty)
        #expect(Self.cell(view, 5, "2008-Q4").overdue.map(\.mechanism) == [.contactManagementPanel, .quarterlyReport])
    }

    @Test("a quarter is ended on its last day: overdue as of 31 December, still due as of 30 December")
    func quarterEndBoundary() {
        let panel = MonitoringMechanism.contactManagementPanel
        #expect(Self.status(Self.view([], asOf: "2008-12-31"), 5, panel, "2008-Q4") == .overdue)
        #expect(Self.status(Self.view([], asOf: "2008-12-30"), 5, panel, "2008-Q4") == .due(by: Self.day("2009-01-01")))
        // A quarter starting after the as-of day has not started; one starting on it has.
        #expect(Self.status(Self.view([], asOf: "2008-12-31"), 5, panel, "2009-Q1") == .notStarted)
        #expect(Self.status(Self.view([], asOf: "2009-01-01"), 5, panel, "2009-Q1") == .due(by: Self.day("2009-04-01")))
        #expect(MonitoringPlanView.Status.notStarted.word == "not started")
        #expect(MonitoringPlanView.Status.ranInWindow(Self.day("2009-01-01")).word == "ran in window")
    }

    @Test("a yearly force report run in the first quarter shows ran there and ran in window in the rest of the financial year")
    func yearlyRan() {
        let actions = [Self.monitoring("FR-2", promise: 2, mechanism: "Force report", closed: "2008-06-30")]
        let view = Self.view(actions, asOf: "2009-04-30")
        let report = MonitoringMechanism.forceReport
        #expect(Self.status(view, 2, report, "2008-Q2") == .ran([Self.day("2008-06-30")]))
        for quarter in ["2008-Q3", "2008-Q4", "2009-Q1"] {
            #expect(Self.status(view, 2, report, quarter) == .ranInWindow(Self.day("2008-06-30")), "\(quarter)")
        }
        // Promise 2's other mechanism, member visits, is quarterly and never ran.
        #expect(Self.status(view, 2, .memberVisit, "2008-Q3") == .overdue)
        // Promise 7's force report did not run: the run was for promise 2.
        #expect(Self.status(view, 7, report, "2009-Q1") == .overdue)
    }

    @Test("a yearly force report never run is due in the earlier quarters, ended or not, and overdue only in the last once it ends")
    func yearlyNeverRun() {
        let report = MonitoringMechanism.forceReport
        let late = Self.view([], asOf: "2009-03-31")
        for quarter in ["2008-Q2", "2008-Q3", "2008-Q4"] {
            #expect(Self.status(late, 7, report, quarter) == .due(by: Self.day("2009-04-01")), "\(quarter)")
        }
        #expect(Self.status(late, 7, report, "2009-Q1") == .overdue)
        // A day earlier the financial year has not ended: still due.
        let earlier = Self.view([], asOf: "2009-03-30")
        #expect(Self.status(earlier, 7, report, "2009-Q1") == .due(by: Self.day("2009-04-01")))
        // In the autumn the later quarters have not started.
        let autumn = Self.view([], asOf: "2008-10-15")
        #expect(Self.status(autumn, 7, report, "2008-Q2") == .due(by: Self.day("2009-04-01")))
        #expect(Self.status(autumn, 7, report, "2008-Q4") == .due(by: Self.day("2009-04-01")))
        #expect(Self.status(autumn, 7, report, "2009-Q1") == .notStarted)
    }

    @Test("a run in the previous financial year does not count in this one's window")
    func previousYearRun() {
        let actions = [Self.monitoring("FR-OLD", promise: 7, mechanism: "force report", closed: "2008-03-20")]
        let view = Self.view(actions, asOf: "2009-03-31")
        #expect(Self.status(view, 7, .forceReport, "2008-Q2") == .due(by: Self.day("2009-04-01")))
        #expect(Self.status(view, 7, .forceReport, "2009-Q1") == .overdue)
        #expect(Self.cell(view, 7, "2008-Q2").runs.isEmpty)
    }

    @Test("a half-yearly mechanism is due in the first quarter of its half and overdue in the second once it ends")
    func halfYearly() {
        let plan = MonitoringPlan(entries: [.init(promise: 4, mechanism: .memberVisit, frequency: .halfYearly)])
        let ran = [Self.monitoring("MV-1", promise: 4, mechanism: "member visits", closed: "2008-11-05")]
        let view = Self.view(ran, asOf: "2009-03-31", plan: plan)
        // April–September: no visit.
        #expect(Self.status(view, 4, .memberVisit, "2008-Q2") == .due(by: Self.day("2008-10-01")))
        #expect(Self.status(view, 4, .memberVisit, "2008-Q3") == .overdue)
        // October–March: the visit of 5 November.
        #expect(Self.status(view, 4, .memberVisit, "2008-Q4") == .ran([Self.day("2008-11-05")]))
        #expect(Self.status(view, 4, .memberVisit, "2009-Q1") == .ranInWindow(Self.day("2008-11-05")))
    }

    @Test("a monthly mechanism ran in a quarter only when it ran in each of its months")
    func monthly() {
        let plan = MonitoringPlan(entries: [.init(promise: 5, mechanism: .contactManagementPanel, frequency: .monthly)])
        let runs = ["2008-07-03", "2008-08-29", "2008-09-30", "2008-10-10", "2008-12-01"].enumerated().map { index, closed in
            Self.monitoring("CMP-\(index)", promise: 5, mechanism: "CMP", closed: closed)
        }
        let view = Self.view(runs, asOf: "2008-12-15", plan: plan)
        let panel = MonitoringMechanism.contactManagementPanel
        #expect(Self.status(view, 5, panel, "2008-Q3") == .ran(["2008-07-03", "2008-08-29", "2008-09-30"].map(Self.day)))
        // November ended without a meeting.
        #expect(Self.status(view, 5, panel, "2008-Q4") == .overdue)
        let plannedOnly = Self.view(Array(runs.prefix(3)), asOf: "2008-10-20", plan: plan)
        // October has not ended yet: due by the end of the last month missed.
        #expect(Self.status(plannedOnly, 5, panel, "2008-Q4") == .due(by: Self.day("2009-01-01")))
    }

    @Test("a promise with no runs in an ended quarter is unmonitored; a quarter not yet ended or not started is not")
    func unmonitored() {
        // Promise 7 is visited by a member (not in its plan) in July: it was monitored in 2008-Q3 all the same.
        let actions = [Self.monitoring("MV-7", promise: 7, mechanism: "member visit", closed: "2008-07-20")]
        let view = Self.view(actions, asOf: "2008-11-15")
        #expect(Self.cell(view, 7, "2008-Q2").unmonitored)
        #expect(!Self.cell(view, 7, "2008-Q3").unmonitored)
        #expect(Self.cell(view, 7, "2008-Q3").runs.map(\.id) == ["MV-7"])
        #expect(!Self.cell(view, 7, "2008-Q4").unmonitored, "October–December has not ended on 15 November")
        #expect(!Self.cell(view, 7, "2009-Q1").unmonitored)
        #expect(Self.cell(view, 3, "2008-Q3").unmonitored)
        let list = view.unmonitored
        #expect(list.first { $0.promise == 7 }?.quarters == ["2008-Q2"])
        #expect(list.first { $0.promise == 3 }?.quarters == ["2008-Q2", "2008-Q3"])
        #expect(list.map { $0.promise } == (1...10).map { $0 } + [nil])
        // The quarter is ended on its last day.
        #expect(Self.cell(Self.view([], asOf: "2008-09-30"), 7, "2008-Q3").unmonitored)
        #expect(!Self.cell(Self.view([], asOf: "2008-09-29"), 7, "2008-Q3").unmonitored)
    }

    @Test("an action naming no promise runs its mechanism for every promise whose plan uses it, and for no other")
    func blankPromise() {
        let actions = [Self.monitoring("CMP-ALL", promise: nil, mechanism: "contact management panel", closed: "2008-08-01")]
        let view = Self.view(actions, asOf: "2009-03-31")
        for promise in [5, 6] {
            #expect(Self.status(view, promise, .contactManagementPanel, "2008-Q3") == .ran([Self.day("2008-08-01")]), "promise \(promise)")
            #expect(Self.cell(view, promise, "2008-Q3").runs.map(\.id) == ["CMP-ALL"])
            #expect(!Self.cell(view, promise, "2008-Q3").unmonitored)
        }
        let others: [Int?] = [1, 2, 3, 4, 7, 8, 9, 10, nil]
        for promise in others {
            #expect(Self.cell(view, promise, "2008-Q3").runs.isEmpty, "\(MonitoringPlan.scopeName(promise))")
            #expect(Self.cell(view, promise, "2008-Q3").unmonitored)
        }
        #expect(Self.status(view, 1, .complaintsAnalysis, "2008-Q3") == .overdue)
    }

    @Test("an action naming no promise with a mechanism no plan entry uses, or none, counts for the promise to keep the promises")
    func blankPromiseUnplanned() {
        let actions = [
            Self.monitoring("RC", promise: nil, mechanism: "reality check", closed: "2008-05-01"),
            Self.monitoring("BLANK", promise: nil, mechanism: nil, closed: "2008-05-02"),
            Self.monitoring("CA", promise: nil, mechanism: "Complaints Analysis", closed: "2008-05-03"),
        ]
        let view = Self.view(actions, asOf: "2009-03-31")
        #expect(Self.cell(view, nil, "2008-Q2").runs.map(\.id) == ["RC", "BLANK", "CA"])
        // Complaints analysis is in the plan of promises 1 and 4 and of the promise to keep the promises.
        #expect(Self.cell(view, 1, "2008-Q2").runs.map(\.id) == ["CA"])
        #expect(Self.cell(view, 4, "2008-Q2").runs.map(\.id) == ["CA"])
        #expect(Self.cell(view, 2, "2008-Q2").runs.isEmpty)
        #expect(Self.status(view, nil, .complaintsAnalysis, "2008-Q2") == .ran([Self.day("2008-05-03")]))
        #expect(Self.status(view, nil, .dipSample, "2008-Q2") == .overdue)
    }

    @Test("monitoring actions not closed whose due day has passed are overdue actions; force improvement actions are ignored")
    func overdueActionsAndForceActions() {
        let actions = [
            Self.monitoring("LATE-2", promise: 9, mechanism: "dip sample", due: "2008-12-01", closed: nil),
            Self.monitoring("LATE-1", promise: 5, mechanism: "CMP", due: "2008-11-30", closed: nil),
            Self.monitoring("DUE-TODAY", promise: 5, mechanism: "CMP", due: "2009-01-10", closed: nil),
            Self.monitoring("NOT-YET", promise: 5, mechanism: "CMP", due: "2009-02-01", closed: nil),
            Self.monitoring("NO-DUE", promise: 5, mechanism: "CMP", closed: nil),
            Self.monitoring("CLOSED-LATE", promise: 5, mechanism: "CMP", due: "2008-11-01", closed: "2008-11-20"),
            // The force's own improvement action, with the panel's mechanism, in 2008-Q3 and past due: not monitoring.
            ActionFact(
                isImprovement: true, indicator: "P5.eta_given", openedOn: Self.day("2008-07-01"), closedOn: Self.day("2008-08-10"),
                summary: "ETAs", id: "FORCE-1", isAuthority: false, promise: 5, mechanism: "contact management panel"),
            ActionFact(
                isImprovement: true, indicator: "P5.answer_10s", openedOn: Self.day("2008-07-01"), closedOn: nil, summary: "999s",
                id: "FORCE-2", isAuthority: false, promise: 5, mechanism: nil, dueOn: Self.day("2008-09-01")),
            // An Authority improvement action is not monitoring either.
            ActionFact(
                isImprovement: true, indicator: nil, openedOn: Self.day("2008-07-01"), closedOn: Self.day("2008-08-11"), summary: "plan",
                id: "PA-IMP", isAuthority: true, promise: 5, mechanism: "CMP", dueOn: Self.day("2008-08-01")),
        ]
        let view = Self.view(actions, asOf: "2009-01-10")
        #expect(view.overdueActions.map(\.id) == ["LATE-1", "LATE-2"])
        #expect(Self.cell(view, 5, "2008-Q3").runs.isEmpty)
        #expect(Self.cell(view, 5, "2008-Q3").unmonitored)
        #expect(Self.status(view, 5, .contactManagementPanel, "2008-Q3") == .overdue)
        // The Authority's late panel meeting of 20 November ran in 2008-Q4.
        #expect(Self.status(view, 5, .contactManagementPanel, "2008-Q4") == .ran([Self.day("2008-11-20")]))
    }

    /// The figures as of a day describe that day: a run recorded as closed after it had not happened then
    /// (as `QuarterlyReport.ActionState` already reads a closing day after the as-of day).
    @Test("as of a day, a run closed after that day has not run yet, and an action it closes is still overdue")
    func runsAfterAsOf() {
        let actions = [
            Self.monitoring("FR-LATER", promise: 2, mechanism: "force report", due: "2008-06-30", closed: "2008-11-10"),
            Self.monitoring("CMP-LATER", promise: 5, mechanism: "CMP", closed: "2008-09-20"),
        ]
        let view = Self.view(actions, asOf: "2008-09-10")
        #expect(Self.status(view, 2, .forceReport, "2008-Q2") == .due(by: Self.day("2009-04-01")))
        #expect(Self.status(view, 5, .contactManagementPanel, "2008-Q3") == .due(by: Self.day("2008-10-01")))
        #expect(Self.cell(view, 5, "2008-Q3").runs.isEmpty)
        #expect(view.overdueActions.map(\.id) == ["FR-LATER"])
        // Closed on the as-of day itself: it ran.
        let onTheDay = Self.view(actions, asOf: "2008-09-20")
        #expect(Self.status(onTheDay, 5, .contactManagementPanel, "2008-Q3") == .ran([Self.day("2008-09-20")]))
        #expect(Self.status(onTheDay, 2, .forceReport, "2008-Q2") == .due(by: Self.day("2009-04-01")))
        // Once the report is given it ran in the window, and it is no longer an overdue action.
        let later = Self.view(actions, asOf: "2008-11-10")
        #expect(Self.status(later, 2, .forceReport, "2008-Q2") == .ranInWindow(Self.day("2008-11-10")))
        #expect(later.overdueActions.isEmpty)
    }

    @Test("calendar quarters of a period: every quarter it touches, labelled")
    func calendarQuarters() {
        #expect(Period("2008/09")!.calendarQuarters.map(\.label) == Self.quarters)
        let q = Period("2009-02-15..2009-05-10")!.calendarQuarters
        #expect(q.map(\.label) == ["2009-Q1", "2009-Q2"])
        #expect(q.map(\.start) == [Self.day("2009-01-01"), Self.day("2009-04-01")])
        #expect(q.map(\.end) == [Self.day("2009-04-01"), Self.day("2009-07-01")])
        #expect(Period("2009-05")!.calendarQuarters.map(\.label) == ["2009-Q2"])
        #expect(Period("2008-12-31..2009-01-01")!.calendarQuarters.map(\.label) == ["2008-Q4", "2009-Q1"])
    }

    static func span(_ period: Period) -> String { "\(period.label) \(period.start)..<\(period.end)" }

    @Test("the same span a year earlier, for each form of period")
    func yearEarlier() {
        #expect(Self.span(Period("2009-Q1")!.yearEarlier) == "2008-Q1 2008-01-01..<2008-04-01")
        #expect(Self.span(Period("2009-Q4")!.yearEarlier) == "2008-Q4 2008-10-01..<2009-01-01")
        #expect(Self.span(Period("2008/09")!.yearEarlier) == "2007/08 2007-04-01..<2008-04-01")
        #expect(Self.span(Period("2000/01")!.yearEarlier) == "1999/00 1999-04-01..<2000-04-01")
        #expect(Self.span(Period("2009-03")!.yearEarlier) == "2008-03 2008-03-01..<2008-04-01")
        #expect(Self.span(Period("2008-02")!.yearEarlier) == "2007-02 2007-02-01..<2007-03-01")
        #expect(Self.span(Period("2009-05-04..2009-06-07")!.yearEarlier) == "2008-05-04..2008-06-07 2008-05-04..<2008-06-08")
        // 29 February becomes the 28th.
        #expect(Self.span(Period("2008-02-29..2008-03-05")!.yearEarlier) == "2007-02-28..2007-03-05 2007-02-28..<2007-03-06")
    }

    /// A span ending on 28 February 2008 ends the day before 29 February: a year earlier it still ends on
    /// the 28th (2007 has no 29th to stop before).
    @Test("a span whose last day is 28 February of a leap year keeps 28 February a year earlier")
    func yearEarlierEndingBeforeLeapDay() {
        #expect(Self.span(Period("2008-02-10..2008-02-28")!.yearEarlier) == "2007-02-10..2007-02-28 2007-02-10..<2007-03-01")
        #expect(Self.span(Period("2008-02-10..2008-02-29")!.yearEarlier) == "2007-02-10..2007-02-28 2007-02-10..<2007-03-01")
    }
}
