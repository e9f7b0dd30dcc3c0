import PledgeCore

/// A form that reloads an Authority page for another quarter, period or area: labelled lists and a
/// button, sent by GET, so it works without JavaScript and the choice is in the address.
enum AuthorityChooser {
    /// One list: its query name (also the field's id), label, choices (value and text) and the chosen value.
    struct Field {
        let name: String
        let label: String
        let options: [(value: String, text: String)]
        let selected: String
    }

    /// The quarter list: quarters as they are labelled.
    static func quarter(_ current: String, choices: [String]) -> Field {
        Field(name: "quarter", label: "Quarter", options: list(choices, with: current).map { ($0, $0) }, selected: current)
    }

    /// The period list: financial years, quarters and months.
    static func period(_ current: String, choices: [String]) -> Field {
        Field(name: "period", label: "Period", options: list(choices, with: current).map { ($0, $0) }, selected: current)
    }

    /// The area list: the whole force (an empty value), then each local policing unit.
    static func unit(_ current: String?, units: [String]) -> Field {
        Field(name: "unit", label: "Area", options: [("", "Whole force")] + units.map { ($0, $0) }, selected: current ?? "")
    }

    static func write(into page: inout HTMLPage, action: String, hint: String, fields: [Field]) {
        guard fields.contains(where: { !$0.options.isEmpty }) else { return }
        page.open("form", ["class": "search chooser", "method": "get", "action": action])
        page.element("p", hint, ["class": "hint", "id": "chooser-hint"])
        for field in fields where !field.options.isEmpty {
            page.open("div", ["class": "field"])
            page.element("label", field.label, ["for": field.name])
            page.open("select", ["id": field.name, "name": field.name, "aria-describedby": "chooser-hint"])
            for option in field.options {
                var attributes = ["value": option.value]
                if option.value == field.selected { attributes["selected"] = "selected" }
                page.element("option", option.text, attributes)
            }
            page.close("select")
            page.close("div")
        }
        page.element("button", "Show", ["type": "submit"])
        page.close("form")
    }

    /// `choices`, with `current` first when it is not among them (a period asked for by address).
    private static func list(_ choices: [String], with current: String) -> [String] {
        choices.contains(current) ? choices : [current] + choices
    }
}
