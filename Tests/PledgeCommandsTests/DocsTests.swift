import ArgumentParser
import Foundation
import PledgeCommands
import PledgeCore
import Testing

/// The project owns its contract: its own pages state every record field and every indicator, and no
/// link or reference in the repository leads out of it.
@Suite("docs")
struct DocsTests {
    /// The repository's root: this file is `Tests/PledgeCommandsTests/DocsTests.swift`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().standardizedFileURL

    static func read(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }

    @Test("docs/records.md names every record kind and every field of every kind")
    func recordsNameEveryField() throws {
        let page = try Self.read("docs/records.md")
        for kind in RecordKind.allCases {
            #expect(page.contains("`\(kind.name)`"), "docs/records.md does not name the kind \(kind.name)")
            for field in RecordSchema.of(kind).fields {
                #expect(page.contains("`\(field.name)`"), "docs/records.md does not name \(kind.name).\(field.name)")
            }
        }
    }

    @Test("docs/indicators.md names every indicator, with its title")
    func indicatorsNameEveryIndicator() throws {
        let page = try Self.read("docs/indicators.md")
        for indicator in IndicatorCatalogue.all {
            #expect(page.contains(indicator.id), "docs/indicators.md does not name \(indicator.id)")
            // Reality checks share one row, written for promise n.
            if !indicator.id.hasSuffix(".reality_checks") {
                #expect(page.contains(indicator.title), "docs/indicators.md does not give \(indicator.id)'s title '\(indicator.title)'")
            }
        }
    }

    /// The places the project keeps its text: documentation, code and tests.
    static let checkedPlaces = ["README.md", "BENCHMARKS.md", "docs", "Sources", "Tests"]

    /// Every file under the checked places (skipping build output), as paths relative to the root.
    static func checkedFiles() -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for place in checkedPlaces {
            let url = root.appendingPathComponent(place)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
            guard isFolder.boolValue else {
                files.append(place)
                continue
            }
            guard let walker = manager.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let file as URL in walker {
                if file.lastPathComponent == ".build" {
                    walker.skipDescendants()
                    continue
                }
                guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                files.append(String(file.standardizedFileURL.path.dropFirst(root.path.count + 1)))
            }
        }
        return files.sorted()
    }

    @Test("no file of the repository points at material outside it (the spec, reference or context folders beside it)")
    func nothingPointsOutside() throws {
        // Spelt in pieces, so that this file does not hold the text it looks for.
        let folders = ["spec", "reference", "context"].map { "shared" + "/" + $0 }
        let files = Self.checkedFiles()
        #expect(files.contains("docs/records.md") && files.contains { $0.hasPrefix("Sources/") })
        for file in files {
            let data = try Data(contentsOf: Self.root.appendingPathComponent(file))
            let text = String(decoding: data, as: UTF8.self)
            for folder in folders where text.contains(folder) {
                Issue.record("\(file) refers to \(folder): point at the project's own docs instead")
            }
        }
    }

    /// The targets of the markdown links `](target)` in `text`.
    static func linkTargets(_ text: String) -> [String] {
        var targets: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "](") {
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: ")") else { break }
            targets.append(String(after[..<close]))
            rest = after[close...]
        }
        return targets
    }

    /// The anchors a renderer gives the headings of a markdown page: lower case, punctuation dropped, spaces
    /// as hyphens (`## Promise 2: information` is `#promise-2-information`). Fenced code is skipped.
    static func anchors(_ page: String) -> Set<String> {
        var anchors: Set<String> = []
        var fenced = false
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { fenced.toggle() }
            guard !fenced, line.hasPrefix("#") else { continue }
            let heading = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            var anchor = ""
            for character in heading.lowercased() {
                if character.isLetter || character.isNumber || character == "-" || character == "_" {
                    anchor.append(character)
                } else if character == " " {
                    anchor.append("-")
                }
            }
            anchors.insert(anchor)
        }
        return anchors
    }

    @Test("every relative link in README.md and docs/*.md leads to a file of the repository, and to a heading of it")
    func linksResolveInside() throws {
        let manager = FileManager.default
        let docs = try manager.contentsOfDirectory(atPath: Self.root.appendingPathComponent("docs").path)
            .filter { $0.hasSuffix(".md") }.map { "docs/" + $0 }
        #expect(docs.contains("docs/records.md") && docs.contains("docs/indicators.md"))
        for page in ["README.md"] + docs.sorted() {
            let text = try Self.read(page)
            let folder = Self.root.appendingPathComponent(page).deletingLastPathComponent()
            for target in Self.linkTargets(text) {
                let lowered = target.lowercased()
                if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("mailto:") { continue }
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let path = String(parts[0])
                let fragment = parts.count > 1 ? String(parts[1]) : nil
                let file = path.isEmpty ? Self.root.appendingPathComponent(page) : folder.appendingPathComponent(path).standardizedFileURL
                guard file.path.hasPrefix(Self.root.path + "/") else {
                    Issue.record("\(page): the link \(target) leads out of the repository")
                    continue
                }
                guard manager.fileExists(atPath: file.path) else {
                    Issue.record("\(page): the link \(target) leads to no file")
                    continue
                }
                if let fragment, file.pathExtension == "md" {
                    let anchors = Self.anchors(try String(contentsOf: file, encoding: .utf8))
                    #expect(anchors.contains(fragment), "\(page): the link \(target) names no heading of \(file.lastPathComponent)")
                }
            }
        }
    }

    @Test("the --period help of indicators and report lists every form a period takes", arguments: ["indicators", "report"])
    func periodHelp(_ command: String) throws {
        let subcommand = try #require(PledgewatchCommand.configuration.subcommands.first { $0.configuration.commandName == command })
        let help = PledgewatchCommand.helpMessage(for: subcommand, columns: 1_000)
        for form in ["2009-01", "2009-Q1", "2008/09", "2008-04-01..2009-03-31", "2008-09 is September 2008"] {
            #expect(help.contains(form), "`pledgewatch \(command) --help` does not show \(form)")
        }
    }

    @Test("the README's first screen: the two commands, a first build told as it is, and the examples in a store of their own")
    func readmeFirstScreen() throws {
        let readme = try Self.read("README.md")
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let commands = lines.filter { $0.hasPrefix("    swift ") }.prefix(2).map { $0.split(separator: "#")[0].trimmingCharacters(in: .whitespaces) }
        #expect(commands == ["swift run pledgewatch demo", "swift test"])
        // The first build of a fresh clone takes minutes on a small machine, not "about a minute".
        #expect(!readme.contains("about a minute.") && readme.contains("about 10 minutes"))
        // The hand-made sample has neighbourhoods of its own: imported into the demo's store, it would mix two
        // Leicestershires (94 neighbourhoods, two "Leicester City Centre"s).
        let sampleImports = lines.filter { $0.contains("import examples/leicestershire-sample") }
        #expect(!sampleImports.isEmpty && sampleImports.allSatisfy { $0.contains("--database") })
    }
}
