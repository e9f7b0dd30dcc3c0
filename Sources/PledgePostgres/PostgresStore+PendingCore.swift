import PledgeCore
import PledgeStore

// Placeholder while the import and facts are written: every method throws. To be deleted.
extension PostgresStore {
    private func pendingCore() -> StoreError { StoreError(.readFailed, "not written yet") }
    public func status() async throws -> StoreStatus { throw pendingCore() }
    public func indicatorFacts(force: Force, from: Instant, to: Instant) async throws -> IndicatorFacts { throw pendingCore() }
    public func refreshDerivedData() throws {}
    public func dataVersion() async throws -> Int64 { throw pendingCore() }
    public func importFile<Result>(_ file: ImportFileInfo, _ body: (any ImportTransaction) throws -> (Result, ImportDecision)) throws -> Result {
        throw pendingCore()
    }
}
