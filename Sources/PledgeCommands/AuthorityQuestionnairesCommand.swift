import ArgumentParser
import Foundation
import PledgeCore
import PledgeOutput
import PledgeStore

/// `pledgewatch authority questionnaires`: the Authority's own surveys, question by question.
struct AuthorityQuestionnairesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questionnaires",
        abstract: "The Authority's questionnaires (council tax, community, youth): positive share per question, by group, with the largest gap.",
        discussion: """
            Positive answers are yes, 4 and 5. A question's promise is known for the indicator questions and \
            for any question named p<n>_… (p8_updates_useful: promise 8). Groups with fewer answers than \
            --min-group are shown but left out of the gap; a gap is flagged when the two groups' 95% \
            intervals do not overlap.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var force: AuthorityForce

    @Option(help: ArgumentHelp("The period.", valueName: "period"))
    var period: String

    @Option(name: .customLong("min-group"), help: ArgumentHelp("Answers a group needs to count in the gap.", valueName: "n"))
    var minGroup: Int = 30

    @Option(help: "text or json.")
    var format: Format = .text

    @OptionGroup var store: StoreOptions

    func validate() throws {
        try ReportSelection.check(period: period)
        guard minGroup >= 1 else { throw ValidationError("--min-group: give at least 1") }
    }

    func run() async throws {
        let window = try force.window(period: period, asOf: nil)
        let analysis = try await Measurements(store.openExisting()).questionnaires(force: force.chosen, window: window, minimumGroupAnswers: minGroup)
        switch format {
        case .text: print(Self.text(analysis, force: force.chosen, window: window), terminator: "")
        case .json: print(Self.json(analysis, force: force.chosen, window: window))
        }
    }

    static func text(_ analysis: QuestionnaireAnalysis, force: Force, window: ReportWindow) -> String {
        var text = "Questionnaires: \(force.name), \(window.period.label) (gaps among groups with at least \(analysis.minimumGroupAnswers) answers)\n"
        guard !analysis.questions.isEmpty else {
            return text + "no answers to the Authority's surveys (\(QuestionnaireAnalysis.authoritySurveys.joined(separator: ", "))) in the period\n"
        }
        var surveys: [String] = []
        for question in analysis.questions where surveys.last != question.survey { surveys.append(question.survey) }
        for survey in surveys {
            text += "\n\(survey)\n"
            var rows: [[String]] = []
            for question in analysis.questions where question.survey == survey {
                let gap = question.gap.map { gap in
                    String(format: "%.1f points, %@ over %@", gap.points, gap.higher, gap.lower)
                        + (gap.intervalsApart ? " (intervals apart)" : " (within the intervals)")
                }
                rows.append([
                    question.question, question.promise.map { "P\($0)" } ?? "–", String(question.positive.denominator),
                    TextFigures.share(question.positive), gap ?? "–",
                ])
                for group in question.groups {
                    let small = group.positive.denominator < analysis.minimumGroupAnswers ? " (too few for the gap)" : ""
                    rows.append(["  \(group.group)", "", String(group.positive.denominator), TextFigures.share(group.positive) + small, ""])
                }
            }
            text += TextTable.render(
                header: ["question", "promise", "answers", "positive [95% interval]", "largest gap"], rows: rows, rightAligned: [2])
        }
        return text
    }

    static func json(_ analysis: QuestionnaireAnalysis, force: Force, window: ReportWindow) -> String {
        func share(_ proportion: Proportion, _ w: inout JSONWriter) {
            let interval = proportion.wilsonInterval()
            w.field("answers", proportion.denominator)
            w.field("interval_lower", interval?.lower)
            w.field("interval_upper", interval?.upper)
            w.field("positive", proportion.numerator)
            w.field("value", proportion.value)
        }
        var w = JSONWriter(pretty: true)
        w.object { w in
            w.key("force")
            w.object { w in
                w.field("id", force.id)
                w.field("name", force.name)
            }
            w.field("minimum_group_answers", analysis.minimumGroupAnswers)
            w.field("period", window.period.label)
            w.key("questions")
            w.array(analysis.questions) { w, question in
                w.object { w in
                    share(question.positive, &w)
                    w.key("gap")
                    if let gap = question.gap {
                        w.object { w in
                            w.field("higher", gap.higher)
                            w.field("intervals_apart", gap.intervalsApart)
                            w.field("lower", gap.lower)
                            w.field("points", gap.points)
                        }
                    } else {
                        w.string(nil)
                    }
                    w.key("groups")
                    w.array(question.groups) { w, group in
                        w.object { w in
                            share(group.positive, &w)
                            w.field("group", group.group)
                        }
                    }
                    w.field("promise", question.promise)
                    w.field("question", question.question)
                    w.field("survey", question.survey)
                }
            }
        }
        return w.text
    }
}
