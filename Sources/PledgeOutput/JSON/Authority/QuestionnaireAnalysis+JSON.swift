import Foundation
import PledgeCore

extension QuestionnaireAnalysis {
    /// The analysis as JSON (docs/authority.md): keys sorted, nulls written out.
    public func json(force: Force, window: ReportWindow) -> String {
        let analysis = self
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
            w.force(id: force.id, name: force.name)
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
