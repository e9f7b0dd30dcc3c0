/// The hand-written OpenAPI 3.1 document of `/api/v1` (being written).
enum OpenAPIDocument { static let text = "{}" }
