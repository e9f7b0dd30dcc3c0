import PledgeCore

/// A month-by-month run chart with its centre line and control limits (NHS "Making Data Count" style):
/// points outside the limits, or in a run or trend of seven, are ringed, and the target is a dashed line.
enum ControlChartSVG {
    static func svg(_ result: IndicatorResult, width: Double = 640, height: Double = 240) -> String {
        let series = result.series
        let values = series.map(\.value)
        let present = values.compactMap { $0 }
        guard present.count >= 2 else { return "" }
        let bounds = present + series.compactMap(\.lower) + series.compactMap(\.upper) + [result.target, result.centre].compactMap { $0 }
        let low = max(0, bounds.min()! - 0.02), high = min(1, bounds.max()! + 0.02)
        let span = max(high - low, 0.01)
        let left = 52.0, right = 12.0, top = 10.0, bottom = 28.0
        func x(_ index: Int) -> Double { left + (width - left - right) * (Double(index) + 0.5) / Double(series.count) }
        func y(_ value: Double) -> Double { top + (height - top - bottom) * (1 - (value - low) / span) }
        let f = HTMLPage.coordinate
        var shapes: [String] = []
        shapes.append("<line x1=\"\(f(left))\" x2=\"\(f(left))\" y1=\"\(f(top))\" y2=\"\(f(height - bottom))\" stroke=\"#0b0c0c\" />")
        shapes.append(
            "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(height - bottom))\" y2=\"\(f(height - bottom))\" stroke=\"#0b0c0c\" />")
        for tick in [low, (low + high) / 2, high] {
            shapes.append(
                "<text x=\"\(f(left - 4))\" y=\"\(f(y(tick) + 4))\" font-size=\"11\" text-anchor=\"end\">\(HTMLPage.escape(Percent.text(tick)))</text>"
            )
        }
        for (index, point) in series.enumerated() {
            shapes.append(
                "<text x=\"\(f(x(index)))\" y=\"\(f(height - 10))\" font-size=\"11\" text-anchor=\"middle\">\(PlainDates.months[point.month.month - 1].prefix(3))</text>"
            )
        }
        if let centre = result.centre {
            shapes.append(
                "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(centre)))\" y2=\"\(f(y(centre)))\" stroke=\"#505a5f\" stroke-width=\"1.5\" />"
            )
        }
        for edge in [\IndicatorResult.MonthPoint.lower, \IndicatorResult.MonthPoint.upper] {
            let steps = series.enumerated().compactMap { index, point in point[keyPath: edge].map { (index, $0) } }
            let path = steps.map { "M\(f(x($0.0) - 10)),\(f(y($0.1)))h20" }.joined()
            if !path.isEmpty { shapes.append("<path d=\"\(path)\" stroke=\"#505a5f\" stroke-dasharray=\"3,2\" fill=\"none\" />") }
        }
        if let target = result.target {
            shapes.append(
                "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(target)))\" y2=\"\(f(y(target)))\" stroke=\"#d4351c\" stroke-dasharray=\"6,3\" stroke-width=\"1.5\" />"
            )
        }
        var segment: [String] = []
        var lines: [String] = []
        for (index, value) in values.enumerated() {
            if let value {
                segment.append("\(f(x(index))),\(f(y(value)))")
            } else if !segment.isEmpty {
                lines.append(segment.joined(separator: " ")); segment = []
            }
        }
        if !segment.isEmpty { lines.append(segment.joined(separator: " ")) }
        for line in lines { shapes.append("<polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"2\" points=\"\(line)\" />") }
        for (index, point) in series.enumerated() {
            guard let value = point.value else { continue }
            let special = !point.signals.isEmpty
            shapes.append(
                "<circle cx=\"\(f(x(index)))\" cy=\"\(f(y(value)))\" r=\"\(special ? 5 : 3.5)\" fill=\"\(special ? "#fff" : "#1d70b8")\" stroke=\"\(special ? "#b0500e" : "#1d70b8")\" stroke-width=\"\(special ? 3 : 1)\"><title>\(HTMLPage.escape("\(PlainDates.month(point.month)): \(Percent.text(value))"))</title></circle>"
            )
        }
        let label =
            "\(result.indicator.title) by month, from \(Percent.text(present.min()!)) to \(Percent.text(present.max()!))"
            + (result.target.map { ", against a target of \(Percent.text($0))" } ?? "") + ". The table after the chart gives every month."
        return
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTMLPage.escape(label))\">"
            + shapes.joined() + "</svg>"
    }
}
