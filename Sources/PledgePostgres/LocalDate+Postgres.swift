import Foundation
import PledgeCore

extension LocalDate {
    /// The day a `date` column holds. PostgresNIO decodes a `date` as the `Date` of its midnight UTC, a whole
    /// number of days from 1970-01-01 in seconds, which a Double holds exactly: the division is exact too.
    /// The one way this store reads dates (they are written as `$n::date` from `YYYY-MM-DD` text).
    init(postgres date: Date) {
        self.init(daysSinceEpoch: Int64((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
