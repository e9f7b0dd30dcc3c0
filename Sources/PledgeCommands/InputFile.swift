import Foundation

/// Reads a file named on the command line, saying which option named it and why it cannot be read.
enum InputFile {
    /// The file's bytes; the error names the option, the path and the reason (missing, a folder, unreadable).
    static func read(_ path: String, option: String) throws -> Data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw CommandFailure("\(option): \(path): no such file") }
        guard !isFolder.boolValue else { throw CommandFailure("\(option): \(path): a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("\(option): \(path): cannot be read") }
        return data
    }

    /// The JSON value in the file; the error says where the JSON breaks, as the parser reports it.
    static func json(_ path: String, option: String) throws -> Any {
        let data = try read(path, option: option)
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            throw CommandFailure("\(option): \(path): not valid JSON: \(detail)")
        }
    }
}
