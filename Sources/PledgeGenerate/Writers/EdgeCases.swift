import PledgeCore

/// The awkward rows a real export contains (`--edge-cases`). Import must reject every one of them, with
/// the reason recorded here; each row carries a token (`EDGE-…`) that finds it in the rejects file.
public enum EdgeCases {
    /// One awkward row: the file it is in, a token in its text, and words the rejection reason must hold.
    public struct Expected: Codable, Equatable, Sendable {
        public let file: String
        public let token: String
        public let reason: String
    }

    /// The awkward rows written so far, for the manifest.
    final class Log {
        private(set) var expected: [Expected] = []
        func append(_ item: Expected) { expected.append(item) }
    }

    static func calls(_ writer: CSVFileWriter, _ context: ForceContext, firstCallID: String?) {
        let f = context.forceID
        let nb = context.geography.neighbourhoods[0].id
        let rows: [(String, String)] = [
            ("EDGE-C1,\(f),999,2009-03-29 01:30:00,,\(nb),,,,,,,,", "does not exist"),
            ("EDGE-C2,\(f),999,2008-10-26 01:30:00,,\(nb),,,,,,,,", "occurs twice"),
            ("EDGE-C3,\(f),999,2008-06-01T10:00:00+01:00,2008-06-01T09:59:50+01:00,\(nb),,,,,,,,", "is before received_at"),
            ("EDGE-C4,\(f),999,2008-06-01T10:00:00+01:00,,ZZ99,,,,,,,,", "is not a neighbourhood of"),
            ("EDGE-C5,\(f),112,2008-06-01T10:00:00+01:00,,\(nb),,,,,,,,", "is not one of 999, 101"),
            ("EDGE-C6,\(f),999,2099-01-01T00:00:00Z,,\(nb),,,,,,,,", "more than a day in the future"),
            ("EDGE-C7,atlantis,999,2008-06-01T10:00:00+01:00,,,,,,,,,,", "is not a force of England and Wales"),
            ("EDGE-C8,\(f),999,2008-06-01T10:00:00+01:00", "fields but the header has"),
            ("EDGE-C9,\(f),\"999\"x,2008-06-01T10:00:00+01:00,,\(nb),,,,,,,,", "text follows the closing quote"),
            ("EDGE-C10,\(f),999,2008-06-01T10:00:00+01:00,,\(nb),,maybe,,,,,,", "vulnerable: 'maybe' is not true/false"),
            ("EDGE-C11,\(f),999,2008-06-01T10:00:00+01:00,,\(nb),,,,emergency,,,2008-06-01T09:00:00+01:00,", "arrived_at"),
        ]
        for (line, reason) in rows { add(writer, context, line, token: String(line.prefix { $0 != "," }), reason) }
        if let firstCallID {
            add(
                writer, context, "\(firstCallID),\(f),999,2008-06-01T10:00:00+01:00,,\(nb),,,,,,,,",
                token: "\(firstCallID),\(f),999,2008-06-01T10:00:00+01:00", "duplicate key")
        }
    }

    static func duty(_ writer: CSVFileWriter, _ context: ForceContext, postings: [Posting]) {
        guard let posting = postings.first else { return }
        let f = context.forceID
        add(writer, context, "\(f),\(posting.officerID),\(posting.neighbourhood),1999-12-31,8,7,3,EDGE-D1", token: "EDGE-D1", "exceed hours_on_duty")
        add(writer, context, "\(f),\(posting.officerID),\(posting.neighbourhood),1999-12-30,25,7,0,EDGE-D2", token: "EDGE-D2", "between 0.0 and 24.0")
        add(writer, context, "\(f),\(posting.officerID),\(posting.neighbourhood),1999-12-29,8,-1,0,EDGE-D3", token: "EDGE-D3", "between 0.0 and 24.0")
    }

    static func victimUpdates(_ writer: CSVFileWriter, _ context: ForceContext) {
        add(writer, context, "EDGE-V1,\(context.forceID),NO-SUCH-CRIME,V1,2008-06-01T10:00:00+01:00,phone", token: "EDGE-V1", "no victim")
    }

    private static func add(_ writer: CSVFileWriter, _ context: ForceContext, _ line: String, token: String, _ reason: String) {
        writer.appendRaw(line)
        context.edgeCaseLog?.append(
            Expected(file: writer.path.split(separator: "/").last.map(String.init) ?? writer.path, token: token, reason: reason))
    }
}
