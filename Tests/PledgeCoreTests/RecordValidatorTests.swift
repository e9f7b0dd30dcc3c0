import PledgeCore
import Testing

/// Validates one row given as column name → text, as the importer would hand it over.
func validate(_ kind: RecordKind, _ row: [String: String], now: Instant = Oracle.instant("2010-01-01T00:00:00Z"))
    -> Result<ValidatedRecord, RowProblem>
{
    validate(RecordValidator(kind: kind, now: now), row)
}

/// Validates one row with a given validator (which remembers earlier rows of the same file).
func validate(_ validator: RecordValidator, _ row: [String: String]) -> Result<ValidatedRecord, RowProblem> {
    let fields = validator.schema.fields
    var storage: [UInt8] = []
    var ranges: [Range<Int>?] = []
    for field in fields {
        guard let text = row[field.name] else {
            ranges.append(nil)
            continue
        }
        ranges.append(storage.count..<(storage.count + text.utf8.count))
        storage += Array(text.utf8)
    }
    return storage.withUnsafeBytes { bytes in
        validator.validate { index in ranges[index].map { UnsafeRawBufferPointer(rebasing: bytes[$0]) } }
    }
}

@Suite("RecordValidator: one row judged against its kind's contract")
struct RecordValidatorTests {
    let call = [
        "call_id": "C1", "force": "leicestershire", "line": "999", "received_at": "2009-06-01 10:00:00",
        "answered_at": " 2009-06-01 10:00:07 ", "vulnerable": "Yes", "response": "EMERGENCY",
    ]

    @Test("a valid call becomes typed values: trimmed, lower-cased enum, bool, instants, force, local month")
    func validCall() throws {
        let record = try validate(.calls, call).get()
        let schema = RecordSchema.of(.calls)
        func value(_ name: String) -> FieldValue { record.values[schema.index(of: name)!] }
        #expect(record.force.id == "leicestershire")
        #expect(value("force") == .text("leicestershire"))
        #expect(value("received_at") == .instant(Oracle.instant("2009-06-01T09:00:00Z")))
        #expect(value("answered_at") == .instant(Oracle.instant("2009-06-01T09:00:07Z")))
        #expect(value("vulnerable") == .bool(true))
        #expect(value("response") == .text("emergency"))
        #expect(value("line") == .text("999"))
        #expect(value("eta_given") == .null)
        #expect(record.localMonth == 200906)
    }

    @Test(
        "a broken row names the field to blame",
        arguments: [
            ("force", "atlantis", "force"), ("line", "112", "line"), ("vulnerable", "maybe", "vulnerable"),
            ("answered_at", "2009-06-01 09:59:59", "answered_at"), ("received_at", "", "received_at"),
            ("call_id", "C 1", "call_id"), ("received_at", "2009-03-29 01:30:00", "received_at"),
            ("received_at", "2008-10-26 01:30:00", "received_at"), ("arrived_at", "2009-06-01 09:00:00", "arrived_at"),
        ])
    func brokenCall(column: String, text: String, field: String) {
        var row = call
        row[column] = text
        guard case .failure(let problem) = validate(.calls, row) else {
            Issue.record("accepted \(column)=\(text)")
            return
        }
        #expect(problem.field == field)
        #expect(problem.description.hasPrefix("\(field): "))
    }

    @Test("a required field missing from the file is reported as missing, not blank")
    func missingRequired() {
        var row = call
        row["line"] = nil
        #expect(throws: RowProblem(field: "line", "is required but missing")) { try validate(.calls, row).get() }
    }

    @Test("the future is judged from the injected clock: up to one day ahead is allowed, not a second more")
    func futureLimit() {
        var row = call
        row["answered_at"] = nil
        row["received_at"] = "2010-01-02T00:00:00Z"
        #expect((try? validate(.calls, row).get()) != nil)
        row["received_at"] = "2010-01-02T00:00:01Z"
        guard case .failure(let problem) = validate(.calls, row) else {
            Issue.record("accepted")
            return
        }
        #expect(problem.field == "received_at")
        #expect(problem.reason.contains("future"))
        // The same row is fine for a clock a week later.
        #expect((try? validate(.calls, row, now: Oracle.instant("2010-01-08T00:00:00Z")).get()) != nil)
    }

    @Test("an appointment may be agreed for next week")
    func appointmentInFuture() {
        var row = call
        row["appointment_at"] = "2010-01-08 10:00:00"
        #expect((try? validate(.calls, row).get()) != nil)
    }

    @Test(
        "duty hours: visible + abstracted <= on duty <= 24, none negative",
        arguments: [
            ("8", "7.4", "0.6", nil), ("24", "24", "0", nil), ("8", "6", "3", "hours_on_duty"), ("25", "1", "1", "hours_on_duty"),
            ("8", "-1", "0", "hours_visible"), ("8", "1", "-0.5", "hours_abstracted"), ("eight", "1", "1", "hours_on_duty"),
        ] as [(String, String, String, String?)])
    func dutyHours(onDuty: String, visible: String, abstracted: String, field: String?) {
        let row = [
            "force": "leicestershire", "officer_id": "LE1", "neighbourhood_id": "NC04", "date": "2009-06-01",
            "hours_on_duty": onDuty, "hours_visible": visible, "hours_abstracted": abstracted,
        ]
        switch validate(.duty, row) {
        case .success: #expect(field == nil)
        case .failure(let problem): #expect(problem.field == field, "\(problem)")
        }
    }

    @Test("identical anti-social behaviour rows (no Crime ID) get distinct, stable keys")
    func asbKeys() throws {
        let row = [
            "Month": "2024-01", "Falls within": "Leicestershire Police", "Crime type": "Anti-social behaviour",
            "Longitude": "-1.129792", "Latitude": "52.632805",
        ]
        let now = Oracle.instant("2010-01-01T00:00:00Z")
        let file = RecordValidator(kind: .crimes, now: now)
        let first = try validate(file, row).get().derivedKey
        let second = try validate(file, row).get().derivedKey
        let otherFile = try validate(RecordValidator(kind: .crimes, now: now), row).get().derivedKey
        #expect(first != second)
        #expect(first == otherFile)
        #expect(first?.hasPrefix("asb-") == true)
        #expect(second?.hasSuffix("-2") == true)
        #expect(first?.hasSuffix("-1") == true)
    }
}
