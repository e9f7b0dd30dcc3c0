/// Finds the neighbourhood whose boundary holds a point.
public struct BoundaryIndex: Sendable {
    private let boundaries: [Boundary]

    /// An index over boundaries; where boundaries overlap, the first in id order wins, so placement is
    /// the same whatever order they were imported in.
    public init(_ boundaries: [Boundary]) {
        self.boundaries = boundaries.sorted { $0.neighbourhoodID < $1.neighbourhoodID }
    }

    public var isEmpty: Bool { boundaries.isEmpty }

    /// The id of the neighbourhood holding the point, or nil.
    public func neighbourhood(containing point: GeoPoint) -> String? {
        boundaries.first { $0.contains(point) }?.neighbourhoodID
    }
}
