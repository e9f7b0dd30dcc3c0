import PledgeCore

/// Builds escaped, well-formed markup.
public struct HTMLPage {
    /// The markup written so far.
    public private(set) var text = ""

    /// An empty fragment, for markup that goes inside a page.
    public init() {}

    /// A page opened up to its body: language, character set, title and inline style.
    public init(title: String, css: String) {
        open("html", ["lang": "en-GB", "xmlns": "http://www.w3.org/1999/xhtml"])
        open("head")
        raw("<meta charset=\"utf-8\" />")
        element("title", title)
        element("style", css)
        close("head")
        open("body")
    }

    /// The document: the body and page closed, after the doctype.
    public var finished: String { "<!DOCTYPE html>\n" + text + "</body>\n</html>\n" }

    /// An SVG coordinate to a tenth of a unit, as the charts write them (`12.3`).
    public static func coordinate(_ value: Double) -> String { String(Double(Int((value * 10).rounded())) / 10) }

    /// `raw` with `&`, `<`, `>` and `"` written as entities, safe in text and in quoted attributes.
    public static func escape(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for character in raw {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func attributes(_ attributes: [String: String]) -> String {
        attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(escape($0.value))\"" }.joined()
    }

    /// Opens `tag` with its attributes (escaped, in name order).
    public mutating func open(_ tag: String, _ attributes: [String: String] = [:]) { text += "<\(tag)\(Self.attributes(attributes))>" }
    public mutating func close(_ tag: String) { text += "</\(tag)>\n" }
    /// Writes text, escaped.
    public mutating func text(_ raw: String) { text += Self.escape(raw) }
    /// Writes markup as it is: only for markup built by this type or escaped already.
    public mutating func raw(_ markup: String) { text += markup }

    /// `<tag …>content</tag>` with the content escaped.
    public mutating func element(_ tag: String, _ content: String, _ attributes: [String: String] = [:]) {
        text += "<\(tag)\(Self.attributes(attributes))>\(Self.escape(content))</\(tag)>"
    }
}
