import PledgeCore

extension IndicatorReport {
    /// The report as JSON text, the same document `JSONEncoder` with sorted keys makes of it (a test holds
    /// the two equal), written directly because the whole-force report is megabytes (see `JSONWriter`).
    public func json(pretty: Bool) -> String { String(decoding: jsonBytes(pretty: pretty), as: UTF8.self) }

    /// The report as UTF-8 JSON bytes (what the CLI prints and caches, without copying megabytes into a
    /// String and back).
    public func jsonBytes(pretty: Bool) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty, capacity: indicators.count * (pretty ? 2_600 : 1_600))
        writer.object { w in
            w.key("complaints_by_promise")
            w.array(complaintsByPromise) { w, row in
                w.object { w in
                    w.field("category", row.category)
                    w.field("complaints", row.complaints)
                    w.field("per_thousand_calls", row.perThousandCalls)
                    w.field("promise", row.promise)
                }
            }
            w.force(id: force.id, name: force.name)
            w.key("home_office_999")
            w.array(homeOffice999) { w, row in
                w.object { w in
                    w.field("abandoned", row.abandoned)
                    w.field("calls", row.calls)
                    w.field("from_10s_to_60s", row.from10sTo60s)
                    w.field("mean_seconds_to_answer", row.meanSecondsToAnswer)
                    w.field("month", row.month)
                    w.field("over_60s", row.over60s)
                    w.field("under_10s", row.under10s)
                }
            }
            w.key("indicators")
            w.array(indicators) { w, entry in entry.write(&w) }
            w.key("narrative")
            w.object { w in
                w.field("attendees", narrative.attendees)
                w.field("calls_101", narrative.calls101)
                w.field("calls_999", narrative.calls999)
                w.field("engagements_held", narrative.engagementsHeld)
                w.field("median_emergency_attendance_seconds", narrative.medianEmergencyAttendanceSeconds)
                w.field("median_message_response_seconds", narrative.medianMessageResponseSeconds)
                w.field("neighbourhoods", narrative.neighbourhoods)
            }
            w.key("period")
            w.object { w in
                w.field("as_of", period.asOf)
                w.field("end", period.end)
                w.field("label", period.label)
                w.field("start", period.start)
            }
            w.key("respect_gap")
            w.array(respectGap) { w, gap in
                w.object { w in
                    w.field("area", gap.area)
                    w.key("groups")
                    w.array(gap.groups) { w, group in
                        w.object { w in
                            w.field("denominator", group.denominator)
                            w.field("group", group.group)
                            w.field("numerator", group.numerator)
                            w.field("value", group.value)
                        }
                    }
                    w.field("highest_group", gap.highestGroup)
                    w.field("intervals_apart", gap.intervalsApart)
                    w.field("largest_gap_points", gap.largestGapPoints)
                    w.field("lowest_group", gap.lowestGroup)
                }
            }
            w.key("times")
            w.array(times) { w, row in
                w.object { w in
                    w.field("count", row.count)
                    w.field("measure", row.measure)
                    w.field("median_seconds", row.medianSeconds)
                    w.field("percentile_90_seconds", row.percentile90Seconds)
                }
            }
        }
        return writer.bytes
    }
}

extension IndicatorReport.Entry {
    func write(_ w: inout JSONWriter) {
        w.object { w in
            w.field("area", area)
            w.field("centre", centre)
            w.field("denominator", denominator)
            w.field("id", id)
            w.field("interval_lower", intervalLower)
            w.field("interval_upper", intervalUpper)
            w.key("months_left_out")
            w.array(monthsLeftOut) { w, month in w.string(month) }
            w.field("no_records", noRecords)
            w.field("numerator", numerator)
            w.field("p_value_below_target", pValueBelowTarget)
            w.field("promise", promise)
            w.field("sample_size", sampleSize)
            w.key("series")
            w.array(series) { w, point in
                w.object { w in
                    w.field("denominator", point.denominator)
                    w.field("lower_limit", point.lowerLimit)
                    w.field("month", point.month)
                    w.field("numerator", point.numerator)
                    w.key("signals")
                    w.array(point.signals) { w, signal in w.string(signal) }
                    w.field("upper_limit", point.upperLimit)
                    w.field("value", point.value)
                }
            }
            w.field("small_sample", smallSample)
            w.field("target", target)
            w.field("target_source", targetSource)
            w.field("title", title)
            w.field("unit", unit)
            w.field("value", value)
            w.field("weight", weight)
        }
    }
}
