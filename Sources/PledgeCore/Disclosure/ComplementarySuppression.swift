/// Complementary suppression over any table of counts: once some cells are withheld, a shown total must not
/// give one back by subtraction. Used by `Disclosure` (areas of an indicator) and `ComplaintsDisclosure`
/// (the cells of the Authority's complaints tables).
enum ComplementarySuppression {
    /// Withholds shown members (never one `isFixed` says is always shown) until no whole has exactly one
    /// withheld member: the one with the fewest records each time, the first in `Key` order among equals. A
    /// member with no records is no cover, since it is known to be none. A whole or part absent from
    /// `records` is not shown, so it neither gives anything away nor covers. Ends: each pass withholds one
    /// more cell or stops.
    static func complete<Key: Hashable & Comparable>(
        _ reasons: inout [Key: Disclosure.Reason], records: [Key: Int], wholes: [(whole: Key, parts: [Key])], isFixed: (Key) -> Bool
    ) {
        var changed = !reasons.isEmpty
        while changed {
            changed = false
            for (whole, parts) in wholes where records[whole] != nil {
                let members = [whole] + parts.filter { records[$0] != nil }
                guard members.filter({ reasons[$0] != nil }).count == 1 else { continue }
                let cover = members.filter { !isFixed($0) && reasons[$0] == nil && (records[$0] ?? 0) > 0 }
                    .min { (records[$0] ?? 0, $0) < (records[$1] ?? 0, $1) }
                guard let cover else { continue }
                reasons[cover] = .complementary
                changed = true
            }
        }
    }
}
