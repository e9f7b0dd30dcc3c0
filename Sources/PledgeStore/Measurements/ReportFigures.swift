import PledgeCore

/// A force's figures for a window: the report card, and the engine's results for every area behind it.
public struct ReportFigures: Sendable {
    public let card: ReportCard
    /// Every indicator for every area (force, urban, rural, units, neighbourhoods), in catalogue order.
    public let results: [IndicatorResult]
}
