import PledgeCore

extension ReportCard {
    /// The card as JSON (docs/report-card-json.md): keys sorted, nulls written out.
    public func jsonBytes(pretty: Bool = false) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty)
        writer.object { w in
            w.key("force")
            w.object { w in
                w.field("grade", grading.grade?.label)
                w.field("explanation", grading.explanation)
                w.field("id", forceID)
                w.field("mean_points", grading.mean.value)
                w.field("name", forceName)
                w.field("uncapped_grade", grading.uncapped?.label)
            }
            w.key("grade_scale")
            w.array(Grade.allCases.reversed()) { w, grade in
                w.object { w in
                    w.field("grade", grade.label)
                    w.field("meaning", grade.meaning)
                    w.field("points", grade.points)
                }
            }
            w.key("improvement_areas")
            w.array(improvementAreas) { w, area in
                w.object { w in
                    w.field("area", area.area)
                    w.field("assessor", area.assessed?.assessor)
                    w.field("counted", area.counted)
                    w.field("evidence", area.assessed?.evidence)
                    w.field("grade", area.assessed?.grade.label)
                    w.field("wording", area.wording)
                }
            }
            w.key("period")
            w.period(window)
            w.key("promises")
            w.array(promises) { w, card in Self.write(card, zone: window.zone, &w) }
        }
        return writer.bytes
    }

    private static func write(_ card: PromiseCard, zone: ZoneRules, _ w: inout JSONWriter) {
        w.object { w in
            w.field("computed_grade", card.grading.computed?.label)
            w.field("explanation", card.grading.explanation)
            w.key("findings")
            w.array(card.findings) { w, finding in
                w.object { w in
                    w.field("indicator", finding.indicator)
                    w.field("kind", finding.kind.rawValue)
                    w.field("origin", finding.origin.rawValue)
                    w.field("text", finding.text)
                }
            }
            w.field("grade", card.grading.published?.label)
            w.key("indicators")
            w.array(card.results) { w, result in
                let grading = card.grading.indicators.first { $0.indicator.id == result.indicator.id }
                w.object { w in
                    w.field("denominator", result.denominator)
                    w.field("grade", grading?.grade?.label)
                    w.field("id", result.indicator.id)
                    w.field("interval_lower", result.interval?.lower)
                    w.field("interval_upper", result.interval?.upper)
                    w.key("months_left_out")
                    w.array(result.coverage?.monthsLeftOut ?? []) { w, month in w.string(month.description) }
                    w.field("no_records", result.noRecords)
                    w.field("numerator", result.numerator)
                    w.field("rule", grading?.rule)
                    w.key("series")
                    w.array(result.series) { w, point in
                        w.object { w in
                            w.field("month", point.month.description)
                            w.field("value", point.value)
                        }
                    }
                    w.field("small_sample", result.smallSample)
                    w.field("target", result.target)
                    w.field("title", result.indicator.title)
                    w.field("unit", result.measure.unit)
                    w.field("value", result.value)
                    w.field("weight", result.indicator.weight)
                }
            }
            w.field("mean_points", card.grading.mean.value)
            w.key("override")
            if let override = card.grading.override {
                w.object { w in
                    w.field("assessor", override.assessor)
                    w.field("grade", override.grade.label)
                    w.field("reason", override.reason)
                }
            } else {
                w.string(nil)
            }
            w.field("promise", card.promise)
            w.key("reality_checks")
            w.object { w in
                w.key("checks")
                w.array(card.realityChecks) { w, check in
                    w.object { w in
                        w.field("date", zone.localDate(of: check.made).description)
                        w.field("met", check.met)
                        w.field("neighbourhood", check.neighbourhood)
                    }
                }
                w.field("made", card.realityChecks.count)
                w.field("met", card.realityChecks.filter(\.met).count)
            }
            w.field("wording", card.wording)
        }
    }
}
