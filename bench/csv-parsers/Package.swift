// swift-tools-version: 6.2
// Not part of Pledgewatch: a side package that times the CSV libraries available on this machine on the
// same file as `pledgewatch-bench parse`, to justify (or not) Pledgewatch's own CSV reader.
import PackageDescription

let package = Package(
    name: "csv-parsers",
    dependencies: [
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
    ],
    targets: [
        .executableTarget(
            name: "csv-parsers",
            dependencies: [.product(name: "CSV", package: "CSV.swift"), .product(name: "SwiftCSV", package: "SwiftCSV")])
    ]
)
