import Foundation
import GRDB
import PledgeCore
import PledgeImport
import PledgeStore
import PledgeTestSupport
import Testing

/// neighbourhoods, team and priorities: one good row stored, broken rows rejected naming the field.
@Suite("Reference kinds: neighbourhoods, team, priorities")
struct ReferenceKindTests {
    static let cases: [KindCase] = [
        KindCase(
            kind: .neighbourhoods,
            header: "force,neighbourhood_id,name,lpu,area_type,latitude,longitude,population,description",
            good: "leicestershire,NC09,\"Castle, Leicester\",City LPU,URBAN,52.6338,-1.1398,8652,",
            lookup: ("neighbourhood_id", "NC09"),
            stored: [
                "force_id": leicestershire, "name": text("Castle, Leicester"), "lpu": text("City LPU"),
                "area_type": text("urban"), "latitude": real(52.6338), "longitude": real(-1.1398),
                "population": int(8652), "description": null,
            ],
            rejected: [
                .init("atlantis,NC10,X,,urban,,,,", field: "force", says: "'atlantis' is not a force", "unknown force"),
                .init("leicestershire,NC11,X,,suburban,,,,", field: "area_type", says: "urban, rural", "bad enum"),
                .init("leicestershire,NC 12,X,,urban,,,,", field: "neighbourhood_id", says: "is not an id", "bad id"),
                .init("leicestershire,NC13,,,urban,,,,", field: "name", says: "required", "blank required field"),
                .init("leicestershire,NC14,X,,urban,95,,,", field: "latitude", says: "between", "latitude out of range"),
                .init("leicestershire,NC15,X,,urban,,,-1,", field: "population", says: "between", "negative population"),
                .init("leicestershire,NC09,Again,,rural,,,,", field: nil, says: "duplicate key", "duplicate in file"),
            ],
            neighbourhoods: []),
        KindCase(
            kind: .team,
            header: "force,neighbourhood_id,officer_id,name,rank,bio,email,phone,started_on,ended_on",
            good: "leicestershire,NC04,LE0001,Sam Patel,Sergeant,,,,2007-01-01,2008-03-31",
            lookup: ("officer_id", "LE0001"),
            stored: [
                "force_id": leicestershire, "neighbourhood_id": text("NC04"), "name": text("Sam Patel"),
                "rank": text("Sergeant"), "bio": null, "started_on": text("2007-01-01"), "ended_on": text("2008-03-31"),
                "local_month": int(200701),
            ],
            rejected: [
                .init(
                    "leicestershire,NC04,LE0002,Jo Evans,PC,,,,2008-02-01,2008-01-31", field: "ended_on", says: "before",
                    "posting ends before it starts"),
                .init(
                    "leicestershire,ZZ99,LE0003,Al Khan,PC,,,,2008-02-01,", field: "neighbourhood_id",
                    says: "not a neighbourhood of leicestershire", "neighbourhood unknown to the force"),
                .init(
                    "leicestershire,NC04,LE0004,Al Khan,PC,,,,2007-02-30,", field: "started_on", says: "not a date",
                    "bad date"),
                .init(
                    "leicestershire,NC04,LE0005,Al Khan,,,,,2007-02-01,", field: "rank", says: "required",
                    "blank required field"),
            ]),
        KindCase(
            kind: .priorities,
            header: "force,neighbourhood_id,priority_id,issue,agreed_on,engagement_id,action,action_on",
            good: "leicestershire,NC04,PR-NC04-1,Street drinking,2008-05-07,EN-NC04-0805,Dispersal order,2008-06-02",
            lookup: ("priority_id", "PR-NC04-1"),
            stored: [
                "force_id": leicestershire, "neighbourhood_id": text("NC04"), "issue": text("Street drinking"),
                "agreed_on": text("2008-05-07"), "engagement_id": text("EN-NC04-0805"), "action_on": text("2008-06-02"),
                "local_month": int(200805),
            ],
            rejected: [
                .init(
                    "leicestershire,ZZ99,PR-2,Speeding,2008-05-07,,,", field: "neighbourhood_id",
                    says: "not a neighbourhood", "neighbourhood unknown to the force"),
                .init("leicestershire,NC04,PR-3,Speeding,07/05/2008,,,", field: "agreed_on", says: "YYYY-MM-DD", "bad date"),
                .init("leicestershire,NC04,PR-4,,2008-05-07,,,", field: "issue", says: "required", "blank required field"),
                .init(
                    "kent,NC04,PR-5,Speeding,2008-05-07,,,", field: "neighbourhood_id", says: "not a neighbourhood of kent",
                    "another force's neighbourhood"),
            ]),
    ]

    @Test("one row stored with its values, broken rows rejected with line, field and reason", arguments: cases)
    func kind(_ kindCase: KindCase) throws { try kindCase.run() }
}
