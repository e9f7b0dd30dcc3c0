import Foundation
import PledgeCore

/// Turns one NDJSON object into field texts, so that NDJSON rows go through exactly the same checks as
/// CSV rows. Strings stay as they are, numbers and booleans are written as text, null is blank.
enum JSONFields {
    /// The object's fields as text by key, or the reason the line is not a flat JSON object.
    static func parse(_ line: UnsafeRawBufferPointer) -> Result<[String: String], RowProblemText> {
        switch JSONShape.of(line) {
        case .tooDeep:
            return .failure(
                RowProblemText(field: nil, reason: "is nested too deeply (more than \(ImportLimits.maxJSONDepth) levels of lists and objects)"))
        case .repeatedKey(let key):
            return .failure(RowProblemText(field: label(key), reason: "is given twice in the object: which value is meant cannot be told"))
        case .plain: break
        }
        let object: [String: Scalar]
        do {
            object = try JSONDecoder().decode([String: Scalar].self, from: Data(line))
        } catch {
            let isJSON = (try? JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])) != nil
            return .failure(RowProblemText(field: nil, reason: isJSON ? "is not a JSON object" : "is not valid JSON"))
        }
        var fields: [String: String] = [:]
        for (key, value) in object {
            guard let text = value.text else {
                return .failure(RowProblemText(field: label(key), reason: "is a list or an object, not a single value"))
            }
            fields[key] = text
        }
        return .success(fields)
    }

    /// A key as a reason names it: plain when it is a plain name, else quoted (shortened, escaped), since
    /// a key is anything the file holds.
    static func label(_ key: String) -> String {
        let plain =
            !key.isEmpty && key.utf8.count <= 64
            && key.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: ":") && $0 != UInt8(ascii: "'") }
        return plain ? key : QuotedValue.quote(key)
    }

    /// One JSON value, as far as a flat record needs to know it.
    enum Scalar: Decodable {
        case text(String)
        case nested

        var text: String? { if case .text(let value) = self { value } else { nil } }

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .text("")
            } else if let string = try? container.decode(String.self) {
                self = .text(string)
            } else if let flag = try? container.decode(Bool.self) {
                self = .text(flag ? "true" : "false")
            } else if let integer = try? container.decode(Int64.self) {
                self = .text(String(integer))
            } else if let number = try? container.decode(Double.self) {
                self = .text("\(number)")
            } else {
                self = .nested
            }
        }
    }
}

/// A problem found while reading a row, before it reaches the validator.
struct RowProblemText: Error {
    let field: String?
    let reason: String
}
