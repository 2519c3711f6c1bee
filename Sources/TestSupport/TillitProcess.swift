import Foundation

/// Runs the real `tillit` binary with a clean environment (no developer HOME, fixed language).
public struct TillitProcess {
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var stdoutData: Data
    }

    /// The built executable: beside the test bundle, or under `.build/debug`.
    public static var executable: String {
        if let env = ProcessInfo.processInfo.environment["TILLIT_BIN"], !env.isEmpty { return env }
        let me =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = (me as NSString).deletingLastPathComponent
        for _ in 0..<4 {
            let candidate = "\(dir)/tillit"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = (dir as NSString).deletingLastPathComponent
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        return "\(root)/.build/debug/tillit"
    }

    public let home: String
    public var environment: [String: String]

    /// A runner whose HOME is `home` and whose language is English unless changed.
    public init(home: String, extra: [String: String] = [:]) {
        self.home = home
        environment = [
            "HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm-256color",
            "TMPDIR": home, "SWIFT_BACKTRACE": "enable=no",
        ]
        for (k, v) in extra { environment[k] = v }
    }

    /// Starts the process without waiting (for kill tests).
    public func start(_ arguments: [String], extra: [String: String] = [:]) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.executable)
        p.arguments = arguments
        p.environment = environment.merging(extra) { _, b in b }
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    @discardableResult
    public func run(_ arguments: [String], extra: [String: String] = [:], stdin: String? = nil) throws -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.executable)
        p.arguments = arguments
        p.environment = environment.merging(extra) { _, b in b }
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        // Told the moment it ends (`waitUntilExit` looks only every 50 ms).
        let exited = DispatchSemaphore(value: 0)
        p.terminationHandler = { _ in exited.signal() }
        try p.run()
        // Read both pipes while the process runs so that neither fills up.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        exited.wait()
        return Output(
            status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }
}
