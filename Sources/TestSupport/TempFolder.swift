import Foundation

/// A fresh private folder for one test, removed when the value is released.
public final class TempFolder: @unchecked Sendable {
    public let path: String

    public init(_ label: String = "test") {
        var template = Array("\(NSTemporaryDirectory())/tillit-\(label)-XXXXXX".utf8CString)
        path = String(cString: mkdtemp(&template)!)
    }

    public func sub(_ name: String) -> String { "\(path)/\(name)" }

    public func write(_ name: String, _ bytes: [UInt8]) {
        let p = sub(name)
        try? FileManager.default.createDirectory(
            atPath: (p as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: p, contents: Data(bytes))
    }

    public func write(_ name: String, _ text: String) { write(name, Array(text.utf8)) }

    public func bytes(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: name.hasPrefix("/") ? name : sub(name)).map { Array($0) }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Polls a condition every 20 ms until it holds or the timeout passes (no fixed sleeps).
public func waitUntil(timeout: TimeInterval = 10, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        usleep(20_000)
    }
    return condition()
}

/// The permission bits of a file or folder.
public func mode(of path: String) -> Int {
    var st = stat()
    guard stat(path, &st) == 0 else { return -1 }
    return Int(st.st_mode & 0o777)
}

/// Whether a process has ended (gone, or a zombie nobody has reaped yet).
public func processEnded(_ pid: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
    return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
}
