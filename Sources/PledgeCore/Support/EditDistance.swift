/// How far apart two pieces of text are: the fewest single-character insertions, deletions and
/// substitutions that turn one into the other (Levenshtein), used to suggest what a mistyped name meant.
public enum EditDistance {
    /// The edit distance between `a` and `b`, compared character by character as given (callers fold
    /// case first when case should not count).
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        // One row of the table at a time: previous[j] is the distance from a's first i - 1 characters to b's first j.
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate nearest to `text`, when it is near enough to be a slip rather than another name:
    /// at most a third of the text's length away (and at least one edit allowed). Ties go to the first.
    public static func nearest<Candidate>(to text: String, among candidates: [Candidate], names: (Candidate) -> [String]) -> Candidate? {
        let allowed = max(1, text.count / 3)
        var best: (candidate: Candidate, distance: Int)?
        for candidate in candidates {
            guard let distance = names(candidate).map({ between(text, $0) }).min(), distance <= allowed else { continue }
            if distance < best?.distance ?? Int.max { best = (candidate, distance) }
        }
        return best?.candidate
    }
}
