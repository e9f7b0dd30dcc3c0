// swift-tools-version: 6.2
import PackageDescription

/// Settings every target shares: Swift 6 language mode (the tools default) plus the
/// upcoming features the architecture notes ask for.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Pledgewatch",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "pledgewatch", targets: ["pledgewatch"]),
        .library(name: "PledgeCore", targets: ["PledgeCore"]),
        .library(name: "PledgeImport", targets: ["PledgeImport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        // Domain: records, values, time zones, forces. Foundation and Crypto (published crime ids), no I/O.
        .target(name: "PledgeCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")], swiftSettings: strictSettings),
        // The storage protocol, shaped by use cases.
        .target(name: "PledgeStore", dependencies: ["PledgeCore"], swiftSettings: strictSettings),
        // The embedded store: SQLite through GRDB.
        .target(
            name: "PledgeSQLite",
            dependencies: [
                "PledgeCore", "PledgeStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings),
        // The server store: PostgreSQL through PostgresNIO (pooled connections, COPY for imports).
        .target(
            name: "PledgePostgres",
            dependencies: [
                "PledgeCore", "PledgeStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings),
        // zlib, for streaming gzip input.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // Reading files: CSV, gzip, NDJSON, GeoJSON, the police.uk crime CSV.
        .target(
            // Crypto: a file's SHA-256, so that one imported before is recognised without being read.
            name: "PledgeImport", dependencies: ["PledgeCore", "PledgeStore", "CZlib", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings),
        // Calibrated synthetic records: every kind, as files the importer accepts.
        .target(name: "PledgeGenerate", dependencies: ["PledgeCore"], swiftSettings: strictSettings),
        // Every output, rendered from domain values: the website's pages (HTML/), the charts drawn in them
        // (Charts/), the JSON documents (JSON/) and the terminal's text (Text/). Core only.
        .target(name: "PledgeOutput", dependencies: ["PledgeCore"], swiftSettings: strictSettings),
        // The HTTP adapter: routes, caching, the JSON API. It sees the store protocol, never a store.
        .target(
            name: "PledgeServer",
            dependencies: [
                "PledgeCore", "PledgeStore", "PledgeOutput", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"), .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "NIOCore", package: "swift-nio"),
            ],
            // The OpenAPI document of /api/v1, served as it is.
            resources: [.copy("Resources/openapi.json")],
            swiftSettings: strictSettings),
        // The CLI adapter and composition root: the only target that knows which store is live.
        .target(
            name: "PledgeCommands",
            dependencies: [
                "PledgeCore", "PledgeStore", "PledgeSQLite", "PledgePostgres", "PledgeImport", "PledgeServer", "PledgeGenerate", "PledgeOutput",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                // `runService()` of the application the server builds: serving until SIGTERM is the CLI's job.
                .product(name: "Hummingbird", package: "hummingbird"),
                // IOError: a port taken between the check and the bind is told in the check's words.
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strictSettings),
        .executableTarget(name: "pledgewatch", dependencies: ["PledgeCommands"], swiftSettings: strictSettings),
        // Benchmarks are programs, not timed tests: `swift run -c release pledgewatch-bench`.
        .executableTarget(
            name: "pledgewatch-bench",
            dependencies: ["PledgeCore", "PledgeStore", "PledgeSQLite", "PledgeImport", "PledgeGenerate", "PledgeOutput"],
            swiftSettings: strictSettings),
        .target(
            name: "PledgeTestSupport",
            dependencies: [
                "PledgeCore", "PledgeStore", "PledgeSQLite", "PledgeImport", "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings),
        // Hand-built values the core's and the output's tests share (not a product; tests only).
        .target(name: "PledgeCoreFixtures", dependencies: ["PledgeCore"], path: "Tests/PledgeCoreFixtures", swiftSettings: strictSettings),
        .testTarget(name: "PledgeCoreTests", dependencies: ["PledgeCore", "PledgeCoreFixtures"], swiftSettings: strictSettings),
        // Every output from hand-built values: the report card as text, JSON and an HTML snapshot, the national page.
        .testTarget(
            name: "PledgeOutputTests", dependencies: ["PledgeOutput", "PledgeCore", "PledgeCoreFixtures"], exclude: ["Snapshots"],
            swiftSettings: strictSettings),
        // One contract for every store: the same tests against each implementation of PledgeStore.
        .testTarget(
            name: "PledgeStoreTests",
            dependencies: [
                "PledgeCore", "PledgeStore", "PledgeOutput", "PledgeSQLite", "PledgePostgres", "PledgeImport", "PledgeGenerate", "PledgeTestSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "PledgeServerTests",
            dependencies: [
                "PledgeServer", "PledgeOutput", "PledgeCore", "PledgeStore", "PledgeSQLite", "PledgeImport", "PledgeTestSupport", "PledgeGenerate",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"), .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Crypto", package: "swift-crypto"), .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            // Recorded pages and police.uk answers, read by path (#filePath), not as resources.
            exclude: ["Snapshots", "PoliceAPIGolden"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "PledgeImportTests",
            dependencies: [
                "PledgeCore", "PledgeStore", "PledgeSQLite", "PledgeImport", "PledgeTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings),
        // The embedded store's own behaviour: its schema, packed calls, facts and the Authority's tables.
        .testTarget(
            name: "PledgeSQLiteTests",
            dependencies: [
                "PledgeCore", "PledgeOutput", "PledgeStore", "PledgeSQLite", "PledgeImport", "PledgeTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "PledgeGenerateTests",
            dependencies: [
                "PledgeCore", "PledgeStore", "PledgeSQLite", "PledgePostgres", "PledgeImport", "PledgeGenerate", "PledgeTestSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "PledgeCommandsTests",
            dependencies: [
                "PledgeCommands", "PledgeTestSupport", "PledgeSQLite", "PledgeCore", "PledgeStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings),
    ]
)
