import Foundation

/// Runs the `git` program in a store folder. Git never asks anything on the terminal (no
/// password prompt, no editor): a question it would ask is an error we report. A command that
/// hangs (a remote that stops answering) is ended after `timeout`.
public struct Git: Sendable {
    public struct Output: Sendable {
        public var status: Int32
        /// Standard output as it came, byte for byte.
        public var data: Data
        public var stderr: String
        public var stdout: String { String(decoding: data, as: UTF8.self) }
        public var ok: Bool { status == 0 }
        /// The first line git wrote to standard error (its message), without "fatal: ".
        public var message: String {
            let line =
                stderr.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .first { !$0.isEmpty && !$0.hasPrefix("hint:") } ?? ""
            for prefix in ["fatal: ", "error: "] where line.hasPrefix(prefix) {
                return String(line.dropFirst(prefix.count))
            }
            return line
        }
    }

    /// The folder git runs in.
    public var folder: String
    /// The `git` program (found on PATH when nil).
    public var program: String?
    public var environment: [String: String]
    public var timeout: TimeInterval

    public init(
        folder: String, environment: [String: String] = ProcessInfo.processInfo.environment, timeout: TimeInterval = 120
    ) {
        self.folder = folder
        var env = environment
        // Never a prompt: no terminal to answer it on, and a sync in the background must not wait.
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["GIT_ASKPASS"] = env["GIT_ASKPASS"] ?? "/bin/false"
        env["SSH_ASKPASS"] = env["SSH_ASKPASS"] ?? "/bin/false"
        if env["GIT_SSH_COMMAND"] == nil { env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o ConnectTimeout=20" }
        env["GIT_EDITOR"] = "true"
        env["GIT_MERGE_AUTOEDIT"] = "no"
        // Messages in one language, to read them; ours are translated.
        env["LC_ALL"] = "C"
        env["LANGUAGE"] = "C"
        self.environment = env
        self.timeout = timeout
    }

    /// Whether a `git` program is there to run.
    public static func available(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/git") }
    }

    @discardableResult
    public func run(_ arguments: [String], input: Data? = nil) -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program ?? "/usr/bin/env")
        p.arguments = (program == nil ? ["git"] : []) + arguments
        p.currentDirectoryURL = URL(fileURLWithPath: folder)
        p.environment = environment
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inPipe
        // Foundation's `waitUntilExit` looks every 50 ms whether the process ended (twenty git
        // commands made a sync a second slower); the handler is called the moment it does.
        let exited = DispatchSemaphore(value: 0)
        p.terminationHandler = { _ in exited.signal() }
        do {
            try p.run()
        } catch {
            return Output(status: 127, data: Data(), stderr: "fatal: git could not be run: \(error)")
        }
        if let input { inPipe.fileHandleForWriting.write(input) }
        try? inPipe.fileHandleForWriting.close()
        // Both pipes are read at once, so that neither fills up while the other is read.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let deadline = DispatchWorkItem { if p.isRunning { p.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        exited.wait()
        deadline.cancel()
        var stderr = String(decoding: errData, as: UTF8.self)
        if p.terminationReason == .uncaughtSignal {
            stderr = "fatal: git took longer than \(Int(timeout)) s\n" + stderr
        }
        return Output(status: p.terminationStatus, data: outData, stderr: stderr)
    }

    /// The output's lines (without empty ones).
    public func lines(_ arguments: [String]) -> [String] {
        run(arguments).stdout.split(separator: "\n").map(String.init)
    }

    /// A configuration value, or nil.
    public func config(_ key: String) -> String? {
        let out = run(["config", "--get", key])
        let value = out.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return out.ok && !value.isEmpty ? value : nil
    }
}
