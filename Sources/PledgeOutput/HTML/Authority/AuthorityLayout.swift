/// The frame of every page of the Police Authority's tools: the site's layout, under Home › the force ›
/// Police Authority, opening with the page's lead paragraph.
enum AuthorityLayout {
    static func page(forceID: String, forceName: String, title: String, lead: String, content: (inout HTMLPage) -> Void) -> String {
        SiteLayout.page(
            title: title,
            crumbs: [.init("Home", "/"), .init(forceName, SiteLayout.forcePath(forceID)), .init("Police Authority", AuthorityPaths.index(forceID))]
        ) { page in
            page.element("p", lead, ["class": "lead"])
            content(&page)
        }
    }
}
