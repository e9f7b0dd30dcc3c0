import Foundation

/// The OpenAPI 3.1.0 description of `/api/v1` (and `GET /health`), served as written at
/// `GET /api/v1/openapi.json` from the server's resource `Resources/openapi.json`.
///
/// Written by hand from the writers it describes: `APIRoutes` and `APIJSON` (the API's own shapes),
/// `ReportCard.jsonBytes()` (the report card, docs/report-card-json.md) and `ErrorReplies` (errors). Every
/// object lists all of its keys as `required` with `additionalProperties: false`, since the writers always
/// write every key (a value that does not exist is `null`). `OpenAPITests` requests every route of a live
/// server and validates each answer against the schema given here for its status, and checks that the
/// document's paths are the routes the server registers, so a change to a writer or a route must be made
/// here too. CI validates the file with openapi-spec-validator.
enum OpenAPIDocument {
    /// The document as served; nil when the resource cannot be read (the route then answers 500).
    static let bytes: [UInt8]? = Bundle.module.url(forResource: "openapi", withExtension: "json")
        .flatMap { try? Data(contentsOf: $0) }.map { Array($0) }
}
