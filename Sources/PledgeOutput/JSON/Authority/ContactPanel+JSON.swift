import Foundation
import PledgeCore

extension ContactPanel.AreaPanel {
    /// The area's panel as JSON (docs/authority.md): keys sorted, nulls written out.
    public func json(force: Force, window: ReportWindow) -> String {
        let panel = self
        var w = JSONWriter(pretty: true)
        w.object { w in
            w.field("area", panel.area.description)
            for (key, months) in [("emergency", panel.emergency), ("non_emergency", panel.nonEmergency)] {
                w.key(key)
                w.array(months) { w, month in
                    w.object { w in
                        w.field("abandoned", month.abandoned)
                        w.field("abandoned_lower", month.abandonedLimits?.lower)
                        w.field("abandoned_upper", month.abandonedLimits?.upper)
                        w.field("calls", month.calls)
                        w.field("from_10s_to_60s", month.from10sTo60s)
                        w.field("mean_seconds_to_answer", month.meanSecondsToAnswer)
                        w.field("month", month.month.description)
                        w.field("over_60s", month.over60s)
                        w.field("under_10s", month.under10s)
                    }
                }
            }
            w.force(id: force.id, name: force.name)
            w.key("measures")
            w.array(panel.measures) { w, measure in
                w.object { w in
                    w.field("denominator", measure.denominator)
                    w.field("id", measure.indicator.id)
                    w.field("numerator", measure.numerator)
                    w.key("series")
                    w.array(measure.series) { w, point in
                        w.object { w in
                            w.field("denominator", point.denominator)
                            w.field("lower", point.lower)
                            w.field("month", point.month.description)
                            w.field("numerator", point.numerator)
                            w.key("signals")
                            w.array(point.signals.map(\.rawValue).sorted()) { w, signal in w.string(signal) }
                            w.field("upper", point.upper)
                            w.field("value", point.value)
                        }
                    }
                    w.field("target", measure.target)
                    w.field("title", measure.indicator.title)
                    w.field("value", measure.value)
                }
            }
            w.key("period")
            w.period(window)
        }
        return w.text
    }
}
