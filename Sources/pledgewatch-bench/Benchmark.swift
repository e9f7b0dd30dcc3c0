import Foundation
import PledgeCore
import PledgeImport
import PledgeSQLite
import PledgeStore

/// `pledgewatch-bench import [--rows N | --sizes N,N,…] [--dir D] [--reimport no]`
///
/// Makes a calls file of N rows (and the neighbourhoods it names), imports it into a new SQLite store,
/// and prints rows per second and the process's peak resident memory. With --sizes it runs itself once
/// per size, in a fresh process each time, so each peak is that size's own: flat memory shows as peaks
/// that do not grow with N.
@main
struct Benchmark {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "indicators", (4...5).contains(arguments.count) {
            let run = (arguments[1], arguments[2], arguments[3], arguments.count == 5 ? Int(arguments[4]) ?? 3 : 3)
            return try blocking { try await IndicatorBenchmark.run(database: run.0, force: run.1, period: run.2, rounds: run.3) }
        }
        if arguments.first == "parse", arguments.count == 2 { return try ParseBenchmark.run(path: arguments[1]) }
        if arguments.first == "calls-file", arguments.count == 3, let rows = Int(arguments[1]) {
            // bench/run's input: the calls file and the neighbourhoods it names, written to DIR.
            return try CallsFileMaker(rows: rows).write(
                calls: "\(arguments[2])/calls-\(rows).csv", neighbourhoods: "\(arguments[2])/neighbourhoods.csv")
        }
        guard arguments.first == "import" else {
            print(
                "usage: pledgewatch-bench import [--rows N | --sizes N,N,...] [--dir DIR] [--reimport no] | indicators STORE FORCE PERIOD [ROUNDS] | parse FILE.csv | calls-file ROWS DIR"
            )
            exit(2)
        }
        arguments.removeFirst()
        let options = Dictionary(
            stride(from: 0, to: arguments.count - 1, by: 2).map { (arguments[$0], arguments[$0 + 1]) },
            uniquingKeysWith: { $1 })
        let directory = options["--dir"] ?? NSTemporaryDirectory() + "pledgewatch-bench"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if let sizes = options["--sizes"] {
            try runSizes(sizes.split(separator: ",").compactMap { Int($0) }, directory: directory)
        } else {
            try ImportBenchmark(
                rows: Int(options["--rows"] ?? "1000000") ?? 1_000_000, directory: directory, reimport: options["--reimport"] != "no"
            ).run()
        }
    }

    static func runSizes(_ sizes: [Int], directory: String) throws {
        print("rows        seconds  rows/s     peak RSS     (first import; then the same file again)")
        for size in sizes {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            child.arguments = ["import", "--rows", String(size), "--dir", directory]
            let pipe = Pipe()
            child.standardOutput = pipe
            try child.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            child.waitUntilExit()
            print(output.split(separator: "\n").last.map(String.init) ?? "(no result)")
        }
    }
}

/// One import run at one size.
struct ImportBenchmark {
    let rows: Int
    let directory: String
    /// Whether to import the same file a second time (`--reimport no` skips it, for profiling the first).
    let reimport: Bool

    func run() throws {
        let callsPath = "\(directory)/calls-\(rows).csv"
        let neighbourhoodsPath = "\(directory)/neighbourhoods.csv"
        if !FileManager.default.fileExists(atPath: callsPath) {
            try CallsFileMaker(rows: rows).write(calls: callsPath, neighbourhoods: neighbourhoodsPath)
        }
        let databasePath = "\(directory)/bench-\(rows).sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
        let store = try SQLiteStore(path: databasePath)
        let importer = Importer(store: store, now: { Instant(secondsSinceEpoch: 1_300_000_000) })
        _ = importer.importFiles([neighbourhoodsPath])
        // Earlier runs leave dirty pages (deleted databases, the generated file); write them out first so
        // that they are not charged to this import.
        sync()
        let started = DispatchTime.now().uptimeNanoseconds
        let report = importer.importFiles([callsPath])[0]
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        guard report.error == nil, report.counts.inserted == rows else {
            print("import failed: \(report.error ?? "") \(report.counts) \(report.sampleRejections)")
            exit(1)
        }
        let peak = peakResidentKiB()
        guard reimport else {
            return print(String(format: "%-10d  %7.2f  %9.0f  %6.1f MiB", rows, seconds, Double(rows) / seconds, Double(peak) / 1024))
        }
        // The same file again: every row unchanged (the idempotent path).
        sync()
        let again = DispatchTime.now().uptimeNanoseconds
        let second = importer.importFiles([callsPath])[0]
        let againSeconds = Double(DispatchTime.now().uptimeNanoseconds - again) / 1e9
        guard second.counts.unchanged == rows else {
            print("re-import failed: \(second.error ?? "") \(second.counts)")
            exit(1)
        }
        print(
            String(
                format: "%-10d  %7.2f  %9.0f  %6.1f MiB   re-import %7.2f s, %9.0f rows/s", rows, seconds,
                Double(rows) / seconds, Double(peak) / 1024, againSeconds, Double(rows) / againSeconds))
    }

    /// VmHWM: the most resident memory the process has had.
    func peakResidentKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        }
        return 0
    }
}

/// `pledgewatch-bench parse FILE`: only reads the CSV (records and field bytes), to compare the reader
/// with CSV libraries on the same file (bench/csv-parsers).
enum ParseBenchmark {
    static func run(path: String) throws {
        let started = DispatchTime.now().uptimeNanoseconds
        var reader = CSVReader(source: try InputFile.open(path).source)
        defer { reader.close() }
        var records = 0
        var bytes = 0
        try reader.forEachRecord { record in
            records += 1
            for index in 0..<record.fieldCount { bytes += record.field(index).count }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        print(
            String(
                format: "pledgewatch CSVReader  %9d records  %11d field bytes  %6.2f s  %9.0f records/s", records, bytes, seconds,
                Double(records) / seconds))
    }
}
