import PledgeCore

/// A small control chart of the twelve months to a quarter's end, for the quarterly report, where a page
/// holds one per figure: the months as a line, the centre and the control limits (grey, the limits as
/// dashed steps), the target as a red dashed line, and unusual months ringed. It draws only what the
/// caption (`caption`) also says in words, so it is smaller than `ControlChartSVG`, which has a table.
enum AuthorityTrendChart {
    /// The chart as inline SVG; empty when fewer than two months have a value.
    static func svg(_ result: IndicatorResult, width: Double = 300, height: Double = 120) -> String {
        let series = result.series
        let present = series.compactMap(\.value)
        guard present.count >= 2 else { return "" }
        let bounds = present + series.compactMap(\.lower) + series.compactMap(\.upper) + [result.target, result.centre].compactMap { $0 }
        let low = max(0, bounds.min()! - 0.02), high = min(1, bounds.max()! + 0.02)
        let span = max(high - low, 0.01)
        let left = 44.0, right = 6.0, top = 8.0, bottom = 20.0
        func x(_ index: Int) -> Double { left + (width - left - right) * (Double(index) + 0.5) / Double(series.count) }
        func y(_ value: Double) -> Double { top + (height - top - bottom) * (1 - (value - low) / span) }
        let f = HTMLPage.coordinate
        let step = (width - left - right) / Double(series.count) / 2
        var shapes = [
            "<path d=\"M\(f(left)),\(f(top))V\(f(height - bottom))H\(f(width - right))\" stroke=\"#0b0c0c\" fill=\"none\" />",
            "<text x=\"\(f(left - 3))\" y=\"\(f(y(high) + 4))\" font-size=\"10\" text-anchor=\"end\">\(Percent.text(high))</text>",
            "<text x=\"\(f(left - 3))\" y=\"\(f(y(low)))\" font-size=\"10\" text-anchor=\"end\">\(Percent.text(low))</text>",
        ]
        for index in [0, series.count - 1] {
            let month = series[index].month
            shapes.append(
                "<text x=\"\(f(x(index)))\" y=\"\(f(height - 6))\" font-size=\"10\" text-anchor=\"middle\">\(PlainDates.months[month.month - 1].prefix(3)) \(month.year % 100 < 10 ? "0" : "")\(month.year % 100)</text>"
            )
        }
        if let centre = result.centre {
            shapes.append("<path d=\"M\(f(left)),\(f(y(centre)))H\(f(width - right))\" stroke=\"#505a5f\" />")
        }
        let limits = series.enumerated().flatMap { index, point in
            [point.lower, point.upper].compactMap { $0 }.map { "M\(f(x(index) - step)),\(f(y($0)))h\(f(step * 2))" }
        }
        if !limits.isEmpty { shapes.append("<path d=\"\(limits.joined())\" stroke=\"#505a5f\" stroke-dasharray=\"3,2\" fill=\"none\" />") }
        if let target = result.target {
            shapes.append("<path d=\"M\(f(left)),\(f(y(target)))H\(f(width - right))\" stroke=\"#d4351c\" stroke-dasharray=\"6,3\" />")
        }
        var runs: [[String]] = [[]]
        for (index, point) in series.enumerated() {
            if let value = point.value {
                runs[runs.count - 1].append("\(f(x(index))),\(f(y(value)))")
            } else if !runs.last!.isEmpty {
                runs.append([])
            }
        }
        for run in runs where !run.isEmpty {
            shapes.append("<polyline points=\"\(run.joined(separator: " "))\" stroke=\"#1d70b8\" stroke-width=\"2\" fill=\"none\" />")
        }
        for (index, point) in series.enumerated() where !point.signals.isEmpty {
            guard let value = point.value else { continue }
            shapes.append("<circle cx=\"\(f(x(index)))\" cy=\"\(f(y(value)))\" r=\"4\" fill=\"#fff\" stroke=\"#b0500e\" stroke-width=\"2.5\" />")
        }
        return
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTMLPage.escape(caption(result)))\">"
            + shapes.joined() + "</svg>"
    }

    /// The chart in words: the range of the months, the centre and target, and the unusual months.
    static func caption(_ result: IndicatorResult) -> String {
        let series = result.series
        let present = series.compactMap(\.value)
        guard let first = series.first, let last = series.last, let low = present.min(), let high = present.max() else {
            return "\(result.indicator.title): no months with records."
        }
        var text =
            "\(result.indicator.title), \(PlainDates.month(first.month)) to \(PlainDates.month(last.month)): months from \(Percent.text(low)) to \(Percent.text(high))"
        if let centre = result.centre { text += "; centre \(Percent.text(centre))" }
        if let target = result.target { text += "; target \(Percent.text(target))" }
        let unusual = series.filter { !$0.signals.isEmpty && $0.value != nil }
        text +=
            unusual.isEmpty
            ? (result.centre == nil ? "; no control limits (the records do not go back twelve months before)." : "; no unusual month.")
            : "; unusual: " + unusual.map { "\(PlainDates.month($0.month)) (\(AuthorityText.signals($0.signals)))" }.joined(separator: "; ") + "."
        return text
    }
}
