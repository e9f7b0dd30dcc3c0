import PledgeCore

/// Draws a funnel plot: share against denominator, limits as curves, forces as labelled dots.
public enum FunnelChart {
    /// The plot as inline SVG; empty when it has no points.
    public static func svg(_ funnel: FunnelPlot, width: Double = 640, height: Double = 300) -> String {
        guard let national = funnel.national, let largest = funnel.points.map(\.denominator).max() else { return "" }
        let left = 48.0, right = 12.0, top = 10.0, bottom = 30.0
        let lowest = min(funnel.points.map(\.value).min()!, national - 0.15), highest = max(funnel.points.map(\.value).max()!, min(1, national + 0.1))
        let span = max(highest - lowest, 0.01), maxN = largest * 1.05
        func x(_ n: Double) -> Double { left + (width - left - right) * n / maxN }
        func y(_ share: Double) -> Double { top + (height - top - bottom) * (1 - (max(lowest, min(highest, share)) - lowest) / span) }
        let f = HTMLPage.coordinate
        var shapes: [String] = []
        let steps = (1...80).map { maxN * Double($0) / 80 }
        for (z, dash) in [(FunnelPlot.z95, "4,3"), (FunnelPlot.z998, "")] {
            for side in [0, 1] {
                let points = steps.map { n -> String in
                    let limits = FunnelPlot.limits(national, n, z)
                    return "\(f(x(n))),\(f(y(side == 0 ? limits.lower : limits.upper)))"
                }
                shapes.append(
                    "<polyline fill=\"none\" stroke=\"#777\" stroke-width=\"1\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") points=\"\(points.joined(separator: " "))\" />"
                )
            }
        }
        shapes.append(
            "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(national)))\" y2=\"\(f(y(national)))\" stroke=\"#1d3f72\" stroke-width=\"1\" />"
        )
        shapes.append("<line x1=\"\(f(left))\" x2=\"\(f(left))\" y1=\"\(f(top))\" y2=\"\(f(height - bottom))\" stroke=\"#111\" />")
        shapes.append(
            "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(height - bottom))\" y2=\"\(f(height - bottom))\" stroke=\"#111\" />")
        for share in [lowest, national, highest] {
            shapes.append(
                "<text x=\"\(f(left - 4))\" y=\"\(f(y(share) + 3))\" font-size=\"9\" text-anchor=\"end\">\(HTMLPage.escape(Percent.text(share)))</text>"
            )
        }
        shapes.append(
            "<text x=\"\(f(width - right))\" y=\"\(f(height - 8))\" font-size=\"9\" text-anchor=\"end\">records: \(HTMLPage.escape(Thousands.text(maxN)))</text>"
        )
        for point in funnel.points {
            let colour = point.position == .within ? "#1d3f72" : (point.position == .above95 || point.position == .above998 ? "#0b6e2f" : "#a4161a")
            let tip = "\(point.forceName): \(Percent.text(point.value)) of \(Thousands.text(point.denominator)) (\(point.position.rawValue))"
            shapes.append(
                "<circle cx=\"\(f(x(point.denominator)))\" cy=\"\(f(y(point.value)))\" r=\"3.5\" fill=\"\(colour)\"><title>\(HTMLPage.escape(tip))</title></circle>"
            )
            if point.position != .within {
                // Labels near the right edge go to the left of their dot, so that they stay inside the plot.
                let leftward = x(point.denominator) > width * 0.7
                shapes.append(
                    "<text x=\"\(f(x(point.denominator) + (leftward ? -5 : 5)))\" y=\"\(f(y(point.value) + 3))\" font-size=\"8\"\(leftward ? " text-anchor=\"end\"" : "")>\(HTMLPage.escape(point.forceName))</text>"
                )
            }
        }
        return
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTMLPage.escape("Funnel plot of \(funnel.indicator.title)"))\">"
            + shapes.joined() + "</svg>"
    }
}
