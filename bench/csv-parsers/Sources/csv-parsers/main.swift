import CSV
import Dispatch
import Foundation
import SwiftCSV

// Usage: csv-parsers FILE.csv — reads every record and sums the bytes of every field, with each library.
let path = CommandLine.arguments[1]

func timed(_ name: String, _ body: () throws -> (Int, Int)) rethrows {
    let started = DispatchTime.now().uptimeNanoseconds
    let (records, bytes) = try body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    print(String(format: "%-22@ %9d records  %11d field bytes  %6.2f s  %9.0f records/s", name as NSString, records, bytes, seconds, Double(records) / seconds))
}

// yaslab/CSV.swift: streaming, one [String] per row.
try timed("CSV.swift 2.5.2") {
    let reader = try CSVReader(stream: InputStream(fileAtPath: path)!, hasHeaderRow: false)
    var records = 0
    var bytes = 0
    while let row = reader.next() {
        records += 1
        for field in row { bytes += field.utf8.count }
    }
    return (records, bytes)
}

// swiftcsv/SwiftCSV: loads the whole file as one String, then enumerates rows.
try timed("SwiftCSV 0.10.0") {
    let csv = try SwiftCSV.CSV<Enumerated>(url: URL(fileURLWithPath: path), loadColumns: false)
    var records = 1  // The header is not among the rows.
    var bytes = csv.header.reduce(0) { $0 + $1.utf8.count }
    for row in csv.rows {
        records += 1
        for field in row { bytes += field.utf8.count }
    }
    return (records, bytes)
}
