import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PledgeCore
import PledgeSQLite
import PledgeTestSupport
import Testing

@testable import PledgeServer

/// `/api/v1` held to its OpenAPI document: the document is checked as an OpenAPI 3.1 document, then every
/// route is requested through a live server, for its answer and for each error it documents, and every
/// body is validated against the schema the document gives for its status.
@Suite("api/v1 against its OpenAPI document")
struct OpenAPITests {
    /// One request: `uri` (`{n}` is a real neighbourhood id and `{name}` its name, found from the force's
    /// listing), the documented path it is an instance of (nil: no route, answered by the error replies)
    /// and the status it must get.
    struct Case: Sendable, CustomStringConvertible {
        let uri: String
        let path: String?
        let status: Int
        init(_ uri: String, _ path: String?, _ status: Int) {
            self.uri = uri
            self.path = path
            self.status = status
        }
        var description: String { "GET \(uri) → \(status)" }
    }

    static let force = "/api/v1/forces/{force}"
    static let report = "/api/v1/forces/{force}/report"
    static let promise = "/api/v1/forces/{force}/promises/{promise}"
    static let neighbourhood = "/api/v1/forces/{force}/neighbourhoods/{neighbourhood}"
    static let crimes = "/api/v1/forces/{force}/neighbourhoods/{neighbourhood}/crimes"

    /// Every path the API serves: the document must describe exactly these.
    static let paths: Set<String> = [
        "/health", "/api/v1/openapi.json", "/api/v1/pledge", "/api/v1/forces", force, report, promise, neighbourhood, crimes,
        "/api/v1/national", "/api/v1/find",
    ]

    /// Against the demo site: Leicestershire records for 2009-Q1.
    static let demoCases: [Case] =
        [
            Case("/health", "/health", 200),
            Case("/api/v1/openapi.json", "/api/v1/openapi.json", 200),
            Case("/api/v1/pledge", "/api/v1/pledge", 200),
            Case("/api/v1/forces", "/api/v1/forces", 200),
            Case("/api/v1/forces/leicestershire", force, 200),
            Case("/api/v1/forces/atlantis", force, 404),
            Case("/api/v1/forces/leicestershire/report", report, 200),
            Case("/api/v1/forces/leicestershire/report?period=2008/09", report, 200),
            Case("/api/v1/forces/leicestershire/report?period=2009-Q1", report, 200),
            Case("/api/v1/forces/leicestershire/report?period=2009-01", report, 200),
            Case("/api/v1/forces/leicestershire/report?period=2009-01-01..2009-02-15", report, 200),
            Case("/api/v1/forces/leicestershire/report?period=sometime", report, 400),
            Case("/api/v1/forces/atlantis/report", report, 404),
        ]
        + (1...10).map { Case("/api/v1/forces/leicestershire/promises/\($0)", promise, 200) }
        + [
            Case("/api/v1/forces/leicestershire/promises/5?period=2009-Q1", promise, 200),
            Case("/api/v1/forces/leicestershire/promises/8?period=2009-02", promise, 200),
            Case("/api/v1/forces/leicestershire/promises/3?period=sometime", promise, 400),
            Case("/api/v1/forces/leicestershire/promises/11", promise, 404),
            Case("/api/v1/forces/leicestershire/promises/0", promise, 404),
            Case("/api/v1/forces/leicestershire/promises/first", promise, 404),
            Case("/api/v1/forces/atlantis/promises/1", promise, 404),
            Case("/api/v1/forces/leicestershire/neighbourhoods/{n}", neighbourhood, 200),
            Case("/api/v1/forces/leicestershire/neighbourhoods/{n}?period=2009-01", neighbourhood, 200),
            Case("/api/v1/forces/leicestershire/neighbourhoods/{n}?period=sometime", neighbourhood, 400),
            Case("/api/v1/forces/leicestershire/neighbourhoods/NOWHERE99", neighbourhood, 404),
            Case("/api/v1/forces/atlantis/neighbourhoods/{n}", neighbourhood, 404),
            Case("/api/v1/forces/leicestershire/neighbourhoods/{n}/crimes", crimes, 200),
            Case("/api/v1/forces/leicestershire/neighbourhoods/{n}/crimes?month=2009-02", crimes, 200),
            Case("/api/v1/forces/leicestershire/neighbourhoods/{n}/crimes?month=1999-01", crimes, 200),
            Case("/api/v1/forces/leicestershire/neighbourhoods/{n}/crimes?month=bad", crimes, 400),
            Case("/api/v1/forces/leicestershire/neighbourhoods/NOWHERE99/crimes", crimes, 404),
            Case("/api/v1/forces/atlantis/neighbourhoods/{n}/crimes", crimes, 404),
            Case("/api/v1/national", "/api/v1/national", 200),
            Case("/api/v1/national?period=2009-Q1", "/api/v1/national", 200),
            Case("/api/v1/national?period=sometime", "/api/v1/national", 400),
            Case("/api/v1/find?q={name}", "/api/v1/find", 200),
            Case("/api/v1/find?q={n}", "/api/v1/find", 200),
            Case("/api/v1/find?q=LE1", "/api/v1/find", 200),
            Case("/api/v1/find?q=zzzz+nowhere", "/api/v1/find", 200),
            Case("/api/v1/find?lat=52.6369&lng=-1.1398", "/api/v1/find", 200),
            Case("/api/v1/find?lat=0&lng=0", "/api/v1/find", 200),
            Case("/api/v1/find", "/api/v1/find", 400),
            Case("/api/v1/find?q=+", "/api/v1/find", 400),
            Case("/api/v1/find?lat=100&lng=0", "/api/v1/find", 400),
            Case("/api/v1/nope", nil, 404),
            Case("/api/v1/forces/leicestershire/nope", nil, 404),
        ]

    /// Against a store with one neighbourhood and nothing else: no calls, crimes or meetings, so the
    /// null branches and the "nothing recorded" errors.
    static let emptyCases: [Case] = [
        Case("/api/v1/forces", "/api/v1/forces", 200),
        Case("/api/v1/forces/leicestershire", force, 200),
        Case("/api/v1/forces/leicestershire/report", report, 404),
        Case("/api/v1/forces/leicestershire/report?period=2009-Q1", report, 200),
        Case("/api/v1/forces/leicestershire/promises/4", promise, 404),
        Case("/api/v1/forces/leicestershire/promises/4?period=2009-Q1", promise, 200),
        Case("/api/v1/forces/leicestershire/neighbourhoods/{n}", neighbourhood, 200),
        Case("/api/v1/forces/leicestershire/neighbourhoods/{n}/crimes", crimes, 404),
        Case("/api/v1/forces/leicestershire/neighbourhoods/{n}/crimes?month=2009-01", crimes, 200),
        Case("/api/v1/national", "/api/v1/national", 404),
        Case("/api/v1/national?period=2009-Q1", "/api/v1/national", 200),
        Case("/api/v1/find?q={n}", "/api/v1/find", 200),
    ]

    /// The routes that compute figures, for a period no one has asked for: refused while the compute limit
    /// is taken (429 for a client at its own limit, 503 for the service at its overall one).
    static let boundedPaths: [(uri: String, path: String)] = [
        ("/api/v1/forces/leicestershire/report?period=2009-03", report), ("/api/v1/forces/leicestershire/promises/4?period=2009-03", promise),
        ("/api/v1/forces/leicestershire/neighbourhoods/{n}?period=2009-03", neighbourhood), ("/api/v1/national?period=2009-03", "/api/v1/national"),
    ]
    static let refusedCases: [Case] = [429, 503].flatMap { status in boundedPaths.map { Case($0.uri, $0.path, status) } }

    @Test("the served document is a structurally valid OpenAPI 3.1 document describing every route")
    func documentIsValid() async throws {
        try await DemoSite.withServer { client in
            let document = try await Self.document(client)
            let problems = OpenAPIStructure.problems(in: document)
            #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.joined(separator: "\n"))")
            let documented = Set((document["paths"] as? [String: Any] ?? [:]).keys)
            // The paths the server registers for GET under /api/v1, and /health, are the document's.
            let router = PledgeServer.router(
                store: try await DemoSite.shared.value.store, now: { DemoSite.now }, rateLimit: nil, computeLimit: .standard)
            let registered = Set(
                router.routes.filter { $0.method == .get }.map(\.path.description).filter { $0.hasPrefix("/api/v1/") || $0 == "/health" })
            #expect(
                registered == documented,
                "registered but not documented: \(registered.subtracting(documented).sorted()); documented but not registered: \(documented.subtracting(registered).sorted())"
            )
            #expect(
                documented == Self.paths,
                "documented but not served: \(documented.subtracting(Self.paths).sorted()); served but not documented: \(Self.paths.subtracting(documented).sorted())"
            )
            // Every documented status of every operation is requested by a case below.
            var exercised = Set<String>()
            for item in Self.demoCases + Self.emptyCases + Self.refusedCases {
                if let path = item.path { exercised.insert("\(path) \(item.status)") }
            }
            for (path, item) in document["paths"] as? [String: Any] ?? [:] {
                let responses = ((item as? [String: Any])?["get"] as? [String: Any])?["responses"] as? [String: Any] ?? [:]
                for status in responses.keys {
                    #expect(exercised.contains("\(path) \(status)"), "GET \(path) documents \(status), but no case requests it")
                }
            }
        }
    }

    @Test("every route of the demo site answers a documented status, as application/json, with a body matching its schema")
    func demoSite() async throws {
        try await DemoSite.withServer { client in
            let document = try await Self.document(client)
            let forceListing = try await Self.json(client, "/api/v1/forces/leicestershire") as? [String: Any]
            let neighbourhoods = forceListing?["neighbourhoods"] as? [[String: Any]] ?? []
            let first = try #require(neighbourhoods.first, "the demo force lists no neighbourhoods")
            let id = try #require(first["id"] as? String), name = try #require(first["name"] as? String)
            let substitutions = ["{n}": id, "{name}": name.replacingOccurrences(of: " ", with: "+")]
            for item in Self.demoCases { try await Self.check(item, substitutions, document, client) }
            // Every neighbourhood, for the shapes one alone may not show; its crimes answer 404 exactly when
            // its page gives no crime month.
            for summary in neighbourhoods {
                let id = try #require(summary["id"] as? String)
                let uri = "/api/v1/forces/leicestershire/neighbourhoods/\(id)"
                let page = try await Self.check(Case(uri, Self.neighbourhood, 200), [:], document, client) as? [String: Any]
                let crimes = JSONKind.of(page?["crime_month"] ?? NSNull()) == .null ? 404 : 200
                try await Self.check(Case(uri + "/crimes", Self.crimes, crimes), [:], document, client)
            }
        }
    }

    @Test("with the compute limit taken, the routes that compute figures answer the documented 429 and 503, with Retry-After")
    func refusedComputations() async throws {
        let neighbourhood = try #require(
            try await DemoSite.shared.value.store.neighbourhoodProfiles(force: #require(ForceCatalogue.force(id: "leicestershire"))).first?.id)
        // One client (every test connection is 127.0.0.1): at its own limit of one, or within its own limit of
        // two but at the service's overall limit of one.
        for (limit, status) in [(ComputeLimit(overall: 4, perClient: 1), 429), (ComputeLimit(overall: 1, perClient: 2), 503)] {
            let valve = ComputeLimitTests.Valve()
            let app = PledgeServer.application(
                store: try await ComputeLimitTests.store(valve), port: 0, now: { DemoSite.now }, rateLimit: nil, computeLimit: limit,
                logger: Logger(label: "test"))
            try await onOwnThreads {
                try await app.test(.live) { client in
                    let document = try await Self.document(client)
                    valve.hold(1)
                    let other = TestClient(host: "127.0.0.1", port: try #require(client.port), configuration: .init(timeout: .seconds(60)))
                    other.connect()
                    async let held = other.get("/api/v1/forces/leicestershire/report?period=2009-02")
                    await valve.started(1)
                    for item in Self.refusedCases where item.status == status {
                        try await Self.check(item, ["{n}": neighbourhood], document, client)
                        let refused = try await client.execute(uri: item.uri.replacingOccurrences(of: "{n}", with: neighbourhood), method: .get)
                        #expect(refused.headers[.retryAfter] == "2", "\(item.uri)")
                    }
                    valve.open()
                    #expect(try await held.head.status == .ok)
                    try await other.shutdown()
                }
            }
        }
    }

    @Test("with no calls, crimes or meetings, the nulls and the 'nothing recorded' errors match the document too")
    func emptySite() async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let app = PledgeServer.application(store: harness.store, port: 0, now: { DemoSite.now }, rateLimit: nil, logger: Logger(label: "test"))
        try await onOwnThreads {
            try await app.test(.live) { client in
                let document = try await Self.document(client)
                for item in Self.emptyCases { try await Self.check(item, ["{n}": "NC04"], document, client) }
            }
        }
    }

    @Test("the validator tells booleans from numbers and whole numbers from fractions, as JSONSerialization gives them")
    func validatorTypes() throws {
        let values = try #require(try Self.parse(#"[true, false, 0, 1, 1.5, 2.0, -3, null, "x", [], {}]"#) as? [Any])
        #expect(values.map(JSONKind.of) == [.boolean, .boolean, .number, .number, .number, .number, .number, .null, .string, .array, .object])
        let validator = SchemaValidator(document: [:])
        func accepts(_ type: String) -> [Bool] { values.map { validator.validate($0, against: ["type": type]).isEmpty } }
        #expect(accepts("boolean") == [true, true, false, false, false, false, false, false, false, false, false])
        #expect(accepts("integer") == [false, false, true, true, false, true, true, false, false, false, false])
        #expect(accepts("number") == [false, false, true, true, true, true, true, false, false, false, false])
        #expect(accepts("null") == [false, false, false, false, false, false, false, true, false, false, false])
        let grade: [String: Any] = ["type": ["string", "null"], "enum": ["GOOD", NSNull()]]
        #expect(validator.validate(NSNull(), against: grade).isEmpty && validator.validate("GOOD", against: grade).isEmpty)
        #expect(validator.validate("MEDIUM", against: grade) == [#"$: "MEDIUM" is not one of "GOOD", null"#])
        #expect(validator.validate(try Self.parse("1"), against: ["enum": [true]]).count == 1)
        #expect(validator.validate(try Self.parse("true"), against: ["enum": [1]]).count == 1)
        #expect(!validator.validate(["a": 1], against: ["made": "up"]).isEmpty, "an unknown keyword is a problem, not skipped")
    }

    @Test("the validator rejects bodies that break the document")
    func validatorRejects() async throws {
        try await DemoSite.withServer { client in
            let document = try await Self.document(client)
            let validator = SchemaValidator(document: document)
            func schema(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }
            let listing = try await Self.json(client, "/api/v1/forces/leicestershire") as? [String: Any]
            let id = try #require((listing?["neighbourhoods"] as? [[String: Any]])?.first?["id"] as? String)
            let page = try #require(try await Self.json(client, "/api/v1/forces/leicestershire/neighbourhoods/\(id)") as? [String: Any])
            let card = try #require(try await Self.json(client, "/api/v1/forces/leicestershire/report") as? [String: Any])
            #expect(validator.validate(page, against: schema("Neighbourhood")).isEmpty)
            #expect(validator.validate(card, against: schema("ReportCard")).isEmpty)

            var missing = page
            missing["population"] = nil
            #expect(validator.validate(missing, against: schema("Neighbourhood")) == [#"$: required key "population" is missing"#])

            var graded = try #require(Self.edit(card, ["promises", 3, "indicators", 0, "grade"], "MEDIUM") as? [String: Any])
            #expect(
                validator.validate(graded, against: schema("ReportCard"))
                    == [#"$.promises[3].indicators[0].grade: "MEDIUM" is not one of "EXCELLENT", "GOOD", "FAIR", "POOR", null"#])
            graded = try #require(Self.edit(card, ["force", "grade"], "MEDIUM") as? [String: Any])
            #expect(validator.validate(graded, against: schema("ReportCard")).count == 1)

            let extra = try #require(Self.edit(page, ["figures", "extra"], 1) as? [String: Any])
            #expect(
                validator.validate(extra, against: schema("Neighbourhood")) == ["$.figures.extra: key is not allowed (additionalProperties: false)"])
            let fraction = try #require(Self.edit(page, ["population"], 12.5) as? [String: Any])
            #expect(validator.validate(fraction, against: schema("Neighbourhood")) == ["$.population: 12.5 is not of type integer or null"])
            let flag = try #require(Self.edit(card, ["promises", 0, "indicators", 0, "small_sample"], 0) as? [String: Any])
            #expect(validator.validate(flag, against: schema("ReportCard")) == ["$.promises[0].indicators[0].small_sample: 0 is not of type boolean"])
            let counted = try #require(Self.edit(card, ["promises", 1, "reality_checks", "made"], true) as? [String: Any])
            #expect(validator.validate(counted, against: schema("ReportCard")) == ["$.promises[1].reality_checks.made: true is not of type integer"])
            // An assessor's override, which the demo has none of: accepted whole, rejected without its assessor.
            var override = try #require(
                Self.edit(card, ["promises", 2, "override"], ["assessor": "A. Inspector", "grade": "GOOD", "reason": "r"]) as? [String: Any])
            #expect(validator.validate(override, against: schema("ReportCard")).isEmpty)
            override = try #require(Self.edit(override, ["promises", 2, "override", "assessor"], nil) as? [String: Any])
            #expect(validator.validate(override, against: schema("ReportCard")).count == 1)
            let month = try #require(Self.edit(card, ["promises", 4, "indicators", 0, "series", 0, "month"], "March 2009") as? [String: Any])
            #expect(validator.validate(month, against: schema("ReportCard")).first?.hasPrefix("$.promises[4].indicators[0].series[0].month:") == true)
            let short = try #require(Self.edit(card, ["promises"], [Any]()) as? [String: Any])
            #expect(validator.validate(short, against: schema("ReportCard")) == ["$.promises: 0 items, fewer than 10"])
        }
    }

    // MARK: - Requests

    static func parse(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    static func json(_ client: any TestClientProtocol, _ uri: String) async throws -> Any {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == .ok, "GET \(uri): \(response.status)")
            return try parse(String(buffer: response.body))
        }
    }

    static func document(_ client: any TestClientProtocol) async throws -> [String: Any] {
        try #require(try await json(client, "/api/v1/openapi.json") as? [String: Any], "the document is not a JSON object")
    }

    /// Requests `item`, checks its status, content type and body against the document, and returns the body.
    @discardableResult
    static func check(_ item: Case, _ substitutions: [String: String], _ document: [String: Any], _ client: any TestClientProtocol) async throws
        -> Any?
    {
        var uri = item.uri
        for (name, value) in substitutions { uri = uri.replacingOccurrences(of: name, with: value) }
        let validator = SchemaValidator(document: document)
        return try await client.execute(uri: uri, method: .get) { response -> Any? in
            let code = Int(response.status.code), text = String(buffer: response.body)
            #expect(code == item.status, "GET \(uri): status \(code), expected \(item.status): \(text.prefix(300))")
            #expect(response.headers[.contentType] == "application/json", "GET \(uri): content type \(response.headers[.contentType] ?? "none")")
            let schema: Any
            if let path = item.path {
                let operation = ((document["paths"] as? [String: Any])?[path] as? [String: Any])?["get"] as? [String: Any]
                let responses = try #require(operation?["responses"] as? [String: Any], "GET \(path) is not documented")
                guard let documented = responses[String(code)] as? [String: Any] else {
                    Issue.record("GET \(uri): status \(code) is not documented for GET \(path) (documented: \(responses.keys.sorted()))")
                    return nil
                }
                let content = (documented["content"] as? [String: Any])?["application/json"] as? [String: Any]
                schema = try #require(content?["schema"], "GET \(path) \(code) has no application/json schema")
            } else {
                schema = ["$ref": "#/components/schemas/Error"]
            }
            let body: Any
            do { body = try parse(text) } catch {
                Issue.record("GET \(uri): the body is not JSON: \(text.prefix(300))")
                return nil
            }
            let problems = validator.validate(body, against: schema)
            #expect(problems.isEmpty, "GET \(uri) (\(code)), \(problems.count) problems:\n\(problems.prefix(25).joined(separator: "\n"))")
            if code >= 400 {
                #expect(
                    ((body as? [String: Any])?["error"] as? [String: Any])?["status"] as? Int == code, "GET \(uri): the error's status is not \(code)"
                )
            }
            return body
        }
    }

    /// `value` with the value at `path` (keys and indices) replaced by `new` (nil removes a key).
    static func edit(_ value: Any, _ path: [any Sendable], _ new: Any?) -> Any? {
        guard let step = path.first else { return new }
        let rest = Array(path.dropFirst())
        if let key = step as? String, var object = value as? [String: Any] {
            object[key] = edit(object[key] ?? NSNull(), rest, new)
            return object
        }
        if let index = step as? Int, var array = value as? [Any], array.indices.contains(index) {
            guard let edited = edit(array[index], rest, new) else { return nil }
            array[index] = edited
            return array
        }
        return nil
    }
}

// MARK: - JSON values as JSONSerialization gives them

/// The JSON type of a value from `JSONSerialization`. Numbers and booleans are both `NSNumber` (and on
/// Linux `1 as? Bool` succeeds), so a boolean is told by its Objective-C type code, "c", which
/// JSONSerialization gives only to `true` and `false`.
enum JSONKind: String, Equatable {
    case null, boolean, number, string, array, object, unknown

    static func of(_ value: Any) -> JSONKind {
        if value is NSNull { return .null }
        if value is String { return .string }
        if let number = value as? NSNumber { return String(cString: number.objCType) == "c" ? .boolean : .number }
        if value is [Any] { return .array }
        if value is [String: Any] { return .object }
        return .unknown
    }

    static func number(_ value: Any) -> Double? { of(value) == .number ? (value as? NSNumber)?.doubleValue : nil }

    static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "integer": number(value).map { $0.rounded() == $0 } ?? false
        case "number": of(value) == .number
        default: of(value).rawValue == type
        }
    }

    static func equal(_ a: Any, _ b: Any) -> Bool {
        let kind = of(a)
        guard kind == of(b) else { return false }
        switch kind {
        case .null: return true
        case .boolean: return (a as? NSNumber)?.boolValue == (b as? NSNumber)?.boolValue
        case .number: return number(a) == number(b)
        case .string: return a as? String == b as? String
        default: return false
        }
    }

    /// A value as it would be written, short: arrays and objects by kind only.
    static func describe(_ value: Any) -> String {
        switch of(value) {
        case .null: "null"
        case .boolean: (value as? NSNumber)?.boolValue == true ? "true" : "false"
        case .number:
            number(value).map { $0.rounded() == $0 && abs($0) < 1e15 ? String(Int64($0)) : String($0) } ?? "?"
        case .string: "\"\(value as? String ?? "")\""
        case .array: "an array"
        case .object: "an object"
        case .unknown: "\(value)"
        }
    }
}

// MARK: - A JSON Schema validator: the keywords the document uses, and no others

/// Validates a JSON value against a schema of the document (JSON Schema 2020-12 as OpenAPI 3.1 has it),
/// returning each problem with its JSON path. It understands `keywords` only, and reports any other
/// keyword as a problem rather than skipping it.
struct SchemaValidator {
    static let keywords: Set<String> = [
        "$ref", "type", "properties", "required", "additionalProperties", "items", "enum", "minimum", "maximum", "minItems", "maxItems",
        "pattern", "anyOf", "description",
    ]
    static let types: Set<String> = ["null", "boolean", "integer", "number", "string", "array", "object"]

    let document: [String: Any]

    /// The value at a local reference, `#/components/schemas/Name`.
    func resolve(_ reference: String) -> Any? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: Any = document
        for token in reference.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false) {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let next = (node as? [String: Any])?[key] else { return nil }
            node = next
        }
        return node
    }

    /// The names in `type`: one, or an array of them; nil when there is no `type`.
    static func typeNames(_ type: Any?) -> [String]? {
        if let name = type as? String { return [name] }
        return type as? [String]
    }

    func validate(_ value: Any, against schema: Any, at path: String = "$") -> [String] {
        guard let schema = schema as? [String: Any] else { return ["\(path): the schema is not an object"] }
        var problems = schema.keys.filter { !Self.keywords.contains($0) }.sorted().map { "\(path): the schema keyword \($0) is not understood" }
        if let reference = schema["$ref"] {
            guard let reference = reference as? String, let target = resolve(reference) else {
                return problems + ["\(path): $ref \(reference) does not resolve"]
            }
            problems += validate(value, against: target, at: path)
        }
        if let type = schema["type"] {
            guard let names = Self.typeNames(type), !names.isEmpty, names.allSatisfy(Self.types.contains) else {
                return problems + ["\(path): the schema's type \(type) is not understood"]
            }
            if !names.contains(where: { JSONKind.matches(value, type: $0) }) {
                return problems + ["\(path): \(JSONKind.describe(value)) is not of type \(names.joined(separator: " or "))"]
            }
        }
        if let options = schema["enum"] {
            let options = options as? [Any] ?? []
            if !options.contains(where: { JSONKind.equal($0, value) }) {
                problems.append("\(path): \(JSONKind.describe(value)) is not one of \(options.map(JSONKind.describe).joined(separator: ", "))")
            }
        }
        if let number = JSONKind.number(value) {
            if let minimum = schema["minimum"].flatMap(JSONKind.number), number < minimum {
                problems.append("\(path): \(JSONKind.describe(value)) is less than the minimum \(JSONKind.describe(minimum))")
            }
            if let maximum = schema["maximum"].flatMap(JSONKind.number), number > maximum {
                problems.append("\(path): \(JSONKind.describe(value)) is more than the maximum \(JSONKind.describe(maximum))")
            }
        }
        if let text = value as? String, let pattern = schema["pattern"] as? String, text.range(of: pattern, options: .regularExpression) == nil {
            problems.append("\(path): \(JSONKind.describe(value)) does not match \(pattern)")
        }
        if JSONKind.of(value) == .array, let array = value as? [Any] {
            if let least = schema["minItems"].flatMap(JSONKind.number), Double(array.count) < least {
                problems.append("\(path): \(array.count) items, fewer than \(JSONKind.describe(least))")
            }
            if let most = schema["maxItems"].flatMap(JSONKind.number), Double(array.count) > most {
                problems.append("\(path): \(array.count) items, more than \(JSONKind.describe(most))")
            }
            if let items = schema["items"] {
                for (index, element) in array.enumerated() { problems += validate(element, against: items, at: "\(path)[\(index)]") }
            }
        }
        if JSONKind.of(value) == .object, let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): required key \"\(key)\" is missing")
            }
            let closed = schema["additionalProperties"].map { JSONKind.of($0) == .boolean && ($0 as? NSNumber)?.boolValue == false } ?? false
            for key in object.keys.sorted() {
                if let property = properties[key] {
                    problems += validate(object[key]!, against: property, at: "\(path).\(key)")
                } else if closed {
                    problems.append("\(path).\(key): key is not allowed (additionalProperties: false)")
                }
            }
        }
        if let choices = schema["anyOf"] {
            let results = (choices as? [Any] ?? []).map { validate(value, against: $0, at: path) }
            if !results.contains(where: \.isEmpty) {
                problems.append("\(path): \(JSONKind.describe(value)) matches none of anyOf (\(results.flatMap { $0 }.joined(separator: "; ")))")
            }
        }
        return problems
    }
}

// MARK: - The document's structure

/// Checks a document is a well-formed OpenAPI 3.1 document as far as this API uses it: its header,
/// operations, parameters, responses and references, and that every schema in it uses only keywords the
/// validator understands, closes every object and requires every key.
enum OpenAPIStructure {
    static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
    /// Objects that may hold anything: the document's own paths and components, described by OpenAPI.
    static let freeForm: Set<String> = [
        "#/components/schemas/OpenAPIDocument/properties/paths", "#/components/schemas/OpenAPIDocument/properties/components",
    ]

    static func problems(in document: [String: Any]) -> [String] {
        var problems: [String] = []
        let validator = SchemaValidator(document: document)
        if !((document["openapi"] as? String)?.hasPrefix("3.1") ?? false) {
            problems.append("openapi is not 3.1.x: \(document["openapi"] ?? "missing")")
        }
        let info = document["info"] as? [String: Any]
        for key in ["title", "version"] where ((info?[key] as? String) ?? "").isEmpty { problems.append("info.\(key) is missing") }
        if (document["servers"] as? [[String: Any]])?.allSatisfy({ $0["url"] is String }) != true { problems.append("servers is not a list of urls") }

        // Every $ref anywhere resolves to a component.
        func references(_ node: Any, _ at: String) {
            if let object = node as? [String: Any] {
                if let reference = object["$ref"] {
                    if let reference = reference as? String, reference.hasPrefix("#/components/"), validator.resolve(reference) != nil {
                    } else {
                        problems.append("\(at): $ref \(reference) does not resolve to a component")
                    }
                }
                for (key, child) in object { references(child, "\(at)/\(key)") }
            } else if let array = node as? [Any], JSONKind.of(node) == .array {
                for (index, child) in array.enumerated() { references(child, "\(at)/\(index)") }
            }
        }
        references(document, "#")

        var schemas: [(String, Any)] = []
        for (name, schema) in document["components"].flatMap({ ($0 as? [String: Any])?["schemas"] as? [String: Any] }) ?? [:] {
            schemas.append(("#/components/schemas/\(name)", schema))
        }
        func resolved(_ node: Any) -> [String: Any]? {
            guard let object = node as? [String: Any] else { return nil }
            if let reference = object["$ref"] as? String { return validator.resolve(reference) as? [String: Any] }
            return object
        }

        guard let paths = document["paths"] as? [String: Any], !paths.isEmpty else { return problems + ["paths is missing or empty"] }
        var operationIDs: [String: String] = [:]
        for (path, item) in paths.sorted(by: { $0.key < $1.key }) {
            guard path.hasPrefix("/"), let item = item as? [String: Any] else {
                problems.append("\(path): not a path item")
                continue
            }
            let templated = Set(path.split(separator: "{").dropFirst().compactMap { $0.split(separator: "}").first.map(String.init) })
            let operations = item.filter { methods.contains($0.key) }
            if operations.isEmpty { problems.append("\(path): no operations") }
            for key in item.keys where !methods.contains(key) && !["parameters", "summary", "description"].contains(key) {
                problems.append("\(path): unexpected key \(key)")
            }
            for (method, operation) in operations {
                let at = "\(method.uppercased()) \(path)"
                guard let operation = operation as? [String: Any] else {
                    problems.append("\(at): not an operation object")
                    continue
                }
                if let id = operation["operationId"] as? String, !id.isEmpty {
                    if let other = operationIDs[id] { problems.append("\(at): operationId \(id) is also \(other)'s") }
                    operationIDs[id] = at
                } else {
                    problems.append("\(at): no operationId")
                }
                if !(operation["summary"] is String) { problems.append("\(at): no summary") }
                var declared: Set<String> = []
                for (index, parameter) in ((item["parameters"] as? [Any] ?? []) + (operation["parameters"] as? [Any] ?? [])).enumerated() {
                    guard let parameter = resolved(parameter), let name = parameter["name"] as? String, let place = parameter["in"] as? String,
                        ["path", "query", "header", "cookie"].contains(place), let schema = parameter["schema"]
                    else {
                        problems.append("\(at): parameter \(index) needs a name, an in and a schema")
                        continue
                    }
                    if !declared.insert("\(place) \(name)").inserted { problems.append("\(at): parameter \(name) in \(place) is declared twice") }
                    if place == "path" {
                        if !templated.contains(name) { problems.append("\(at): path parameter \(name) is not in the path") }
                        if JSONKind.of(parameter["required"] ?? NSNull()) != .boolean || (parameter["required"] as? NSNumber)?.boolValue != true {
                            problems.append("\(at): path parameter \(name) is not required: true")
                        }
                    }
                    schemas.append(("\(at) parameter \(name)", schema))
                }
                for name in templated where !declared.contains("path \(name)") {
                    problems.append("\(at): {\(name)} is not declared as a path parameter")
                }
                guard let responses = operation["responses"] as? [String: Any], !responses.isEmpty else {
                    problems.append("\(at): no responses")
                    continue
                }
                for (status, response) in responses {
                    guard status == "default" || (status.count == 3 && Int(status).map { (100...599).contains($0) } == true) else {
                        problems.append("\(at): response key \(status) is not a status")
                        continue
                    }
                    guard let response = resolved(response), response["description"] is String else {
                        problems.append("\(at) \(status): a response needs a description")
                        continue
                    }
                    guard let content = response["content"] as? [String: Any] else { continue }
                    guard content.count == 1, let json = content["application/json"] as? [String: Any], let schema = json["schema"] else {
                        problems.append("\(at) \(status): the content is not application/json with a schema")
                        continue
                    }
                    schemas.append(("\(at) \(status)", schema))
                }
            }
        }

        // Every schema, to full depth, in the validator's vocabulary, with every object closed and complete.
        func check(_ node: Any, _ at: String) {
            guard let schema = node as? [String: Any] else {
                problems.append("\(at): a schema is not an object")
                return
            }
            for key in schema.keys where !SchemaValidator.keywords.contains(key) {
                problems.append("\(at): keyword \(key) is not understood by the validator")
            }
            if let type = schema["type"] {
                if let names = SchemaValidator.typeNames(type), !names.isEmpty, names.allSatisfy(SchemaValidator.types.contains) {
                    if names.contains("object") && !freeForm.contains(at) {
                        let properties = schema["properties"] as? [String: Any] ?? [:]
                        if properties.isEmpty { problems.append("\(at): an object without properties") }
                        if Set(schema["required"] as? [String] ?? []) != Set(properties.keys) {
                            problems.append("\(at): required is not every property")
                        }
                        let closed = schema["additionalProperties"].map { JSONKind.of($0) == .boolean && ($0 as? NSNumber)?.boolValue == false }
                        if closed != true { problems.append("\(at): additionalProperties is not false") }
                    }
                    for option in schema["enum"] as? [Any] ?? [] where !names.contains(where: { JSONKind.matches(option, type: $0) }) {
                        problems.append("\(at): enum value \(JSONKind.describe(option)) is not of its type")
                    }
                } else {
                    problems.append("\(at): type \(type) is not understood")
                }
            } else if schema["$ref"] == nil && schema["anyOf"] == nil && schema["enum"] == nil {
                problems.append("\(at): a schema with no type, $ref, anyOf or enum")
            }
            if let enumeration = schema["enum"], (enumeration as? [Any])?.isEmpty != false { problems.append("\(at): enum is not a list of values") }
            if schema["required"] != nil && schema["properties"] == nil { problems.append("\(at): required without properties") }
            if let additional = schema["additionalProperties"], JSONKind.of(additional) != .boolean {
                problems.append("\(at): additionalProperties is not a boolean")
            }
            if let pattern = schema["pattern"] {
                if let pattern = pattern as? String, (try? NSRegularExpression(pattern: pattern)) != nil {
                } else {
                    problems.append("\(at): pattern \(pattern) is not a regular expression")
                }
            }
            for key in ["minimum", "maximum", "minItems", "maxItems"] where schema[key] != nil && JSONKind.number(schema[key]!) == nil {
                problems.append("\(at): \(key) is not a number")
            }
            if let properties = schema["properties"] {
                guard let properties = properties as? [String: Any] else { return problems.append("\(at): properties is not an object") }
                for (name, property) in properties { check(property, "\(at)/properties/\(name)") }
            }
            if let items = schema["items"] { check(items, "\(at)/items") }
            if let choices = schema["anyOf"] {
                guard let choices = choices as? [Any], choices.count >= 2 else { return problems.append("\(at): anyOf is not a list of schemas") }
                for (index, choice) in choices.enumerated() { check(choice, "\(at)/anyOf/\(index)") }
            }
        }
        for (at, schema) in schemas { check(schema, at) }
        return problems
    }
}
