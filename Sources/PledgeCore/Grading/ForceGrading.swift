/// The force's grade (`grading.md` §4): the mean points of the promises and improvement areas that have
/// grades, rounded as for a promise, then capped: any promise POOR caps it at FAIR; EXCELLENT needs no
/// promise below GOOD and at least half of the graded promises EXCELLENT.
public struct ForceGrading: Sendable {
    /// Published promise grades, 1–10 (nil: NOT ASSESSED).
    public let promises: [Int: Grade?]
    /// The three improvement areas' grades, 1–3 (nil: not yet assessed).
    public let improvementAreas: [Int: Grade?]
    public let mean: PointsMean
    /// The rounded mean before the caps.
    public let uncapped: Grade?
    public let grade: Grade?
    /// The cap that lowered the grade, in words; nil when none applied.
    public let cap: String?

    /// The promises (1–10) with no grade, from figures or an assessor: while any is left, the force is
    /// NOT ASSESSED (`grading.md` §4), so that a period without records is never graded on what is left.
    public var ungradedPromises: [Int] { (1...10).filter { (promises[$0] ?? nil) == nil } }

    public init(promises: [Int: Grade?], improvementAreas: [Int: Grade?]) {
        self.promises = promises
        self.improvementAreas = improvementAreas
        let graded = (Array(promises.values) + Array(improvementAreas.values)).compactMap { $0 }
        mean = PointsMean(weightedPoints: graded.reduce(0) { $0 + $1.points }, weights: graded.count)
        let complete = (1...10).allSatisfy { (promises[$0] ?? nil) != nil }
        uncapped = complete ? mean.grade : nil
        let promiseGrades = promises.values.compactMap { $0 }
        var capped = uncapped
        var cap: String?
        if let current = capped, current > .fair, promiseGrades.contains(.poor) {
            capped = .fair
            cap = "a promise is POOR, so the force is at most FAIR"
        }
        if capped == .excellent {
            let excellent = promiseGrades.filter { $0 == .excellent }.count
            if promiseGrades.contains(where: { $0 < .good }) {
                capped = .good
                cap = "a promise is below GOOD, so the force cannot be EXCELLENT"
            } else if 2 * excellent < promiseGrades.count {
                capped = .good
                cap = "only \(excellent) of \(promiseGrades.count) graded promises are EXCELLENT, fewer than half"
            }
        }
        grade = capped
        self.cap = cap
    }

    /// How the grade came about, with the sum written out.
    public var explanation: String {
        let missing = ungradedPromises
        if !missing.isEmpty {
            let list = missing.map(String.init).joined(separator: ", ")
            return "NOT ASSESSED: the force is graded only when all ten promises have a grade; "
                + (missing.count == 1 ? "promise \(list) has none" : "promises \(list) have none")
        }
        guard let uncapped, let grade else { return "NOT ASSESSED: nothing could be graded" }
        var text = "mean of \(mean.weights) graded promises and areas: \(mean.workings), nearest grade (a tie goes up): \(uncapped.label)"
        if let cap { text += "; capped at \(grade.label): \(cap)" }
        return text
    }
}
