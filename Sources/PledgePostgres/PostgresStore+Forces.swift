import PledgeCore
import PledgeStore
import PostgresNIO

extension PostgresStore {
    /// The forces the store knows (the built-in 43 its migration lists), by id.
    public func forces() async throws -> [Force] {
        try await rows("SELECT number, id, name, time_zone FROM forces ORDER BY id", doing: "read the forces") { row in
            let (number, id, name, timeZone) = try row.decode((Int, String, String, String).self)
            return Force(id: id, name: name, number: number, timeZone: timeZone)
        }
    }
}
