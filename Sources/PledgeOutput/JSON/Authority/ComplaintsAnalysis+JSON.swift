import Foundation
import PledgeCore

extension ComplaintsAnalysis {
    /// The analysis as JSON (docs/authority.md): keys sorted, nulls written out.
    public func json(force: Force, window: ReportWindow) -> String {
        let analysis = self
        func write(_ count: ComplaintsAnalysis.Count?, _ w: inout JSONWriter) {
            guard let count else { return w.string(nil) }
            w.object { w in
                w.field("calls", count.calls)
                w.field("complaints", count.complaints)
                w.field("per_1000_calls", count.perThousandCalls)
            }
        }
        var w = JSONWriter(pretty: true)
        w.object { w in
            w.field("area", analysis.area.description)
            w.key("all")
            write(analysis.all, &w)
            w.key("all_last_year")
            write(analysis.allLastYear, &w)
            w.key("broken_promises")
            write(analysis.brokenPromises, &w)
            w.key("broken_promises_last_year")
            write(analysis.brokenPromisesLastYear, &w)
            w.key("by_category")
            w.array(analysis.rows) { w, row in
                w.object { w in
                    w.field("category", row.category)
                    w.key("last_year")
                    write(row.lastYear, &w)
                    w.key("now")
                    write(row.now, &w)
                    w.field("promise", row.promise)
                }
            }
            w.key("by_promise")
            w.array(analysis.promises) { w, row in
                w.object { w in
                    w.key("last_year")
                    write(row.lastYear, &w)
                    w.key("now")
                    write(row.now, &w)
                    w.key("peers")
                    write(row.peers, &w)
                    w.field("promise", row.promise)
                }
            }
            w.force(id: force.id, name: force.name)
            w.key("peers")
            w.array(analysis.peerIDs) { w, id in w.string(id) }
            w.key("period")
            w.object { w in
                w.field("label", window.period.label)
                w.field("last_year", window.period.yearEarlier.label)
            }
        }
        return w.text
    }
}
