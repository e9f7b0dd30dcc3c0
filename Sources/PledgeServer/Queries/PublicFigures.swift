import PledgeCore
import PledgeStore

/// A force's figures for a period as the public site and `/api/v1` show them: the report card, every area's
/// results, and what of them `Disclosure` withholds (small numbers about people below the force). Every
/// public page and answer that shows a unit's or neighbourhood's figure reads it through `disclosure`.
struct PublicFigures: Sendable {
    let figures: ReportFigures
    let disclosure: Disclosure

    var card: ReportCard { figures.card }
    var results: [IndicatorResult] { figures.results }

    /// The force's figures for the window, and what to withhold of them given its neighbourhoods' units.
    static func compute(_ store: any PledgeStore, force: Force, window: ReportWindow) async throws -> PublicFigures {
        let figures = try await Measurements(store).reportFigures(force: force, window: window)
        let profiles = try await store.neighbourhoodProfiles(force: force)
        let directory = NeighbourhoodDirectory(profiles.map { .init(id: $0.id, unit: $0.unit, urban: $0.urban) })
        return PublicFigures(figures: figures, disclosure: Disclosure(results: figures.results, directory: directory))
    }
}
