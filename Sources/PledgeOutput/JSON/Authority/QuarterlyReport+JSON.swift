import PledgeCore

extension QuarterlyReport {
    /// The report as JSON (docs/authority.md): keys sorted, nulls written out. Indicator figures use the
    /// same entry shape as `pledgewatch indicators --format json`.
    public func jsonBytes(pretty: Bool = false) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty)
        writer.object { w in
            w.field("area", area.description)
            w.key("dip_samples")
            w.array(samples) { w, sample in Self.write(sample, &w) }
            w.force(id: forceID, name: forceName)
            w.key("periods")
            w.object { w in
                for (key, window) in [("last_year", lastYearWindow), ("quarter", window), ("trend", trendWindow)] {
                    w.key(key)
                    w.period(window)
                }
            }
            w.key("promises")
            w.array(sections) { w, section in Self.write(section, &w) }
            w.key("shortfalls_without_action")
            w.array(shortfallsWithoutAction) { w, id in w.string(id) }
        }
        return writer.bytes
    }

    private static func write(_ section: Section, _ w: inout JSONWriter) {
        w.object { w in
            w.field("explanation", section.gradeWithheld ? Section.gradeWithheldText : section.grading.explanation)
            w.field("grade", section.gradeWithheld ? nil : section.grading.computed?.label)
            w.field("grade_withheld", section.gradeWithheld)
            w.key("indicators")
            w.array(section.lines) { w, line in
                w.object { w in
                    w.key("actions")
                    w.array(line.actions) { w, action in
                        w.object { w in
                            w.field("closed_on", action.action.closedOn?.description)
                            w.field("due_on", action.action.dueOn?.description)
                            w.field("id", action.action.id)
                            w.field("on_time", action.state.isOnTime)
                            w.field("opened_on", action.action.openedOn.description)
                            w.field("state", action.state.rawValue)
                            w.field("summary", action.action.summary)
                        }
                    }
                    w.field("grade", line.grading?.grade?.label)
                    w.field("grade_rule", line.grading?.rule)
                    w.field("id", line.indicator.id)
                    w.field("shortfall", line.isShortfall)
                    for (key, result) in [("last_year", line.lastYear), ("quarter", line.quarter), ("trend", line.trend)] {
                        w.key(key)
                        if let result { IndicatorReport.entry(result).write(&w) } else { w.string(nil) }
                    }
                    w.field("title", line.indicator.title)
                    w.field("withheld", line.withheld?.text)
                    w.field("withheld_last_year", line.lastYearWithheld?.text)
                }
            }
            w.key("monitoring")
            if let cell = section.monitoring {
                w.object { w in
                    w.key("mechanisms")
                    w.array(cell.entries) { w, entry in
                        w.object { w in
                            w.field("frequency", entry.entry.frequency.rawValue)
                            w.field("mechanism", entry.entry.mechanism.id)
                            w.field("status", entry.status.word)
                        }
                    }
                    w.key("runs")
                    w.array(cell.runs) { w, run in
                        w.object { w in
                            w.field("day", run.closedOn?.description)
                            w.field("id", run.id)
                            w.field("mechanism", run.mechanism)
                            w.field("summary", run.summary)
                        }
                    }
                    w.field("unmonitored", cell.unmonitored)
                }
            } else {
                w.string(nil)
            }
            w.field("promise", section.promise)
            w.field("wording", section.wording)
        }
    }

    private static func write(_ sample: DipSample, _ w: inout JSONWriter) {
        let results = sample.results
        let interval = results.kept.wilsonInterval()
        w.object { w in
            w.field("awaiting_review", results.awaiting)
            w.field("interval_lower", interval?.lower)
            w.field("interval_upper", interval?.upper)
            w.field("kept", results.kept.numerator)
            w.field("kind", sample.kind.rawValue)
            w.field("name", sample.name)
            w.field("period", sample.period.label)
            w.field("reviewed", results.reviewed)
            w.field("sampled", sample.items.count)
            w.field("seed", String(sample.seed))
            w.field("value", results.kept.value)
        }
    }
}
