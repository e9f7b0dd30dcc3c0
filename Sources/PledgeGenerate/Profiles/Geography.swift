import Foundation
import PledgeCore

/// A generated neighbourhood: a cell of the grid that tiles the force area.
struct NeighbourhoodPlan {
    let id: String
    let name: String
    let lpu: String
    let urban: Bool
    let south: Double, north: Double, west: Double, east: Double
    let population: Int
    let postcode: String

    var latitude: Double { (south + north) / 2 }
    var longitude: Double { (west + east) / 2 }
}

/// The force area cut into a grid of neighbourhoods: the cells tile the bounding box exactly, so every
/// point of the force area is in exactly one neighbourhood; local policing units are contiguous runs of
/// cells; the cells nearest the towns are urban.
struct Geography {
    let neighbourhoods: [NeighbourhoodPlan]

    init(_ settings: ForceSettings, random: inout SeededRandom) {
        let count = settings.lpus.count * settings.neighbourhoodsPerLPU
        let width = (settings.east - settings.west) * 0.61  // degrees of longitude are shorter here
        let height = settings.north - settings.south
        var columns = max(1, Int((Double(count) * width / height).squareRoot().rounded()))
        while count % columns != 0 && columns > 1 { columns -= 1 }
        let rows = count / columns
        let cellHeight = height / Double(rows)
        let cellWidth = (settings.east - settings.west) / Double(columns)
        // Serpentine order keeps each LPU's cells next to each other.
        var cells: [(row: Int, column: Int)] = []
        for row in 0..<rows {
            for step in 0..<columns { cells.append((row, row % 2 == 0 ? step : columns - 1 - step)) }
        }
        func centre(_ cell: (row: Int, column: Int)) -> (Double, Double) {
            (settings.south + (Double(cell.row) + 0.5) * cellHeight, settings.west + (Double(cell.column) + 0.5) * cellWidth)
        }
        func distanceToTown(_ cell: (row: Int, column: Int)) -> Double {
            let (lat, lon) = centre(cell)
            return settings.towns.map { (($0.0 - lat) * ($0.0 - lat) + ($0.1 - lon) * 0.61 * ($0.1 - lon) * 0.61) }.min() ?? 0
        }
        let urbanCount = Int((Double(count) * settings.urbanShare).rounded())
        let urbanCells = Set(cells.indices.sorted { distanceToTown(cells[$0]) < distanceToTown(cells[$1]) }.prefix(urbanCount))
        let prefix = settings.force.id.prefix(2).uppercased()
        neighbourhoods = cells.enumerated().map { index, cell in
            let lpuIndex = index / settings.neighbourhoodsPerLPU
            let lpu = settings.lpus[lpuIndex]
            let urban = urbanCells.contains(index)
            let population = urban ? random.int(9_000...16_000) : random.int(4_000...9_000)
            let letters = Array("ABDEFGHJLNPQRSTUWXYZ")
            let postcode = "\(prefix)\(lpuIndex + 1) \(random.int(1...9))\(random.pick(letters))\(random.pick(letters))"
            return NeighbourhoodPlan(
                id: "\(prefix)\(String(format: "%02d", lpuIndex + 1))\(String(format: "%02d", index % settings.neighbourhoodsPerLPU + 1))",
                name: "\(lpu) \(index % settings.neighbourhoodsPerLPU + 1)", lpu: lpu, urban: urban,
                south: settings.south + Double(cell.row) * cellHeight, north: settings.south + Double(cell.row + 1) * cellHeight,
                west: settings.west + Double(cell.column) * cellWidth, east: settings.west + Double(cell.column + 1) * cellWidth,
                population: population, postcode: postcode)
        }
    }
}
