import PledgeCore

/// What the Authority did about one promise in one quarter: each planned mechanism with its status word,
/// the runs recorded (day and mechanism), and a flag in words when nothing ran in an ended quarter.
enum AuthorityMonitoringCell {
    static func write(_ cell: MonitoringPlanView.Cell, into page: inout HTMLPage) {
        if cell.unmonitored {
            page.element("p", "Unmonitored: nothing ran for this promise in \(cell.quarter.label).", ["class": "flag"])
        }
        if cell.entries.isEmpty {
            page.element("p", "No mechanism is planned.", ["class": "how"])
        } else {
            page.open("ul", ["class": "compact"])
            for entry in cell.entries {
                let (word, detail) = AuthorityText.status(entry.status)
                page.open("li")
                page.text("\(entry.entry.mechanism.name) (\(entry.entry.frequency.rawValue)): ")
                page.element("strong", word, ["class": entry.status == .overdue ? "late" : "state"])
                page.text(", \(detail)")
                page.close("li")
            }
            page.close("ul")
        }
        if cell.runs.isEmpty {
            if !cell.unmonitored { page.element("p", "No runs recorded in the quarter.", ["class": "how"]) }
        } else {
            page.element("p", "Runs recorded:", ["class": "how"])
            page.open("ul", ["class": "compact"])
            for run in cell.runs {
                let mechanism = run.mechanism.flatMap(MonitoringMechanism.init)?.name ?? "Monitoring"
                page.element("li", "\(run.closedOn.map(PlainDates.day) ?? "–"): \(mechanism)")
            }
            page.close("ul")
        }
    }
}
