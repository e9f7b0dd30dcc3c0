import GRDB
import PledgeCore
import PledgeImport
import PledgeSQLite
import PledgeStore
import PledgeTestSupport
import Testing

/// A store changed outside Pledgewatch (a value its schema's checks let through that no reader can parse)
/// makes the read that meets it throw a `StoreError` naming the table and column: a report fails, the
/// process does not trap.
@Suite("a store changed outside Pledgewatch")
struct UnreadableStoreTests {
    static let force = ForceCatalogue.force(id: "leicestershire")!

    /// Changes the store's file with SQL, as someone with sqlite3 might.
    static func tamper(_ harness: ImportHarness, _ sql: String) throws {
        let queue = try DatabaseQueue(path: harness.databasePath)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: sql)
        }
        try queue.close()
    }

    @Test("an update whose month is '2009-13' makes the facts read throw, naming updates.month")
    func unreadableMonth() async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let report = try harness.importText(
            "update_id,force,neighbourhood_id,month,published_on,has_crime_map,has_justice_outcomes,has_partner_action,has_force_performance\nU1,leicestershire,NC04,2009-02,2009-03-02,true,true,true,true\n",
            name: "updates.csv")
        #expect(report.error == nil && report.counts.rejected == 0)
        let window = (from: Instant(secondsSinceEpoch: 1_230_768_000), to: Instant(secondsSinceEpoch: 1_262_304_000))
        #expect(try await harness.store.indicatorFacts(force: Self.force, from: window.from, to: window.to).updates.count == 1)
        try Self.tamper(harness, "UPDATE updates SET month = '2009-13'")
        await #expect { try await harness.store.indicatorFacts(force: Self.force, from: window.from, to: window.to) } throws: { error in
            let failure = error as? StoreError
            return failure?.code == .readFailed && failure?.message.contains("updates") == true && failure?.message.contains("month") == true
        }
    }

    @Test("a monitoring plan row with a frequency its checks refuse makes the plan read throw, naming monitoring_plans.frequency")
    func unreadablePlan() async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        try await harness.store.keepMonitoringPlan(force: Self.force, plan: .leicestershireDefault)
        _ = try await harness.store.monitoringPlan(force: Self.force)
        #expect(try harness.count("monitoring_plans") > 0)
        try Self.tamper(harness, "UPDATE monitoring_plans SET frequency = 'fortnightly' WHERE id = (SELECT min(id) FROM monitoring_plans)")
        await #expect { try await harness.store.monitoringPlan(force: Self.force) } throws: { error in
            (error as? StoreError)?.message.contains("monitoring_plans") == true
        }
    }
}
