/// Turns the raw fields of one row into a `ValidatedRecord`, or says why the row breaks the contract.
///
/// It checks everything a row can be judged on alone; the rules that need stored records (a known
/// neighbourhood, an existing victim) are checked by `ReferenceChecker` where the store is, so that
/// validation can run on another thread from the writing. One validator serves one file: it remembers the anti-social behaviour rows it has seen so that
/// identical ones (police.uk publishes them without an id) get distinct, stable keys. The schema is
/// compiled to positions once, so checking a row does no lookups by name.
public final class RecordValidator {
    public let schema: RecordSchema
    private let futureLimit: Instant
    private let forceIndex: Int
    private let fields: [FieldSpec]
    private let futureAllowed: [Bool]
    private let choices: [[FieldParsers.Word]?]
    private let rules: [CompiledRule]
    private let monthIndex: Int?
    /// For each instant, date or month field other than the record's start, how many years after the
    /// start it may lie (`PlausibleRange`); nil for other fields.
    private let yearsAfterStart: [Int?]
    private var digestsSeen: [UInt64: Int] = [:]
    private var lastForce: (bytes: [UInt8], force: Force, zone: ZoneRules)?

    /// A validator for one file of `kind`, judging "the future" from `now` (the injected clock).
    public init(kind: RecordKind, now: Instant) {
        let schema = RecordSchema.of(kind)
        self.schema = schema
        self.futureLimit = now.adding(seconds: 86_400)
        self.forceIndex = schema.fields.firstIndex { $0.type == .force || $0.type == .forceName }!
        self.fields = schema.fields
        self.futureAllowed = schema.fields.map { schema.futureAllowed.contains($0.name) }
        self.choices = schema.fields.map { spec in
            if case .choice(let words) = spec.type { words.map(FieldParsers.Word.init) } else { nil }
        }
        self.rules = schema.rules.map { CompiledRule($0, schema) }.filter { !$0.needsLookup }
        self.monthIndex = schema.monthField.flatMap(schema.index(of:))
        self.yearsAfterStart = schema.fields.map { spec -> Int? in
            guard spec.name != schema.monthField else { return nil }
            switch spec.type {
            case .instant, .date, .month: return schema.laterYears[spec.name] ?? PlausibleRange.yearsAfterStart
            default: return nil
            }
        }
    }

    /// The most bytes one field may hold: longer is not a value a force records, and it would be carried
    /// through every step of the import (docs/records.md, "Limits").
    public static let maxFieldBytes = 65_536

    /// Validates one row. `field(i)` gives the bytes of `schema.fields[i]`, or nil when the file has no
    /// such column.
    public func validate(_ field: (Int) -> UnsafeRawBufferPointer?) -> Result<ValidatedRecord, RowProblem> {
        do {
            let (force, zone) = try readForce(field(forceIndex))
            var values = [FieldValue](repeating: .null, count: fields.count)
            for index in fields.indices where index != forceIndex {
                values[index] = try read(index, field(index).map(trimmed), zone: zone)
            }
            values[forceIndex] = .text(force.id)
            try checkAfterStart(values, zone: zone)
            for rule in rules { try rule.check(values, force: force, fields: fields, lookup: nil) }
            return .success(
                ValidatedRecord(
                    kind: schema.kind, force: force, values: values, localMonth: localMonth(values, zone: zone),
                    derivedKey: schema.derivedKey == nil ? nil : deriveKey(values, field)))
        } catch let problem as RowProblem {
            return .failure(problem)
        } catch {
            return .failure(RowProblem(field: nil, "could not be checked: \(error)"))
        }
    }

    private func readForce(_ raw: UnsafeRawBufferPointer?) throws -> (Force, ZoneRules) {
        let spec = fields[forceIndex]
        guard let bytes = raw.map(trimmed), !bytes.isEmpty else {
            throw RowProblem(field: spec.name, "is required but blank")
        }
        if let last = lastForce, last.bytes.elementsEqual(bytes) { return (last.force, last.zone) }
        let text = String(decoding: bytes, as: UTF8.self)
        let found = spec.type == .forceName ? ForceCatalogue.force(named: text) : ForceCatalogue.force(id: text)
        guard let force = found else {
            throw RowProblem(field: spec.name, "\(QuotedValue.quote(bytes)) is not a force of England and Wales (see `pledgewatch forces`)")
        }
        guard let zone = ZoneRulesCache.rules(for: force.timeZone) else {
            throw RowProblem(field: spec.name, "the force's time zone \(force.timeZone) is unknown to this system")
        }
        lastForce = (Array(bytes), force, zone)
        return (force, zone)
    }

    private func read(_ index: Int, _ raw: UnsafeRawBufferPointer?, zone: ZoneRules) throws -> FieldValue {
        let spec = fields[index]
        guard let bytes = raw, !bytes.isEmpty else {
            if spec.required { throw RowProblem(field: spec.name, raw == nil ? "is required but missing" : "is required but blank") }
            return .null
        }
        guard bytes.count <= Self.maxFieldBytes else {
            throw RowProblem(
                field: spec.name,
                "is \(Thousands.text(bytes.count)) bytes long; a field may hold at most \(Thousands.text(Self.maxFieldBytes)): \(QuotedValue.quote(bytes))"
            )
        }
        func fail(_ expected: String) -> RowProblem {
            RowProblem(field: spec.name, "\(QuotedValue.quote(bytes)) is not \(expected)")
        }
        func plausible(_ value: FieldValue) throws -> FieldValue {
            if let day = value.day(in: zone),
                let problem = PlausibleRange.eraProblem(
                    field: spec.name, day: day, shown: QuotedValue.quote(bytes), isMonth: value.date == nil && value.instant == nil)
            {
                throw problem
            }
            return value
        }
        switch spec.type {
        case .id:
            guard let value = FieldParsers.id(bytes) else { throw fail("an id (1–64 of A-Z a-z 0-9 . _ : / -)") }
            return .text(value)
        case .force, .forceName:
            throw fail("expected here")  // Read by readForce.
        case .instant:
            switch InstantParser.parse(bytes, zone: zone) {
            case .success(let instant):
                if instant > futureLimit, !futureAllowed[index] {
                    throw RowProblem(field: spec.name, "\(instant) is more than a day in the future")
                }
                return try plausible(.instant(instant))
            case .failure(let problem): throw RowProblem(field: spec.name, problem.reason)
            }
        case .date:
            guard let value = FieldParsers.date(bytes) else { throw fail("a date (YYYY-MM-DD)") }
            return try plausible(.date(value))
        case .month:
            guard let value = FieldParsers.month(bytes) else { throw fail("a month (YYYY-MM)") }
            return try plausible(.month(value))
        case .bool:
            guard let value = FieldParsers.bool(bytes) else { throw fail("true/false, yes/no, y/n or 1/0") }
            return .bool(value)
        case .integer(let range):
            guard let value = FieldParsers.integer(bytes) else { throw fail("a whole number") }
            guard range.contains(value) else { throw fail("between \(range.lowerBound) and \(range.upperBound)") }
            return .integer(value)
        case .number(let range):
            guard let value = FieldParsers.number(bytes) else { throw fail("a number") }
            guard range.contains(value) else { throw fail("between \(range.lowerBound) and \(range.upperBound)") }
            return .number(value)
        case .text:
            guard let value = FieldParsers.text(bytes) else { throw RowProblem(field: spec.name, "is not valid UTF-8") }
            return .text(value)
        case .choice(let words):
            guard let word = choices[index]!.first(where: { $0.matches(bytes) }) else {
                throw fail("one of \(words.joined(separator: ", "))")
            }
            return .text(word.text)
        case .surveyAnswer:
            guard let value = FieldParsers.surveyAnswer(bytes) else { throw fail("yes, no or a number 1–5") }
            return .text(value)
        }
    }

    /// Rejects an instant, date or month more years after the record's start than its field allows.
    private func checkAfterStart(_ values: [FieldValue], zone: ZoneRules) throws {
        guard let monthIndex, let start = values[monthIndex].day(in: zone) else { return }
        for (index, years) in yearsAfterStart.enumerated() {
            guard let years, let day = values[index].day(in: zone) else { continue }
            if PlausibleRange.date(start, plusYears: years) < day {
                throw RowProblem(
                    field: fields[index].name,
                    "\(Self.shown(values[index])) is more than \(years) years after \(fields[monthIndex].name) \(Self.shown(values[monthIndex]))")
            }
        }
    }

    private static func shown(_ value: FieldValue) -> String {
        switch value {
        case .instant(let instant): instant.description
        case .date(let date): date.description
        case .month(let month): month.description
        default: "\(value)"
        }
    }

    private func localMonth(_ values: [FieldValue], zone: ZoneRules) -> Int? {
        guard let monthIndex else { return nil }
        switch values[monthIndex] {
        case .instant(let instant): return zone.localDate(of: instant).yearMonth.compact
        case .date(let date): return date.yearMonth.compact
        case .month(let month): return month.compact
        default: return nil
        }
    }

    /// The police.uk Crime ID when there is one; otherwise `asb-` and a digest of the row's fields, with
    /// the occurrence number within the file so that identical rows stay distinct records.
    private func deriveKey(_ values: [FieldValue], _ field: (Int) -> UnsafeRawBufferPointer?) -> String {
        if let id = values[0].text { return id }
        var digest = StableDigest()
        for index in fields.indices { digest.add(field(index).map(trimmed)) }
        let occurrence = (digestsSeen[digest.value] ?? 0) + 1
        digestsSeen[digest.value] = occurrence
        return "asb-\(digest.hex)-\(occurrence)"
    }
}

/// The field with leading and trailing spaces and tabs removed.
@inlinable
public func trimmed(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
    var start = 0
    var end = bytes.count
    while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
    while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    return UnsafeRawBufferPointer(rebasing: bytes[start..<end])
}
