import PledgeCore

/// What the Police Authority keeps, as `SQLiteStore+Authority.swift` keeps it.
extension InMemoryStore {
    public func monitoringPlan(force: Force) async throws -> MonitoringPlan {
        let entries = sideTables().plans.filter { $0.force == force.number }.map { row in
            MonitoringPlan.Entry(
                promise: row.promise, mechanism: MonitoringMechanism(row.mechanism)!, frequency: MonitoringFrequency(rawValue: row.frequency)!,
                note: row.note)
        }
        return entries.isEmpty ? .leicestershireDefault : MonitoringPlan(entries: entries)
    }

    public func keepMonitoringPlan(force: Force, plan: MonitoringPlan?) async throws {
        var rows: [PlanRow] = []
        for entry in plan?.entries ?? [] {
            let row = PlanRow(force: force.number, promise: entry.promise, mechanism: entry.mechanism.id, frequency: entry.frequency.rawValue, note: entry.note)
            // Migration 0009's constraints, in the order SQLite checks them.
            let refused: String? =
                if let promise = row.promise, !(1...10).contains(promise) {
                    "CHECK constraint failed: promise BETWEEN 1 AND 10"
                } else if !(1...64).contains(SideConstraint.length(row.mechanism)) {
                    "CHECK constraint failed: length(mechanism) BETWEEN 1 AND 64"
                } else if rows.contains(where: { ($0.promise ?? 0, StoredText($0.mechanism)) == (row.promise ?? 0, StoredText(row.mechanism)) }) {
                    "UNIQUE constraint failed: index 'monitoring_plans_entry'"
                } else if ForceCatalogue.force(number: force.number) == nil {
                    TableRules.foreignKeyFailed
                } else {
                    nil
                }
            if let refused { throw StoreError(.writeFailed, "could not keep the monitoring plan in \(location): \(refused); nothing was kept") }
            rows.append(row)
        }
        _ = try changeSide { state in state.plans = state.plans.filter { $0.force != force.number } + rows }
    }

    public func sampleFrame(force: Force, kind: DipSampleKind, from: Instant, to: Instant) async throws -> [SampleFrameRecord] {
        let state = snapshot()
        let (recordKind, start): (RecordKind, String) =
            switch kind {
            case .complaints: (.complaints, "received_at")
            case .dissatisfaction: (.dissatisfaction, "received_at")
            case .victims: (.victims, "reported_at")
            }
        let neighbourhoods = state[.neighbourhoods]
        return state[recordKind].inKeyOrder(force: force.number).map { StoredFields($0.record) }.compactMap { row in
            guard let at = row.instant(start), at >= from, at < to else { return nil }
            let id: String =
                switch kind {
                case .complaints: row.text("complaint_id")!
                case .dissatisfaction: row.text("report_id")!
                case .victims: row.text("crime_ref")! + "/" + row.text("victim_ref")!
                }
            let promise: Int? =
                switch kind {
                case .complaints: row.int("pledge_point")
                case .dissatisfaction: 10
                case .victims: 9
                }
            // LEFT JOIN neighbourhoods: the unit of the record's neighbourhood, if it has one.
            let neighbourhood = StoredValue(row.value("neighbourhood_id"))
            let unit = neighbourhood.isNull
                ? nil
                : neighbourhoods.position(of: RowKey(force: force.number, parts: [neighbourhood])).flatMap {
                    StoredFields(neighbourhoods.rows[$0].record).text("lpu")
                }
            return SampleFrameRecord(id: id, promise: promise, unit: unit, at: at)
        }
    }

    public func keepDipSample(_ sample: DipSample) async throws {
        guard let force = ForceCatalogue.force(id: sample.forceID) else { throw StoreError(.writeFailed, "'\(sample.forceID)' is not a force") }
        let name = StoredText(sample.name)
        // Migration 0009's constraints, in the order SQLite checks them.
        var refused: String? =
            if !(1...64).contains(SideConstraint.length(sample.name)) {
                "CHECK constraint failed: length(name) BETWEEN 1 AND 64"
            } else if sample.size < 0 {
                "CHECK constraint failed: size >= 0"
            } else {
                nil
            }
        var items: [ItemRow] = []
        for item in sample.items where refused == nil {
            let recordID = StoredText(item.record.id)
            if items.contains(where: { $0.recordID == recordID }) {
                refused = "UNIQUE constraint failed: dip_sample_items.sample_id, dip_sample_items.record_id"
            }
            items.append(
                ItemRow(recordID: recordID, promise: item.record.promise, unit: item.record.unit, at: item.record.at.microseconds, kept: item.kept, notes: item.notes))
        }
        let row = SampleRow(
            force: force.number, name: name, kind: sample.kind.rawValue, period: sample.period.label, periodStart: sample.period.start.description,
            periodEnd: sample.period.end.description, seed: Int64(bitPattern: sample.seed), size: sample.size, drawnAt: sample.drawnAt.microseconds,
            strata: sample.allocations, items: items)
        try changeSide { state in
            if state.samples.contains(where: { $0.force == force.number && $0.name == name }) {
                throw StoreError(.writeFailed, "\(force.name) already has a dip sample named '\(sample.name)'; choose another name")
            }
            if let refused {
                throw StoreError(.writeFailed, "could not keep the dip sample '\(sample.name)' in \(location): \(refused); nothing was kept")
            }
            state.samples.append(row)
        }
    }

    public func dipSamples(force: Force) async throws -> [DipSample] {
        sideTables().samples.filter { $0.force == force.number }.map { row in
            // SQLite reads the items through their primary key (by record id), then sorts them.
            let items = row.items.sorted { $0.recordID < $1.recordID }.map { item in
                DipSample.Item(
                    record: SampleFrameRecord(id: item.recordID.string, promise: item.promise, unit: item.unit, at: Instant(microseconds: item.at)),
                    kept: item.kept, notes: item.notes)
            }.sorted { ($0.record.stratum, $0.record.id) < ($1.record.stratum, $1.record.id) }
            let period = Period(row.period) ?? Period(start: LocalDate(row.periodStart)!, end: LocalDate(row.periodEnd)!, label: row.period)
            return DipSample(
                name: row.name.string, forceID: force.id, kind: DipSampleKind(rawValue: row.kind)!, period: period, seed: UInt64(bitPattern: row.seed),
                size: row.size, drawnAt: Instant(microseconds: row.drawnAt), allocations: row.strata, items: items)
        }
    }

    public func recordFindings(force: Force, sample: String, findings: [DipSample.Finding]) async throws {
        let name = StoredText(sample)
        try changeSide { state in
            guard let index = state.samples.firstIndex(where: { $0.force == force.number && $0.name == name }) else {
                throw StoreError(.writeFailed, "\(force.name) has no dip sample named '\(sample)'")
            }
            var row = state.samples[index]
            for finding in findings {
                let recordID = StoredText(finding.recordID)
                guard let item = row.items.firstIndex(where: { $0.recordID == recordID }) else {
                    throw StoreError(.writeFailed, "'\(finding.recordID)' is not in the dip sample '\(sample)'")
                }
                row.items[item].kept = finding.kept
                row.items[item].notes = finding.notes
            }
            state.samples[index] = row
        }
    }
}
