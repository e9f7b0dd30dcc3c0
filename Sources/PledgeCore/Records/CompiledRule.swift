/// A `ConsistencyRule` with its field names resolved to positions in the row.
enum CompiledRule {
    case notBefore(later: Int, earlier: Int)
    case dutyHoursAddUp(onDuty: Int, visible: Int, abstracted: Int)
    case neighbourhoodKnown(Int)
    case victimExists(crime: Int, victim: Int)

    /// Whether the rule needs to look at stored records (and so must run where the store is).
    var needsLookup: Bool {
        switch self {
        case .neighbourhoodKnown, .victimExists: true
        case .notBefore, .dutyHoursAddUp: false
        }
    }

    init(_ rule: ConsistencyRule, _ schema: RecordSchema) {
        func at(_ name: String) -> Int { schema.index(of: name)! }
        switch rule {
        case .notBefore(let later, let earlier): self = .notBefore(later: at(later), earlier: at(earlier))
        case .dutyHoursAddUp:
            self = .dutyHoursAddUp(onDuty: at("hours_on_duty"), visible: at("hours_visible"), abstracted: at("hours_abstracted"))
        case .neighbourhoodKnown: self = .neighbourhoodKnown(at("neighbourhood_id"))
        case .victimExists: self = .victimExists(crime: at("crime_ref"), victim: at("victim_ref"))
        }
    }

    /// Throws the row's problem when the rule is broken.
    func check(_ values: [FieldValue], force: Force, fields: [FieldSpec], lookup: (any RecordLookup)?) throws {
        switch self {
        case .notBefore(let later, let earlier):
            let (a, b) = (values[later], values[earlier])
            if let x = a.instant, let y = b.instant, x < y {
                throw RowProblem(field: fields[later].name, "\(x) is before \(fields[earlier].name) \(y)")
            }
            if let x = a.date, let y = b.date, x < y {
                throw RowProblem(field: fields[later].name, "\(x) is before \(fields[earlier].name) \(y)")
            }
        case .dutyHoursAddUp(let onDutyIndex, let visibleIndex, let abstractedIndex):
            let onDuty = values[onDutyIndex].number ?? 0
            let visible = values[visibleIndex].number ?? 0
            let abstracted = values[abstractedIndex].number ?? 0
            if visible + abstracted > onDuty + 1e-9 {
                throw RowProblem(
                    field: "hours_on_duty",
                    "hours_visible (\(visible)) + hours_abstracted (\(abstracted)) exceed hours_on_duty (\(onDuty))")
            }
        case .neighbourhoodKnown(let index):
            if let id = values[index].text, let lookup, try !lookup.neighbourhoodExists(force: force, id: id) {
                throw RowProblem(field: "neighbourhood_id", "'\(id)' is not a neighbourhood of \(force.id)")
            }
        case .victimExists(let crimeIndex, let victimIndex):
            let crime = values[crimeIndex].text ?? ""
            let victim = values[victimIndex].text ?? ""
            if let lookup, try !lookup.victimExists(force: force, crimeRef: crime, victimRef: victim) {
                throw RowProblem(
                    field: "victim_ref", "no victim (crime_ref \(crime), victim_ref \(victim)) in \(force.id): import victims first")
            }
        }
    }
}
