import Foundation
import PledgeCore

/// Draws a neighbourhood's crimes for a month on its boundary, server-side, as inline SVG. Each snapped
/// point is a circle coloured by its commonest category and sized by its count; the legend names the
/// colours, and the page carries a table of the same points, so colour is never the only way in.
enum CrimeMapSVG {
    /// Colours for categories in order of frequency, each with at least 3:1 contrast against white.
    static let palette = [
        "#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#b58840", "#b0500e", "#912b88", "#28a197", "#5694ca", "#6f72af", "#85994b", "#0b0c0c", "#d53880",
        "#505a5f",
    ]

    static func colours(for summary: CrimeSummary) -> [String: String] {
        Dictionary(uniqueKeysWithValues: summary.categories.enumerated().map { ($0.element.category, palette[$0.offset % palette.count]) })
    }

    /// The legend swatch's class for the category ranked `rank` (0: the commonest), coloured as `colours` does.
    static func swatchClass(rank: Int) -> String { "swatch-\(rank % palette.count)" }

    /// The style sheet's rules for the swatch classes.
    static var swatchRules: String { palette.enumerated().map { ".swatch-\($0.offset) { background: \($0.element); }" }.joined(separator: " ") }

    static func svg(boundary: Boundary?, summary: CrimeSummary, title: String, width: Double = 640, height: Double = 480) -> String {
        let points = summary.points.map(\.point) + (boundary?.polygons.flatMap { $0.flatMap { $0 } } ?? [])
        guard !points.isEmpty else { return "" }
        var minLat = points.map(\.latitude).min()!, maxLat = points.map(\.latitude).max()!
        var minLon = points.map(\.longitude).min()!, maxLon = points.map(\.longitude).max()!
        if maxLat - minLat < 0.002 { minLat -= 0.001; maxLat += 0.001 }
        if maxLon - minLon < 0.003 { minLon -= 0.0015; maxLon += 0.0015 }
        // An equirectangular projection scaled by the cosine of the middle latitude keeps shapes true at this size.
        let scaleX = cos((minLat + maxLat) / 2 * .pi / 180)
        let spanX = (maxLon - minLon) * scaleX, spanY = maxLat - minLat
        let margin = 12.0
        let scale = min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY)
        let drawnWidth = spanX * scale + 2 * margin, drawnHeight = spanY * scale + 2 * margin
        func x(_ point: GeoPoint) -> Double { margin + (point.longitude - minLon) * scaleX * scale }
        func y(_ point: GeoPoint) -> Double { margin + (maxLat - point.latitude) * scale }
        let f = HTMLPage.coordinate
        var shapes: [String] = []
        if let boundary {
            for polygon in boundary.polygons {
                let path = polygon.map { ring in "M" + ring.map { "\(f(x($0))),\(f(y($0)))" }.joined(separator: "L") + "Z" }.joined()
                shapes.append("<path d=\"\(path)\" fill=\"#f3f2f1\" fill-rule=\"evenodd\" stroke=\"#0b0c0c\" stroke-width=\"2\" />")
            }
        }
        let colours = colours(for: summary)
        let largest = Double(summary.points.map(\.total).max() ?? 1)
        for point in summary.points {
            let radius = 3 + 7 * (Double(point.total) / largest).squareRoot()
            let tip = "\(point.location): " + point.categories.map { "\($0.count) \($0.category)" }.joined(separator: ", ")
            shapes.append(
                "<circle cx=\"\(f(x(point.point)))\" cy=\"\(f(y(point.point)))\" r=\"\(f(radius))\" fill=\"\(colours[point.categories[0].category]!)\" fill-opacity=\"0.85\" stroke=\"#fff\" stroke-width=\"1\"><title>\(HTMLPage.escape(tip))</title></circle>"
            )
        }
        let label = "\(title): \(summary.total) crimes at \(summary.points.count) places. The same figures are in the table below."
        return
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(drawnWidth))\" height=\"\(f(drawnHeight))\" viewBox=\"0 0 \(f(drawnWidth)) \(f(drawnHeight))\" role=\"img\" aria-label=\"\(HTMLPage.escape(label))\">"
            + shapes.joined() + "</svg>"
    }
}
