import PledgeCore

/// A small inline SVG run chart of monthly shares with the target as a dashed line; empty months are gaps.
public enum RunChart {
    /// The chart as inline SVG, empty when fewer than two months have a value.
    public static func svg(values: [Double?], target: Double?, width: Double = 96, height: Double = 24) -> String {
        let present = values.compactMap { $0 }
        guard present.count >= 2 else { return "" }
        let low = min(present.min()!, target ?? 1), high = max(present.max()!, target ?? 0)
        let span = max(high - low, 0.01)
        func x(_ index: Int) -> Double { 2 + (width - 4) * Double(index) / Double(max(values.count - 1, 1)) }
        func y(_ value: Double) -> Double { 2 + (height - 4) * (1 - (value - low) / span) }
        let fixed = HTMLPage.coordinate
        var segments: [[String]] = [[]]
        for (index, value) in values.enumerated() {
            if let value {
                segments[segments.count - 1].append("\(fixed(x(index))),\(fixed(y(value)))")
            } else if !segments.last!.isEmpty {
                segments.append([])
            }
        }
        var shapes = segments.filter { $0.count >= 2 }.map {
            "<polyline fill=\"none\" stroke=\"#1d3f72\" stroke-width=\"1.2\" points=\"\($0.joined(separator: " "))\" />"
        }
        if let target {
            shapes.insert(
                "<line x1=\"2\" x2=\"\(fixed(width - 2))\" y1=\"\(fixed(y(target)))\" y2=\"\(fixed(y(target)))\" stroke=\"#a4161a\" stroke-dasharray=\"2,2\" stroke-width=\"0.8\" />",
                at: 0)
        }
        let label = "monthly values from \(Percent.text(present.min()!)) to \(Percent.text(present.max()!))"
        return
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(fixed(width))\" height=\"\(fixed(height))\" viewBox=\"0 0 \(fixed(width)) \(fixed(height))\" role=\"img\" aria-label=\"\(HTMLPage.escape(label))\">"
            + shapes.joined() + "</svg>"
    }
}
