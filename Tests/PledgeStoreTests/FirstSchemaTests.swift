import Crypto
import Foundation
import PledgeStore
import Testing

@testable import PledgePostgres
@testable import PledgeSQLite

/// Migration 0001 is rendered from `FirstSchema` for both stores. A store that has applied it never applies
/// it again, so the SQL must stay exactly as it shipped: these digests are of the SQL as it was written out
/// by hand before the description replaced it, and a change to the description or to `SQLDialect` that
/// alters either store's first migration fails here (make it a new migration instead).
@Suite("the first migration is frozen")
struct FirstSchemaTests {
    @Test("SQLite's migration 0001 is the SQL that shipped")
    func sqlite() {
        #expect(digest(M0001Initial.sql) == "02f5ee47bfa3544dda58bd54f4c7ecff914531b9c1a31dac4cda6d4fc26fbd99")
    }

    @Test("PostgreSQL's migration 0001 is the SQL that shipped")
    func postgres() {
        #expect(digest(P0001Initial.sql) == "fc9f0878e71c5631287c53cc5891f40677ea71921b316663283294aa6aafa5b5")
    }

    @Test("each dialect spells the same columns, in the same order, for every record table")
    func sameColumns() {
        for table in FirstSchema.recordTables {
            let columns = { (dialect: SQLDialect) in
                table.create(in: dialect).split(separator: "\n").dropFirst().dropLast().map { $0.split(separator: " ").first ?? "" }
            }
            #expect(columns(.sqlite) == columns(.postgres).filter { $0 != "PRIMARY" }, "\(table.create(in: .sqlite))")
        }
    }

    private func digest(_ sql: String) -> String {
        SHA256.hash(data: Data(sql.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
