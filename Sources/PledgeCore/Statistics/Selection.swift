/// Finding the k-th smallest value without sorting (Hoare's quickselect).
public enum Selection {
    /// The value that would be at `rank` (0-based) if `values` were sorted. Reorders `values`.
    public static func select(_ values: inout [Int64], rank: Int) -> Int64 {
        precondition(values.indices.contains(rank), "rank out of range")
        var low = 0
        var high = values.count - 1
        while low < high {
            // Median of three as the pivot keeps sorted and reversed input linear.
            let mid = low + (high - low) / 2
            let pivot = max(min(values[low], values[mid]), min(max(values[low], values[mid]), values[high]))
            var i = low
            var j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if rank <= j { high = j } else if rank >= i { low = i } else { return values[rank] }
        }
        return values[rank]
    }
}
