/// Reads the contract's instants: ISO 8601 with an offset (`2009-03-29T00:59:30Z`, `…+01:00`), or a
/// local wall time without one (`2009-03-29 00:59:30`, or with `T`) read in the force's zone.
public enum InstantParser {
    /// The instant, or the reason it cannot be one. A wall time the clocks skipped is rejected; one that
    /// occurs twice is rejected unless it carries an offset.
    public static func parse(_ bytes: UnsafeRawBufferPointer, zone: ZoneRules) -> Result<Instant, RowProblem> {
        guard let wall = WallTime(bytes) else {
            return .failure(
                RowProblem(
                    field: nil,
                    "\(QuotedValue.quote(bytes)) is not an instant (expected YYYY-MM-DDTHH:MM:SS with an optional offset such as Z or +01:00)"
                ))
        }
        func wallText() -> String {
            String(decoding: UnsafeRawBufferPointer(rebasing: bytes[0..<wall.wallLength]), as: UTF8.self)
        }
        let local = wall.date.daysSinceEpoch * 86_400 + wall.secondOfDay
        if let offset = wall.offsetSeconds {
            return .success(Instant(microseconds: (local - offset) * 1_000_000 + wall.microseconds))
        }
        switch zone.resolve(localSeconds: local, microseconds: wall.microseconds) {
        case .unique(let instant):
            return .success(instant)
        case .nonexistent:
            return .failure(
                RowProblem(
                    field: nil,
                    "local time \(wallText()) does not exist in \(zone.identifier): the clocks went forward over it"))
        case .ambiguous:
            return .failure(
                RowProblem(
                    field: nil,
                    "local time \(wallText()) occurs twice in \(zone.identifier) (the clocks went back); give it an offset such as +01:00 or +00:00"
                ))
        }
    }
}

/// The parts of an ISO 8601 date-time.
struct WallTime {
    let date: LocalDate
    let secondOfDay: Int64
    let microseconds: Int64
    let offsetSeconds: Int64?
    /// How many bytes the wall time takes, before any offset.
    let wallLength: Int

    // swiftlint:disable:next cyclomatic_complexity
    init?(_ bytes: UnsafeRawBufferPointer) {
        let n = bytes.count
        guard n >= 16, let date = FieldParsers.date(UnsafeRawBufferPointer(rebasing: bytes[0..<10])),
            bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "t"),
            let hour = FieldParsers.digits(bytes, 11, 2), bytes[13] == UInt8(ascii: ":"),
            let minute = FieldParsers.digits(bytes, 14, 2), hour < 24, minute < 60
        else { return nil }
        var index = 16
        var second = 0
        var micros: Int64 = 0
        if index < n, bytes[index] == UInt8(ascii: ":") {
            guard let s = FieldParsers.digits(bytes, index + 1, 2), s < 60 else { return nil }
            second = s
            index += 3
            if index < n, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
                index += 1
                var digitCount = 0
                var scale: Int64 = 100_000
                while index < n, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                    let digit = Int64(bytes[index] - UInt8(ascii: "0"))
                    // Beyond the microsecond the store cannot hold the value exactly: only zeros are allowed.
                    if digitCount >= 6 { guard digit == 0 else { return nil } } else { micros += digit * scale }
                    scale /= 10
                    digitCount += 1
                    index += 1
                }
                guard digitCount > 0 else { return nil }
            }
        }
        let wallEnd = index
        var offset: Int64?
        if index < n {
            let sign = bytes[index]
            if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
                guard index + 1 == n else { return nil }
                offset = 0
            } else if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                guard let oh = FieldParsers.digits(bytes, index + 1, 2) else { return nil }
                var om = 0
                let rest = n - (index + 3)
                if rest == 3, bytes[index + 3] == UInt8(ascii: ":"), let m = FieldParsers.digits(bytes, index + 4, 2) {
                    om = m
                } else if rest == 2, let m = FieldParsers.digits(bytes, index + 3, 2) {
                    om = m
                } else if rest != 0 {
                    return nil
                }
                guard oh <= 18, om < 60 else { return nil }
                let magnitude = Int64(oh * 3600 + om * 60)
                offset = sign == UInt8(ascii: "-") ? -magnitude : magnitude
            } else {
                return nil
            }
        }
        self.date = date
        self.secondOfDay = Int64(hour * 3600 + minute * 60 + second)
        self.microseconds = micros
        self.offsetSeconds = offset
        self.wallLength = wallEnd
    }
}
