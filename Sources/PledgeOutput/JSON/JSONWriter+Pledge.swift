import PledgeCore

/// The pieces every Pledgewatch document shares, written one way.
extension JSONWriter {
    /// `"force": {"id": …, "name": …}`: how every document names its force.
    mutating func force(id: String, name: String) {
        key("force")
        object { w in
            w.field("id", id)
            w.field("name", name)
        }
    }

    /// A window as `{"as_of", "end", "label", "start"}`, its as-of in the force's local time.
    mutating func period(_ window: ReportWindow) {
        object { w in
            w.field("as_of", window.zone.localText(window.asOf))
            w.field("end", window.period.end.description)
            w.field("label", window.period.label)
            w.field("start", window.period.start.description)
        }
    }
}
