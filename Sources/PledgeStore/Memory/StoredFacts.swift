import PledgeCore

/// The facts the indicator engine reads, from stored records, field by field as `SQLiteStore+Facts.swift`
/// reads them from its columns (calls use `CallFact(_:)` from PledgeCore).
extension MessageFact {
    init(stored fields: StoredFields) {
        self.init(
            neighbourhood: fields.cString("neighbourhood_id")!, received: fields.instant("received_at")!, responded: fields.instant("responded_at"),
            escalated: fields.instant("escalated_at"))
    }
}

extension DissatisfactionFact {
    init(stored fields: StoredFields) {
        self.init(
            neighbourhood: fields.text("neighbourhood_id"), received: fields.instant("received_at")!, acknowledged: fields.instant("acknowledged_at"),
            discussed: fields.instant("discussed_at"), callbackConsent: fields.flag("callback_consent"))
    }
}

extension VictimFact {
    init(stored fields: StoredFields, updates: [Instant]) {
        self.init(
            neighbourhood: fields.cString("neighbourhood_id"), reported: fields.instant("reported_at")!, contactAgreed: fields.flag("contact_agreed"),
            intervalDays: fields.int("interval_days"), agreedUntil: fields.date("agreed_until"), closed: fields.instant("closed_at"), updates: updates)
    }
}

extension RealityCheckFact {
    init(stored fields: StoredFields) {
        self.init(
            neighbourhood: fields.text("neighbourhood_id"), made: fields.instant("made_at")!, promise: fields.int("pledge_point")!,
            met: fields.text("outcome") == "met")
    }
}

extension SurveyAnswerFact {
    init(stored fields: StoredFields) {
        self.init(
            neighbourhood: fields.cString("neighbourhood_id"), respondedOn: fields.date("responded_on")!, question: fields.cString("question")!,
            answer: fields.cString("answer")!, group: fields.cString("group"), survey: fields.cString("survey")!)
    }
}

extension ComplaintFact {
    init(stored fields: StoredFields) {
        self.init(
            received: fields.instant("received_at")!, category: fields.text("category")!, promise: fields.int("pledge_point"),
            id: fields.text("complaint_id")!, neighbourhood: fields.text("neighbourhood_id"))
    }
}

extension NeighbourhoodFact {
    init(stored fields: StoredFields) {
        func present(_ name: String) -> Bool { !(fields.text(name) ?? "").isEmpty }
        self.init(id: fields.text("neighbourhood_id")!, hasName: present("name"), hasBase: present("base"), hasContact: present("phone") || present("email"))
    }
}

extension EngagementFact {
    init(stored fields: StoredFields) {
        self.init(
            neighbourhood: fields.text("neighbourhood_id")!, starts: fields.instant("starts_at")!, prioritiesAgreed: fields.flag("priorities_agreed"),
            attendees: fields.int("attendees"))
    }
}

extension UpdateFact {
    init(stored fields: StoredFields) {
        // `has_crime_map = 1 AND … = 1`: NULL (not recorded) makes it false, as does any 0.
        let complete = ["has_crime_map", "has_justice_outcomes", "has_partner_action", "has_force_performance"].allSatisfy { fields.flag($0) == true }
        self.init(
            id: fields.text("update_id")!, neighbourhood: fields.text("neighbourhood_id")!, month: fields.month("month")!,
            publishedOn: fields.date("published_on")!, complete: complete)
    }
}

extension PostingFact {
    init(stored fields: StoredFields) {
        self.init(neighbourhood: fields.text("neighbourhood_id")!, startedOn: fields.date("started_on")!, endedOn: fields.date("ended_on"))
    }
}

extension ActionFact {
    init(stored fields: StoredFields) {
        self.init(
            isImprovement: fields.text("kind") == "improvement", indicator: fields.text("indicator"), openedOn: fields.date("opened_on")!,
            closedOn: fields.date("closed_on"), summary: fields.text("summary")!, id: fields.text("action_id")!,
            isAuthority: fields.text("owner") == "authority", promise: fields.int("pledge_point"), mechanism: fields.text("mechanism"),
            dueOn: fields.date("due_on"))
    }
}

extension DutyFact {
    /// Nil for a day without a neighbourhood or date (the SQLite store skips those rows).
    init?(stored fields: StoredFields) {
        guard let neighbourhood = fields.cString("neighbourhood_id"), let date = fields.date("date") else { return nil }
        self.init(
            neighbourhood: neighbourhood, date: date, hoursOnDuty: fields.number("hours_on_duty") ?? 0, hoursVisible: fields.number("hours_visible") ?? 0,
            hoursAbstracted: fields.number("hours_abstracted") ?? 0)
    }
}

extension NeighbourhoodDirectory.Entry {
    init(stored fields: StoredFields) {
        self.init(id: fields.text("neighbourhood_id")!, unit: fields.text("lpu"), urban: fields.text("area_type") == "urban")
    }
}
