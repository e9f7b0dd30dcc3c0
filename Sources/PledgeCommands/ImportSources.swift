import Foundation
import PledgeGenerate

/// The files an `import` names: each argument a file, or a folder `pledgewatch generate` wrote, imported
/// through its `manifest.json` (the files in the order the generator lists them). The manifest itself, given
/// as a file (`import DIR/*`), stands for its files too, so that the shell's expansion of a generated folder
/// works as well as the folder; a file named twice is imported once.
enum ImportSources {
    static func files(_ arguments: [String]) throws -> [String] {
        var files: [String] = []
        var seen = Set<String>()
        for argument in arguments {
            for file in try expand(argument) where seen.insert(URL(fileURLWithPath: file).standardizedFileURL.path).inserted {
                files.append(file)
            }
        }
        return files
    }

    /// The generated files `manifest` lists, as paths beside it; nil when it is not a generator's manifest.
    static func listed(in manifest: String) -> [String]? {
        guard let data = FileManager.default.contents(atPath: manifest), let decoded = try? JSONDecoder().decode(Manifest.self, from: data)
        else { return nil }
        let folder = (manifest as NSString).deletingLastPathComponent
        return decoded.files.map { (folder as NSString).appendingPathComponent($0) }
    }

    private static func expand(_ argument: String) throws -> [String] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue {
            let manifest = (argument as NSString).appendingPathComponent("manifest.json")
            guard let files = listed(in: manifest) else {
                throw CommandFailure(
                    "\(argument) is a folder without a generator's manifest.json; name its files (\((argument as NSString).appendingPathComponent("*.csv")))"
                )
            }
            return files
        }
        if (argument as NSString).lastPathComponent == "manifest.json", let files = listed(in: argument) { return files }
        return [argument]
    }
}
