/// Data tables: every table of figures on the site and in the Authority's reports has a caption, a heading
/// row whose cells head columns (`scope="col"`, so that screen readers announce them with each cell) and a
/// body; this writes that frame once.
extension HTMLPage {
    /// A column's heading; a column of figures is right-aligned (`class="number"`).
    public struct Column: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
        let title: String
        let isNumber: Bool

        public init(_ title: String, number: Bool = false) {
            self.title = title
            self.isNumber = number
        }

        public init(stringLiteral title: String) { self.init(title) }

        /// A right-aligned column of figures.
        public static func number(_ title: String) -> Column { Column(title, number: true) }
    }

    /// `<table>` with `caption`, a heading row of `columns`, and a body that `rows` writes (its `<tr>`s).
    public mutating func table(
        _ attributes: [String: String] = [:], caption: String, columns: [Column], rows: (inout HTMLPage) -> Void
    ) {
        open("table", attributes)
        element("caption", caption)
        var heading = "<thead><tr>"
        for column in columns {
            heading += "<th scope=\"col\"\(column.isNumber ? " class=\"number\"" : "")>\(Self.escape(column.title))</th>"
        }
        raw(heading + "</tr></thead>")
        open("tbody")
        rows(&self)
        close("tbody")
        close("table")
    }
}
