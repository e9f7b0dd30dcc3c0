import Foundation
import PledgeCore

/// The Authority's questionnaires as text, survey by survey.
public enum AuthorityQuestionnairesPrinter {
    /// The analysis for `pledgewatch authority questionnaires`.
    public static func text(_ analysis: QuestionnaireAnalysis, force: Force, window: ReportWindow) -> String {
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
}
