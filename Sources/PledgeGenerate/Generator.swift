import Foundation
import PledgeCore

/// What to generate.
public struct GenerateOptions: Sendable {
    public var profile: Profile
    public var period: Period
    public var directory: String
    public var seed: UInt64
    /// Multiplies event volumes (calls, messages, crimes, victims, …); reference data stays the same.
    public var scale: Double
    /// Append the awkward rows a real export contains, each of which import must reject.
    public var edgeCases: Bool
    /// Told the path of each file as soon as it is written (generating a year takes a while).
    public var wrote: (@Sendable (String) -> Void)?

    public init(
        profile: Profile, period: Period, directory: String, seed: UInt64 = 2008, scale: Double = 1, edgeCases: Bool = false,
        wrote: (@Sendable (String) -> Void)? = nil
    ) {
        self.profile = profile
        self.period = period
        self.directory = directory
        self.seed = seed
        self.scale = scale
        self.edgeCases = edgeCases
        self.wrote = wrote
    }
}

/// Writes a profile's records as files `pledgewatch import` accepts: every kind, for every force of the
/// profile, plus `manifest.json` (what was made, the figures it was calibrated to, the edge cases).
/// The same options always give the same bytes.
public enum Generator {
    /// Generates the files; returns their paths in import order (the manifest last).
    public static func run(_ options: GenerateOptions) throws -> [String] {
        try FileManager.default.createDirectory(atPath: options.directory, withIntermediateDirectories: true)
        var files: [String] = []
        let log = options.edgeCases ? EdgeCases.Log() : nil
        for settings in options.profile.forces {
            let zone = try settings.force.zoneRules()
            var random = SeededRandom(seed: options.seed, stream: "\(settings.force.id)/geography")
            let context = ForceContext(
                settings: settings, geography: Geography(settings, random: &random), period: options.period, scale: options.scale,
                seed: options.seed, zone: zone, directory: options.directory, edgeCaseLog: log)
            files += try generate(context, wrote: options.wrote ?? { _ in })
        }
        let manifest = Manifest(
            profile: options.profile.name, period: options.period.label, seed: options.seed, scale: options.scale,
            files: files.map { URL(fileURLWithPath: $0).lastPathComponent },
            targets: Dictionary(uniqueKeysWithValues: options.profile.forces.map { ($0.force.id, Manifest.Targets($0.performance)) }),
            edgeCases: log?.expected ?? [])
        let path = "\(options.directory)/manifest.json"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(manifest).write(to: URL(fileURLWithPath: path))
        return files + [path]
    }

    private static func generate(_ context: ForceContext, wrote: (String) -> Void) throws -> [String] {
        var files: [String] = []
        func add(_ written: [String]) {
            for file in written { wrote(file) }
            files += written
        }
        add([try ReferenceWriters.neighbourhoods(context), try ReferenceWriters.boundaries(context)])
        let team = try ReferenceWriters.team(context)
        let engagements = try NeighbourhoodWriters.engagements(context)
        add([team.path, try ReferenceWriters.priorities(context, meetings: engagements.meetings)])
        add([try CallsWriter.write(context)])
        add([try NeighbourhoodWriters.messages(context)])
        add([try NeighbourhoodWriters.duty(context, postings: team.postings), engagements.path, try NeighbourhoodWriters.updates(context)])
        add(try VictimWriters.write(context))
        add([
            try ServiceWriters.dissatisfaction(context), try ServiceWriters.surveys(context), try ServiceWriters.complaints(context),
            try ServiceWriters.realityChecks(context), try ServiceWriters.actions(context),
        ])
        add(try CrimesWriter.write(context))
        return files
    }
}

/// `manifest.json`: what a generation run made and what it aimed at.
public struct Manifest: Codable, Equatable, Sendable {
    public let profile: String
    public let period: String
    public let seed: UInt64
    public let scale: Double
    public let files: [String]
    public let targets: [String: Targets]
    public let edgeCases: [EdgeCases.Expected]

    /// The shares the records were drawn to hit.
    public struct Targets: Codable, Equatable, Sendable {
        public let answer999Within10s: Double
        public let emergencyWithin15m: Double
        public let visibleShare: Double
        public let respectPositive: Double
        public let messagesWithin24h: Double
        public let dissatisfactionWithin24h: Double
        public let victimPreferencesRecorded: Double

        init(_ p: Performance) {
            answer999Within10s = p.answer999Within10s
            emergencyWithin15m = p.emergencyWithin15m
            visibleShare = p.visibleShare
            respectPositive = p.respectPositive
            messagesWithin24h = p.messagesWithin24h
            dissatisfactionWithin24h = p.dissatisfactionWithin24h
            victimPreferencesRecorded = p.victimPreferencesRecorded
        }
    }
}
