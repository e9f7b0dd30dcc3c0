import PledgeCore

/// The Police Authority's own questionnaires (council tax, community consultation, youth), survey by survey
/// and question by question: the answers, the positive share with its interval, the promise the question
/// is about, each group's share, and the largest gap between groups with whether it is unlikely to be chance.
public enum AuthorityQuestionnairesPage {
    public static func html(forceID: String, forceName: String, analysis: QuestionnaireAnalysis, period: String, periodChoices: [String]) -> String {
        AuthorityLayout.page(
            forceID: forceID, forceName: forceName, title: "\(forceName): the Police Authority's questionnaires, \(period)",
            lead:
                "What people told the Police Authority's own questionnaires in \(period) about the promises of the Policing Pledge, and whether some groups answered differently."
        ) { page in
            AuthorityChooser.write(
                into: &page, action: AuthorityPaths.questionnaires(forceID),
                hint: "Financial years run from April to March; quarters and months are also available.",
                fields: [AuthorityChooser.period(period, choices: periodChoices)])
            guard !analysis.questions.isEmpty else {
                page.element("p", "No answers to the Authority's questionnaires are recorded for this period.")
                return
            }
            page.element(
                "p",
                "A positive answer is yes, or 4 or 5 out of 5. The largest gap compares only groups with at least \(analysis.minimumGroupAnswers) answers; when the two groups' 95% intervals do not overlap, the gap is unlikely to be chance.",
                ["class": "how"])
            var surveys: [String] = []
            for question in analysis.questions where surveys.last != question.survey { surveys.append(question.survey) }
            for (index, survey) in surveys.enumerated() {
                write(
                    analysis.questions.filter { $0.survey == survey }, survey: survey, id: "survey-\(index + 1)",
                    minimum: analysis.minimumGroupAnswers, into: &page)
            }
        }
    }

    private static func write(_ questions: [QuestionnaireAnalysis.Question], survey: String, id: String, minimum: Int, into page: inout HTMLPage) {
        page.open("section", ["aria-labelledby": id])
        page.element("h2", AuthorityText.survey(survey), ["id": id])
        page.table(
            caption: "\(AuthorityText.survey(survey)): each question",
            columns: ["Question", "Promise", "Positive answers", "95% interval", "By group", "Largest gap"]
        ) { page in
            for question in questions {
                page.open("tr")
                page.element("th", AuthorityText.question(question.question), ["scope": "row"])
                page.element("td", question.promise.map { "\($0)" } ?? "–")
                page.element("td", AuthorityText.share(question.positive))
                page.element("td", AuthorityText.interval(question.positive.wilsonInterval()))
                page.open("td")
                if question.groups.isEmpty {
                    page.text("no groups recorded")
                } else {
                    page.open("ul", ["class": "compact plain"])
                    for group in question.groups {
                        let few = group.positive.denominator < minimum ? " (too few answers to compare)" : ""
                        page.element("li", "\(group.group): \(AuthorityText.share(group.positive))\(few)")
                    }
                    page.close("ul")
                }
                page.close("td")
                page.element("td", gapText(question.gap))
                page.close("tr")
            }
        }
        page.close("section")
    }

    /// "12.5 points, 65+ above 16-24: intervals apart, unlikely to be chance".
    static func gapText(_ gap: QuestionnaireAnalysis.Gap?) -> String {
        guard let gap else { return "fewer than two groups to compare" }
        let tenths = Int((gap.points * 10).rounded())
        let points = tenths % 10 == 0 ? "\(tenths / 10)" : "\(Double(tenths) / 10)"
        return "\(points) points, \(gap.higher) above \(gap.lower): "
            + (gap.intervalsApart ? "intervals apart, unlikely to be chance" : "intervals overlap, could be chance")
    }
}
