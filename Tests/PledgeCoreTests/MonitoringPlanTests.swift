import PledgeCore
import Testing

/// The Police Authority's monitoring plan: the default plan against the Leicestershire Police Authority's
/// paper on monitoring the Pledge (docs/authority.md), the spellings of a mechanism and the
/// windows of each frequency (aligned to the financial year, April to March).
@Suite("monitoring plan")
struct MonitoringPlanTests {
    /// The paper's "PA action" column, read promise by promise, as the mechanisms the plan can name. Written
    /// from the paper, not from the code.
    static let paper: [(promise: Int?, mechanisms: Set<String>)] = [
        // 1. "(a) Analysis of complaints by PSD through PSCtee. (b) may also impact on existing diversity duties
        // and therefore brings a new impetus to equalities and human rights monitoring. (c) monitoring of local
        // objective 4."
        // (b) names no mechanism; equalities monitoring of a promise about fair treatment is the group-gap
        // reading of the Authority's questionnaires (the paper's "In addition … questions asked on Council
        // Tax Questionnaire, Community Consultation Questionnaire, and Youth Questionnaire"). (c) a local
        // objective is reported in the Authority's quarterly performance report (see 3 (a)).
        (1, ["complaints-analysis", "questionnaire", "quarterly-report"]),
        // 2. "(a) Force can make formal reports to PA indicating what done to fulfil this promise from time to
        // time, eg to PA meeting on 30 June (b) anecdotal evidence when members visit a police station"
        (2, ["force-report", "member-visit"]),
        // 3. "(a) Visibility is something PA monitors by having and monitoring a local objective about
        // abstraction. This is reported to the Authority each quarter. (b) Staff turnover - Force can make
        // formal reports to PA …"
        (3, ["quarterly-report", "force-report"]),
        // 4. "(a) Ensure policy is in place and receive information form Force about measures taken … (b) Get
        // anecdotal evidence where interacting with any level of police officer/staff. (c) Look at complaints
        // that come in where this has not been kept."
        (4, ["force-report", "member-visit", "complaints-analysis"]),
        // 5. "(a) Contact Management Panel to monitor. (b) 999s data could usefully be in PA quarterly meeting
        // report on performance too"
        (5, ["contact-management-panel", "quarterly-report"]),
        // 6. "(a) Contact Management Panel to monitor."
        (6, ["contact-management-panel"]),
        // 7. "(a) receive information from Force about measures taken to ensure promise is kept"
        (7, ["force-report"]),
        // 8. "(a) Members could raise this from time to time with LPU commanders. (b) Ask the public at public
        // meetings/events. (c) Ask councillor colleagues for their views … (d) Monitor force web for material
        // that is relevant and timely"
        // (a) and (c) are both members asking: one mechanism, member visit.
        (8, ["member-visit", "public-meeting", "website-check"]),
        // 9. "(a) PA job here is to ensure policy is in place underpinning this. Then pick up through sampling of
        // complaints where it is going wrong. (b) Members could also raise this from time to time with LPU
        // commanders"
        (9, ["force-report", "dip-sample", "member-visit"]),
        // 10. "(a) receive information form Force about measures taken to ensure promise is kept"
        (10, ["force-report"]),
        // "This is the promise to keep the 10 promises. This will come to the Constabulary as a complaint. We
        // shall pick up this through analysis of the complaints data and dipsampling via Professional Standards."
        (nil, ["complaints-analysis", "dip-sample"]),
    ]

    @Test("the default plan names, for each promise and the promise to keep the promises, exactly the paper's PA actions")
    func defaultMatchesPaper() {
        let plan = MonitoringPlan.leicestershireDefault
        #expect(plan.isDefault)
        #expect(Self.paper.map(\.promise) == MonitoringPlan.scopes)
        for (promise, mechanisms) in Self.paper {
            let planned = plan.entries(for: promise).map(\.mechanism.id)
            #expect(Set(planned) == mechanisms, "\(MonitoringPlan.scopeName(promise))")
            #expect(planned.count == Set(planned).count, "\(MonitoringPlan.scopeName(promise)): one entry per mechanism")
        }
        // Nothing outside the eleven scopes.
        #expect(plan.entries.count == Self.paper.map(\.mechanisms.count).reduce(0, +))
    }

    @Test("every promise and the promise to keep the promises has at least one mechanism, each a known one")
    func everyPromiseMonitored() {
        let plan = MonitoringPlan.leicestershireDefault
        let scopes: [Int?] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, nil]
        for promise in scopes {
            #expect(!plan.entries(for: promise).isEmpty, "\(MonitoringPlan.scopeName(promise))")
        }
        for entry in plan.entries {
            #expect(MonitoringMechanism.known.contains(entry.mechanism), "\(entry.mechanism)")
            #expect(!entry.note.isEmpty)
        }
    }

    @Test("what the paper says is reported each quarter is quarterly in the default plan")
    func paperFrequencies() {
        let plan = MonitoringPlan.leicestershireDefault
        func frequency(_ promise: Int?, _ mechanism: MonitoringMechanism) -> MonitoringFrequency? {
            plan.entries(for: promise).first { $0.mechanism == mechanism }?.frequency
        }
        // 3 (a): "This is reported to the Authority each quarter."
        #expect(frequency(3, .quarterlyReport) == .quarterly)
        // 5 (b): "PA quarterly meeting report on performance".
        #expect(frequency(5, .quarterlyReport) == .quarterly)
        // "from time to time" formal reports: less often than quarterly.
        for promise in [2, 3, 4, 7, 9, 10] {
            let months = frequency(promise, .forceReport)?.months ?? 0
            #expect(months > 3, "promise \(promise)")
        }
    }

    @Test("entries are in promise order, the promise to keep the promises last, then mechanism order")
    func entryOrder() {
        let plan = MonitoringPlan(entries: [
            .init(promise: nil, mechanism: .dipSample, frequency: .quarterly),
            .init(promise: 5, mechanism: .quarterlyReport, frequency: .quarterly),
            .init(promise: 10, mechanism: .forceReport, frequency: .yearly),
            .init(promise: 5, mechanism: .contactManagementPanel, frequency: .monthly),
            .init(promise: 2, mechanism: MonitoringMechanism("press cuttings")!, frequency: .yearly),
            .init(promise: 2, mechanism: .forceReport, frequency: .yearly),
        ])
        #expect(!plan.isDefault)
        #expect(
            plan.entries.map { "\($0.promise.map(String.init) ?? "-") \($0.mechanism)" } == [
                "2 force-report", "2 press-cuttings", "5 contact-management-panel", "5 quarterly-report", "10 force-report", "- dip-sample",
            ])
        #expect(MonitoringPlan.scopeName(5) == "Promise 5")
        #expect(MonitoringPlan.scopeName(nil) == "The promise to keep the promises")
    }

    @Test(
        "any spelling of a mechanism is the same mechanism",
        arguments: [
            ("Complaints analysis", "complaints-analysis"), ("complaints-analysis", "complaints-analysis"),
            ("complaints_analysis", "complaints-analysis"), ("  Complaints   Analysis. ", "complaints-analysis"),
            ("CONTACT MANAGEMENT PANEL", "contact-management-panel"), ("Contact-Management_Panel", "contact-management-panel"),
            ("CMP", "contact-management-panel"), ("dip sample", "dip-sample"), ("Dip sampling", "dip-sample"),
            ("Force reports", "force-report"), ("website", "website-check"), ("Reality check 2", "reality-check-2"),
        ])
    func spellings(text: String, slug: String) throws {
        let mechanism = try #require(MonitoringMechanism(text))
        #expect(mechanism.id == slug)
    }

    @Test("blank or punctuation-only text is no mechanism; the name is the slug in words")
    func blankAndName() {
        #expect(MonitoringMechanism("") == nil)
        #expect(MonitoringMechanism("   ") == nil)
        #expect(MonitoringMechanism(" - _ ") == nil)
        #expect(MonitoringMechanism("Complaints analysis") == .complaintsAnalysis)
        #expect(MonitoringMechanism.complaintsAnalysis.name == "Complaints analysis")
        #expect(MonitoringMechanism.contactManagementPanel.name == "Contact management panel")
        // Known mechanisms sort in the plan's order, others after them by slug.
        #expect(MonitoringMechanism.complaintsAnalysis < MonitoringMechanism.websiteCheck)
        #expect(MonitoringMechanism.websiteCheck < MonitoringMechanism("another thing")!)
        #expect(MonitoringMechanism("another thing")! < MonitoringMechanism("zebra crossing")!)
    }

    @Test("frequencies in words: any case, annual and six-monthly understood")
    func frequencyWords() {
        #expect(MonitoringFrequency(text: "Quarterly") == .quarterly)
        #expect(MonitoringFrequency(text: " MONTHLY ") == .monthly)
        #expect(MonitoringFrequency(text: "Half yearly") == .halfYearly)
        #expect(MonitoringFrequency(text: "six-monthly") == .halfYearly)
        #expect(MonitoringFrequency(text: "Annual") == .yearly)
        #expect(MonitoringFrequency(text: "annually") == .yearly)
        #expect(MonitoringFrequency(text: "fortnightly") == nil)
        #expect(MonitoringFrequency(text: "") == nil)
        #expect(MonitoringFrequency.allCases.map(\.months) == [1, 3, 6, 12])
    }

    /// `"2009-04..2009-07"`: the window's first month and the month after its last.
    static func window(_ frequency: MonitoringFrequency, _ month: String) -> String {
        let window = frequency.window(containing: YearMonth(month)!)
        return "\(window.first)..\(window.end)"
    }

    @Test(
        "windows are aligned to the financial year: quarters from April, half-years April–September and October–March",
        arguments: [
            // The brief's three: the quarterly window of May 2009 is April–June…
            (MonitoringFrequency.quarterly, "2009-05", "2009-04..2009-07"),
            // …the half-yearly window of November is October–March…
            (.halfYearly, "2009-11", "2009-10..2010-04"),
            // …and the yearly window of February 2009 is April 2008–March 2009.
            (.yearly, "2009-02", "2008-04..2009-04"),
            (.monthly, "2009-02", "2009-02..2009-03"),
            (.monthly, "2008-12", "2008-12..2009-01"),
            (.quarterly, "2009-04", "2009-04..2009-07"),
            (.quarterly, "2009-06", "2009-04..2009-07"),
            (.quarterly, "2009-03", "2009-01..2009-04"),
            (.quarterly, "2008-12", "2008-10..2009-01"),
            (.quarterly, "2009-01", "2009-01..2009-04"),
            (.halfYearly, "2010-03", "2009-10..2010-04"),
            (.halfYearly, "2010-01", "2009-10..2010-04"),
            (.halfYearly, "2009-09", "2009-04..2009-10"),
            (.halfYearly, "2009-04", "2009-04..2009-10"),
            (.yearly, "2009-03", "2008-04..2009-04"),
            (.yearly, "2009-04", "2009-04..2010-04"),
            (.yearly, "2008-12", "2008-04..2009-04"),
        ])
    func windows(frequency: MonitoringFrequency, month: String, expected: String) {
        #expect(Self.window(frequency, month) == expected)
    }
}
