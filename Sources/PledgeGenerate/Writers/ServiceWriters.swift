import PledgeCore

/// Dissatisfaction reports, survey answers, complaints, reality checks and the improvement plan.
enum ServiceWriters {
    static func dissatisfaction(_ context: ForceContext) throws -> String {
        let writer = try context.writer(.dissatisfaction)
        var random = context.random("dissatisfaction")
        let p = context.performance
        let time = context.time
        let count = random.round(context.volume(perYear: Double(context.settings.population) * 0.0016))
        for (index, received) in context.sortedMoments(count, &random).enumerated() {
            let acknowledged = received.plus(seconds: (random.skewed(limit: 24, share: p.dissatisfactionWithin24h, sigma: 0.8) * 3600).rounded())
            let discussed = random.chance(p.dissatisfactionDiscussed) ? acknowledged.plus(seconds: Double(random.int(1...10)) * 86_400) : nil
            let agreed = discussed.flatMap { random.chance(0.8) ? $0.plus(seconds: Double(random.int(0...3)) * 86_400) : nil }
            let resolved = agreed.flatMap { random.chance(0.85) ? $0.plus(seconds: Double(random.int(3...40)) * 86_400) : nil }
            let consent: String? = random.chance(p.callbackConsentRecorded) ? (random.chance(0.7) ? "true" : "false") : nil
            writer.append([
                "DS\(index + 1)", context.forceID, random.chance(0.8) ? random.pick(context.geography.neighbourhoods).id : nil,
                time.local(received), time.local(acknowledged), discussed.map(time.local), agreed.map(time.local), resolved.map(time.local), consent,
            ])
        }
        try writer.close()
        return writer.path
    }

    /// User-satisfaction survey respondents, five answers each, with an age group for gap analysis.
    static func surveys(_ context: ForceContext) throws -> String {
        let writer = try context.writer(.surveys)
        var random = context.random("surveys")
        let p = context.performance
        let groups = ["16-24", "25-44", "45-64", "65+"]
        // Younger people are a little less positive; the shifts average to zero over the groups.
        let groupShift = ["16-24": -0.04, "25-44": -0.01, "45-64": 0.01, "65+": 0.04]
        for serial in 1...max(1, random.round(context.volume(perYear: Double(context.settings.population) * 0.004))) {
            let day = random.pick(context.period.days)
            let plan = random.pick(context.geography.neighbourhoods)
            let group = random.pick(groups)
            let shift = groupShift[group]!
            let scale = { (positive: Double) -> String in
                random.chance(positive + shift) ? String(random.int(4...5)) : String(random.int(1...3))
            }
            let answers: [(String, String)] = [
                ("treated_with_respect", scale(p.respectPositive)),
                ("knows_how_to_contact_team", random.chance(p.awarenessPositive + shift) ? "yes" : "no"),
                ("sees_team_often_enough", random.chance(0.48 + shift) ? "yes" : "no"),
                ("informed_of_progress", random.chance(0.78 + shift) ? "yes" : "no"),
                ("satisfied_overall", scale(0.82)),
            ]
            for (question, answer) in answers {
                writer.append([
                    "SR\(serial)", context.forceID, plan.id, "user-satisfaction", day.description, question, answer, random.chance(0.9) ? group : nil,
                ])
            }
        }
        questionnaires(context, writer)
        try writer.close()
        return writer.path
    }

    /// The Police Authority's own questionnaires (council tax, community consultation, youth), appended
    /// after the user-satisfaction answers from a stream of their own, so those answers stay as they were.
    /// Their questions are not the indicators' questions: only the Authority's analysis reads them.
    private static func questionnaires(_ context: ForceContext, _ writer: CSVFileWriter) {
        var random = context.random("questionnaires")
        let surveys: [(survey: String, prefix: String, perYear: Double, groups: [String], questions: [(String, Double)])] = [
            (
                "council-tax", "CT", 0.0012, ["16-24", "25-44", "45-64", "65+"],
                [
                    ("heard_of_policing_pledge", 0.18), ("p1_police_treat_people_fairly", 0.74), ("p3_sees_team_often_enough", 0.41),
                    ("p8_gets_monthly_updates", 0.22),
                ]
            ),
            (
                "community", "CC", 0.0008, ["urban", "rural"],
                [("p7_priorities_reflect_community", 0.63), ("p7_knows_about_public_meetings", 0.35), ("p2_knows_team_name", 0.30)]
            ),
            (
                "youth", "YQ", 0.0004, ["11-15", "16-18"],
                [("heard_of_policing_pledge", 0.09), ("p1_police_treat_young_people_with_respect", 0.52), ("p3_sees_team_often_enough", 0.33)]
            ),
        ]
        // Older groups answer a little more positively; the shifts are spread evenly around zero.
        for survey in surveys {
            for serial in 1...max(1, random.round(context.volume(perYear: Double(context.settings.population) * survey.perYear))) {
                let day = random.pick(context.period.days)
                let plan = random.pick(context.geography.neighbourhoods)
                let groupIndex = random.int(0...(survey.groups.count - 1))
                let shift = (Double(groupIndex) - Double(survey.groups.count - 1) / 2) * 0.06
                for (question, positive) in survey.questions {
                    let yes = random.chance(positive + shift)
                    let answer = question.hasPrefix("heard_") ? (yes ? "yes" : "no") : (yes ? String(random.int(4...5)) : String(random.int(1...3)))
                    writer.append([
                        "\(survey.prefix)\(serial)", context.forceID, plan.id, survey.survey, day.description, question, answer,
                        survey.groups[groupIndex],
                    ])
                }
            }
        }
    }

    static func complaints(_ context: ForceContext) throws -> String {
        let writer = try context.writer(.complaints)
        var random = context.random("complaints")
        let time = context.time
        let categories = [
            "Incivility", "Neglect or failure in duty", "Oppressive conduct", "Other assault", "Irregularity in evidence", "Discriminatory behaviour",
            "Other",
        ]
        let count = random.round(context.volume(perYear: Double(context.settings.population) * 0.0008))
        for (index, instant) in context.sortedMoments(count, &random).enumerated() {
            let finalised = random.chance(0.8) ? instant.plus(seconds: Double(random.int(10...150)) * 86_400) : nil
            writer.append([
                "PSD\(index + 1)", context.forceID, random.chance(0.7) ? random.pick(context.geography.neighbourhoods).id : nil, time.local(instant),
                random.pick(categories), random.chance(0.12) ? String(random.pick([1, 1, 4, 5, 5, 6, 9, 10])) : nil,
                finalised.map(time.local), finalised == nil ? nil : random.pick(["Local resolution", "Not upheld", "Upheld", "Withdrawn"]),
            ])
        }
        try writer.close()
        return writer.path
    }

    static func realityChecks(_ context: ForceContext) throws -> String {
        let writer = try context.writer(.realityChecks)
        var random = context.random("reality_checks")
        let time = context.time
        let methods = [1: "visit", 2: "poster", 3: "visit", 4: "email", 5: "phone", 6: "phone", 7: "meeting", 8: "website", 9: "phone", 10: "phone"]
        for serial in 1...40 {
            let point = (serial - 1) % 10 + 1
            let made = context.zone.startOfDay(random.pick(context.period.days)).adding(seconds: Int64(random.int(9...16)) * 3600)
            // The k-th check of a promise is met when k is below the promise's count of checks met.
            let met =
                context.performance.realityChecksMetByPromise.map { (serial - 1) / 10 < ($0[point] ?? 4) }
                ?? random.chance(context.performance.realityChecksMet)
            let replies = point == 4 || point == 10
            writer.append([
                "RC\(serial)", context.forceID, random.pick(context.geography.neighbourhoods).id, String(point), methods[point]!, time.local(made),
                replies ? time.local(made.plus(seconds: Double(random.int(1...40)) * 3600)) : nil,
                met ? "met" : random.pick(["partly", "not-met"]), met ? "As promised" : "Fell short of the promise",
            ])
        }
        try writer.close()
        return writer.path
    }

    /// The force's improvement actions for the report's shortfalls, and the Authority's quarterly monitoring.
    static func actions(_ context: ForceContext) throws -> String {
        let writer = try context.writer(.actions)
        let start = context.period.start
        let improvements: [(Int, String, String)] = [
            (5, IndicatorID.p5EtaGiven.rawValue, "Call handlers to give every emergency caller an estimated time of arrival"),
            (5, IndicatorID.p5AttendUrban15m.rawValue, "Review response car crewing so emergencies are reached within 15 minutes"),
            (9, IndicatorID.p9PreferencesRecorded.rawValue, "Record on every crime report how often and how the victim wants to be updated"),
            (10, IndicatorID.p10CallbackRecorded.rawValue, "Ask dissatisfied callers whether they may be called back, and record the answer"),
            (8, IndicatorID.p8MonthlyUpdate.rawValue, "Monthly updates in every area, not only quarterly newsletters"),
        ]
        var serial = 0
        for (point, indicator, summary) in improvements {
            serial += 1
            let opened = start.adding(days: Int64(60 + serial * 20))
            writer.append([
                "ACT\(serial)", context.forceID, "force", String(point), indicator, "improvement", nil, opened.description,
                opened.adding(days: 120).description, nil, summary,
            ])
        }
        let mechanisms = ["complaints analysis", "contact management panel", "quarterly report", "dip sample"]
        for (index, month) in context.period.months.enumerated() where index % 3 == 2 {
            for mechanism in mechanisms {
                serial += 1
                let day = month.firstDay.adding(days: 14)
                writer.append([
                    "ACT\(serial)", context.forceID, "authority", nil, nil, "monitoring", mechanism, day.description,
                    day.adding(days: 30).description, day.adding(days: 10).description, "Authority \(mechanism) for the quarter",
                ])
            }
        }
        // The rest of the Authority's plan, unevenly kept as in life: the force's formal reports on promises
        // 2 and 7, members' visits in some quarters only, one public meeting, and a report on promise 10
        // asked for but never given (overdue).
        let months = context.period.months
        let others: [(promise: Int?, mechanism: String, month: Int, day: Int, done: Bool, summary: String)] = [
            (2, "force report", 2, 29, true, "Force report to the Authority on publicising neighbourhood teams"),
            (7, "force report", 8, 10, true, "Force report on public meetings and priority setting"),
            (2, "member visit", 1, 12, true, "Members visited two stations: team details displayed at one"),
            (4, "member visit", 4, 20, true, "Members asked officers about the 24-hour message promise"),
            (8, "public meeting", 7, 3, true, "Members asked a public meeting about monthly updates"),
            (10, "force report", 9, 1, false, "Force report on handling dissatisfaction, requested"),
        ].filter { $0.month < months.count }
        for other in others {
            serial += 1
            let day = months[other.month].firstDay.adding(days: Int64(other.day - 1))
            writer.append([
                "ACT\(serial)", context.forceID, "authority", other.promise.map(String.init), nil, "monitoring", other.mechanism, day.description,
                day.adding(days: 30).description, other.done ? day.description : nil, other.summary,
            ])
        }
        try writer.close()
        return writer.path
    }
}
