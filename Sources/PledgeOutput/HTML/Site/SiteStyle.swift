/// The site's one style sheet. Colours follow the GOV.UK palette, whose text and link colours pass WCAG 2.2
/// AA contrast on white; focus is the yellow-and-black GOV.UK focus state, so keyboard users always see where
/// they are. Served by Pledgewatch; no fonts or styles are fetched from anywhere else.
public enum SiteStyle {
    public static let css = """
        *, *::before, *::after { box-sizing: border-box; }
        html { font-family: Arial, Helvetica, sans-serif; font-size: 100%; line-height: 1.4; color: #0b0c0c; background: #fff; }
        body { margin: 0; }
        .width { max-width: 960px; margin: 0 auto; padding: 0 15px; }
        a { color: #1d70b8; text-decoration: underline; text-underline-offset: 0.15em; } a:visited { color: #4c2c92; } a:hover { color: #003078; text-decoration-thickness: 3px; }
        a:focus, button:focus, input:focus, select:focus, main:focus-visible { outline: 3px solid #ffdd00; outline-offset: 0; background-color: #ffdd00; color: #0b0c0c; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
        input:focus, select:focus { background-color: #fff; box-shadow: inset 0 0 0 2px #0b0c0c; }
        main:focus { outline: none; }
        .skip { position: absolute; left: -9999px; top: 0; padding: 10px 15px; } .skip:focus { left: 0; z-index: 10; }
        header.site { background: #0b0c0c; color: #fff; padding: 10px 0; border-bottom: 10px solid #1d70b8; }
        header.site .brand { color: #fff; font-weight: bold; font-size: 1.5rem; margin-right: 1rem; text-decoration: none; }
        header.site .brand:focus { color: #0b0c0c; } header.site .service { font-size: 1.125rem; }
        nav.primary { border-bottom: 1px solid #b1b4b6; } nav.primary ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0 1.5rem; padding-top: 10px; padding-bottom: 10px; margin: 0 auto; }
        nav.crumbs ol { list-style: none; padding: 0; margin: 15px 0 0; display: flex; flex-wrap: wrap; font-size: 0.875rem; }
        nav.crumbs li + li::before { content: "›"; margin: 0 0.5em; color: #505a5f; }
        main { display: block; padding: 20px 0 40px; }
        h1 { font-size: 2.25rem; line-height: 1.1; margin: 0 0 20px; } h2 { font-size: 1.5rem; margin: 30px 0 15px; } h3 { font-size: 1.1875rem; margin: 20px 0 10px; }
        p, li, dd, dt, td, th, label { font-size: 1.1875rem; } .lead { font-size: 1.5rem; }
        .hint, .how, .origin { color: #505a5f; font-size: 1rem; } .origin { font-size: 0.875rem; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 20px; } caption { text-align: left; font-weight: bold; font-size: 1.1875rem; margin-bottom: 10px; }
        th, td { text-align: left; vertical-align: top; padding: 8px 10px 8px 0; border-bottom: 1px solid #b1b4b6; font-size: 1rem; } td.number, th.number { text-align: right; }
        .figures td:nth-child(n+2) { white-space: nowrap; }
        .grade { font-weight: bold; white-space: nowrap; } .big { font-size: 2rem; }
        .excellent { color: #0b6e2f; } .good { color: #1d3f72; } .fair { color: #8a5100; } .poor { color: #a4161a; } .none { color: #505a5f; }
        .overall { border: 5px solid #1d70b8; padding: 10px 20px; margin: 20px 0; } .kicker { color: #505a5f; margin: 0; }
        dl { display: grid; grid-template-columns: minmax(8rem, auto) 1fr; gap: 5px 20px; } dd { margin: 0; } dt { font-weight: bold; }
        form.search { background: #f3f2f1; padding: 20px; margin-bottom: 30px; } form.search label { display: block; font-weight: bold; margin-bottom: 5px; }
        input[type=text], input[type=search], select { font: inherit; font-size: 1.1875rem; padding: 5px; border: 2px solid #0b0c0c; min-width: 16rem; max-width: 100%; }
        button { font: inherit; font-size: 1.1875rem; background: #00703c; color: #fff; border: 0; box-shadow: 0 2px 0 #002d18; padding: 8px 12px; cursor: pointer; margin-top: 10px; }
        button:hover { background: #005a30; } button:focus { color: #0b0c0c; }
        .panel { border-left: 10px solid #b1b4b6; padding: 5px 15px; margin: 20px 0; } .warning { border-left-color: #d4351c; }
        .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 0 30px; }
        ul.plain { list-style: none; padding: 0; } .team li { margin-bottom: 10px; }
        svg { display: block; max-width: 100%; height: auto; } figure { margin: 0 0 20px; } figcaption { color: #505a5f; font-size: 1rem; }
        .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 5px 20px; } .legend li { font-size: 1rem; }
        .swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 50%; margin-right: 0.4em; vertical-align: -0.1em; border: 1px solid #0b0c0c; }
        footer.site { border-top: 1px solid #b1b4b6; background: #f3f2f1; padding: 20px 0; margin-top: 40px; } footer.site p { font-size: 1rem; }
        @media print { header.site, nav, footer.site, form { display: none; } a { color: #0b0c0c; } }
        .flag { font-weight: bold; border-left: 5px solid #d4351c; padding-left: 10px; } .late, .state { font-weight: bold; }
        ul.compact { margin: 0 0 5px; padding-left: 1.2em; } ul.compact li, table.plan td, table.plan p { font-size: 0.875rem; } table.plan td { min-width: 10rem; }
        form.chooser .field { margin-bottom: 10px; } ul.links li { margin-bottom: 15px; } ul.links p { margin: 0; }
        .trends figure { margin-bottom: 15px; } table.glance th { white-space: nowrap; }

        """ + CrimeMapSVG.swatchRules + "\n"
}
