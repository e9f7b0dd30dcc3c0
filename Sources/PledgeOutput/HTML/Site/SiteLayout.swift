import Foundation
import PledgeCore

/// The frame every page of the public site shares, in the conventions people know from UK public-sector
/// sites: a skip link, a plain header naming the service, the main navigation, breadcrumbs, one `h1` per
/// page, and a footer saying where the figures come from. No scripts; the style sheet is served by
/// Pledgewatch itself at `SiteLayout.styleSheetPath`.
public enum SiteLayout {
    /// Where the site's style sheet is served.
    public static let styleSheetPath = "/assets/site.css"
    /// The service's name, as the header shows it.
    public static let serviceName = "Are the local police delivering for you?"

    /// A link in the breadcrumbs.
    public struct Crumb: Sendable {
        public let text: String
        public let href: String
        public init(_ text: String, _ href: String) {
            self.text = text
            self.href = href
        }
    }

    /// A whole page: `title` is the `h1` and the start of the window title; `content` writes what goes
    /// under the `h1` inside `main`.
    public static func page(title: String, crumbs: [Crumb] = [], heading: Bool = true, content: (inout HTMLPage) -> Void) -> String {
        var page = HTMLPage()
        page.open("html", ["lang": "en-GB", "xmlns": "http://www.w3.org/1999/xhtml"])
        page.open("head")
        page.raw("<meta charset=\"utf-8\" /><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />")
        page.element("title", "\(title) – Pledgewatch")
        page.raw("<link rel=\"stylesheet\" href=\"\(styleSheetPath)\" />")
        page.close("head")
        page.open("body")
        page.element("a", "Skip to main content", ["href": "#main", "class": "skip"])
        page.open("header", ["class": "site"])
        page.open("div", ["class": "width"])
        page.element("a", "Pledgewatch", ["href": "/", "class": "brand"])
        page.element("span", serviceName, ["class": "service"])
        page.close("div")
        page.close("header")
        page.open("nav", ["class": "primary", "aria-label": "Main"])
        page.open("ul", ["class": "width"])
        for (text, href) in [
            ("Find your neighbourhood", "/"), ("Police forces", "/forces"), ("Across forces", "/national"), ("The Policing Pledge", "/pledge"),
        ] {
            page.open("li")
            page.element("a", text, ["href": href])
            page.close("li")
        }
        page.close("ul")
        page.close("nav")
        page.open("div", ["class": "width"])
        if !crumbs.isEmpty {
            page.open("nav", ["class": "crumbs", "aria-label": "Breadcrumb"])
            page.open("ol")
            for crumb in crumbs {
                page.open("li")
                page.element("a", crumb.text, ["href": crumb.href])
                page.close("li")
            }
            page.close("ol")
            page.close("nav")
        }
        page.open("main", ["id": "main", "tabindex": "-1"])
        if heading { page.element("h1", title) }
        content(&page)
        page.close("main")
        page.close("div")
        page.open("footer", ["class": "site"])
        page.open("div", ["class": "width"])
        page.element(
            "p",
            "Pledgewatch measures how police forces in England and Wales keep the ten promises of the 2008 Policing Pledge, from the forces' own records. Every figure counts records exactly as the published data contract says, and comes with its margin of error."
        )
        page.open("p")
        page.element("a", "The figures as data (API)", ["href": "/api/v1/openapi.json"])
        page.text(" · ")
        page.element("a", "How the promises are measured", ["href": "/pledge"])
        page.close("p")
        page.close("div")
        page.close("footer")
        return page.finished
    }

    /// `/forces/leicestershire`, and the paths under it.
    public static func forcePath(_ forceID: String) -> String { "/forces/\(forceID)" }

    public static func neighbourhoodPath(_ forceID: String, _ id: String) -> String { "/forces/\(forceID)/neighbourhoods/\(percentEncoded(id))" }

    public static func reportPath(_ forceID: String, period: String? = nil) -> String { "/forces/\(forceID)/report" + query(period) }

    public static func printPath(_ forceID: String, period: String? = nil) -> String { "/forces/\(forceID)/report/print" + query(period) }

    public static func promisePath(_ forceID: String, _ promise: Int, period: String? = nil) -> String {
        "/forces/\(forceID)/promises/\(promise)" + query(period)
    }

    /// `?period=2008%2F09`, or nothing.
    public static func query(_ period: String?) -> String { period.map { "?period=\(percentEncoded($0))" } ?? "" }

    /// Percent-encodes everything but unreserved characters (RFC 3986), so ids and periods are safe in a path or query.
    public static func percentEncoded(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
