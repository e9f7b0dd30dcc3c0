import Foundation

/// A force's own settings, from its configuration file (JSON):
///
/// ```json
/// { "targets": { IndicatorID.p5Answer10s.rawValue: 0.92, IndicatorID.p4Response24h.rawValue: 0.9 } }
/// ```
///
/// Targets are shares (0 to 1) by indicator id; every other indicator keeps the spec's default.
public struct ForceConfiguration: Codable, Sendable, Equatable {
    public var targets: [String: Double]

    public init(targets: [String: Double] = [:]) { self.targets = targets }

    /// Reads and checks a configuration, or says what is wrong with it (naming the key).
    public static func read(_ data: Data, source: String) throws -> ForceConfiguration {
        let configuration: ForceConfiguration
        do {
            configuration = try JSONDecoder().decode(ForceConfiguration.self, from: data)
        } catch {
            throw ConfigurationError("\(source): not a configuration ({\"targets\": {\"P5.answer_10s\": 0.92}}): \(error)")
        }
        for (id, target) in configuration.targets.sorted(by: { $0.key < $1.key }) {
            guard let definition = IndicatorCatalogue.definition(id) else {
                throw ConfigurationError("\(source): targets: '\(id)' is not an indicator")
            }
            guard !definition.isInformational else { throw ConfigurationError("\(source): targets: \(id) is informational and has no target") }
            guard (0...1).contains(target) else { throw ConfigurationError("\(source): targets: \(id) is \(target), not a share between 0 and 1") }
        }
        return configuration
    }

    /// A stable text of the targets, for cache keys.
    public var fingerprint: String { targets.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",") }
}

/// A configuration file that cannot be used.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
