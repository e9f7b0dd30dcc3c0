import Foundation
import PledgeStore

/// Where a PostgreSQL store is: parsed from `postgres://user[:password]@host[:port]/database[?sslmode=…]`
/// (also `postgresql://`), the form libpq and most tools accept.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public let host: String
    public let port: Int
    public let user: String
    public let password: String?
    public let database: String
    /// `disable`, `prefer` (the default, as libpq) or `require`.
    public let sslMode: SSLMode

    public enum SSLMode: String, Sendable { case disable, prefer, require }

    /// True when `text` names a PostgreSQL server rather than a SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses a database URL, or throws a `StoreError` that says what is wrong with it.
    public init(url text: String) throws {
        func refuse(_ reason: String) -> StoreError {
            StoreError(.cannotOpen, "the database URL '\(Self.redacted(text))' \(reason); write it as postgres://user@host:port/database")
        }
        guard Self.isPostgres(text) else { throw refuse("does not start with postgres://") }
        guard let components = URLComponents(string: text) else { throw refuse("is not a valid URL") }
        guard let host = components.host, !host.isEmpty else { throw refuse("names no host") }
        guard let user = components.user.flatMap({ $0.removingPercentEncoding }), !user.isEmpty else { throw refuse("names no user") }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else { throw refuse("names no database (the path after the host)") }
        if let port = components.port, !(1...65535).contains(port) { throw refuse("has a port out of range") }
        var sslMode = SSLMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                // libpq's allow/verify-* are read as the nearest mode this client offers.
                switch item.value ?? "" {
                case "disable", "allow": sslMode = .disable
                case "prefer": sslMode = .prefer
                case "require", "verify-ca", "verify-full": sslMode = .require
                default: throw refuse("has an unknown sslmode '\(item.value ?? "")'")
                }
            default: throw refuse("has an unknown parameter '\(item.name)'")
            }
        }
        self.host = host
        self.port = components.port ?? 5432
        self.user = user
        self.password = components.password.flatMap { $0.removingPercentEncoding }
        self.database = database.removingPercentEncoding ?? database
        self.sslMode = sslMode
    }

    /// The URL without its password, for messages and `status`.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// `text` with any password replaced, so that errors never print one.
    static func redacted(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"), scheme.upperBound < at else { return text }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return text.replacingCharacters(in: colon..<at, with: ":***")
    }
}
