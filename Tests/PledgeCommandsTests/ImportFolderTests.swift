import Foundation
import PledgeCommands
import PledgeTestSupport
import Testing

extension CLITests {
    /// `pledgewatch import DIR`: a folder `generate` wrote is imported through its manifest.
    @Suite("import of a generated folder")
    struct ImportFolderTests {
        let directory: TemporaryDirectory
        let database: String

        init() throws { (directory, database) = try scratchStore() }

        /// A small generated month (a twentieth of Leicestershire's volumes) and what `generate` printed.
        func generated() async throws -> (folder: String, output: String) {
            let folder = directory.path("gen")
            let output = try await capturingStandardOutput {
                try await runPledgewatch(["generate", "--period", "2008-07", "--scale", "0.05", "--out", folder])
            }
            return (folder, output)
        }

        @Test("generate says how to import what it wrote, and `import DIR` imports every listed file, reference kinds first")
        func folder() async throws {
            let (folder, printed) = try await generated()
            #expect(printed.contains("import them with: pledgewatch import \(folder)"))
            // Each file is named as it is written, with the time so far.
            #expect(printed.contains("  wrote \(folder)/leicestershire-calls.csv ("))
            let listed = try #require(ImportSourcesProbe.manifestFiles(folder))
            let output = try await capturingStandardOutput { try await runPledgewatch(["import", folder, "--database", database]) }
            for file in listed { #expect(output.components(separatedBy: "\(folder)/\(file) (").count == 2, "\(file) imported once") }
            #expect(try SQLiteFile.count(database, "neighbourhoods") > 0 && SQLiteFile.count(database, "calls") > 0)
        }

        @Test("`import DIR/*` (the shell's expansion, manifest included) imports each file once and exits 0")
        func shellExpansion() async throws {
            let (folder, _) = try await generated()
            let everything = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { "\(folder)/\($0)" }
            #expect(everything.contains("\(folder)/manifest.json"))
            let output = try await capturingStandardOutput { try await runPledgewatch(["import"] + everything + ["--database", database]) }
            #expect(!output.contains("manifest.json ("))
            for file in try #require(ImportSourcesProbe.manifestFiles(folder)) {
                #expect(output.components(separatedBy: "\(folder)/\(file) (").count == 2, "\(file) imported once")
            }
        }

        @Test("importing the folder again recognises every file as imported and unchanged, and changes nothing, not even the data version")
        func again() async throws {
            let (folder, _) = try await generated()
            _ = try await capturingStandardOutput { try await runPledgewatch(["import", folder, "--database", database]) }
            let before = try SQLiteFile.value(database, "SELECT max(id) FROM imports", as: Int.self)
            let output = try await capturingStandardOutput { try await runPledgewatch(["import", folder, "--database", database]) }
            let files = try #require(ImportSourcesProbe.manifestFiles(folder))
            #expect(output.components(separatedBy: "unchanged since it was imported").count == files.count + 1, "\(output)")
            #expect(try SQLiteFile.value(database, "SELECT max(id) FROM imports", as: Int.self) == before)
        }

        @Test("a folder without a manifest is refused by name, and nothing is imported")
        func folderWithoutManifest() async throws {
            let plain = directory.path("plain")
            try FileManager.default.createDirectory(atPath: plain, withIntermediateDirectories: true)
            let refused = try #require(await failure(of: ["import", plain, "--database", database]))
            #expect(refused.message == "Error: \(plain) is a folder without a generator's manifest.json; name its files (\(plain)/*.csv)")
            #expect(refused.status == 1)
        }
    }
}

/// The manifest's file list, read the way a person would (not through the code under test).
enum ImportSourcesProbe {
    static func manifestFiles(_ folder: String) -> [String]? {
        guard let data = FileManager.default.contents(atPath: "\(folder)/manifest.json"),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return object["files"] as? [String]
    }
}
