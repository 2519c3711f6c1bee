import Foundation

/// A real terminal for end-to-end tests: tmux on its own socket, a fixed size, a command;
/// keys sent as a person types them, the screen read back by polling (never by sleeping).
public final class TmuxSession: @unchecked Sendable {
    public let socket: String
    public let name = "t"

    /// Starts `command` (run by /bin/sh) in a detached session of `width`×`height`.
    public init(width: Int, height: Int, command: String, environment: [String: String] = [:]) throws {
        socket = "tillit-\(getpid())-\(UUID().uuidString.prefix(8))"
        var args = ["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height)]
        for (k, v) in environment.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(k)=\(v)"] }
        args.append(command)
        let out = try Self.tmux(socket, args)
        if out.status != 0 { throw TmuxError.failed(out.text) }
        _ = try? Self.tmux(socket, ["set-option", "-t", name, "remain-on-exit", "on"])
    }

    public enum TmuxError: Error { case failed(String) }

    @discardableResult
    static func tmux(_ socket: String, _ args: [String]) throws -> (status: Int32, text: String) {
        // Spawned by hand: Foundation's Process waits for a descriptor that the tmux server it may
        // start inherits, and would wait for ever. Output goes to a file for the same reason.
        let path = NSTemporaryDirectory() + "tillit-tmux-\(UUID().uuidString)"
        defer { unlink(path) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ["tmux", "-L", socket] + args
        var cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for p in cargs { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, "tmux", &actions, nil, &cargs, environ)
        guard rc == 0 else { throw TmuxError.failed("tmux could not start (\(rc))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let data = FileManager.default.contents(atPath: path) ?? Data()
        let exited = (status & 0x7F) == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), String(decoding: data, as: UTF8.self))
    }

    /// Sends keys by tmux name (`Enter`, `Escape`, `C-z`, `Down`) or as plain characters.
    public func keys(_ keys: String...) {
        for k in keys { _ = try? Self.tmux(socket, ["send-keys", "-t", name, k]) }
    }

    /// Types text literally (UTF-8 as is).
    public func type(_ text: String) {
        _ = try? Self.tmux(socket, ["send-keys", "-t", name, "-l", text])
    }

    /// Pastes text as a terminal paste (bracketed when the program asked for it).
    public func paste(_ text: String) {
        _ = try? Self.tmux(socket, ["set-buffer", "-b", "tillit", text])
        _ = try? Self.tmux(socket, ["paste-buffer", "-p", "-b", "tillit", "-t", name])
    }

    public func screen() -> String {
        (try? Self.tmux(socket, ["capture-pane", "-p", "-t", name]))?.text ?? ""
    }

    /// A tmux format value for the pane, e.g. `#{alternate_on}` or `#{pane_pid}`.
    public func format(_ f: String) -> String {
        ((try? Self.tmux(socket, ["display-message", "-p", "-t", name, f]))?.text ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen every 50 ms until it shows `text`.
    public func waitFor(_ text: String, timeout: TimeInterval = 15) -> Bool {
        waitUntil(timeout: timeout) { self.screen().contains(text) }
    }

    public func resize(_ width: Int, _ height: Int) {
        _ = try? Self.tmux(socket, ["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Closes the session: the program gets SIGHUP, as when a terminal window is closed.
    public func close() {
        _ = try? Self.tmux(socket, ["kill-session", "-t", name])
    }

    deinit {
        close()
        _ = try? Self.tmux(socket, ["kill-server"])
        // The socket file can outlive a server that was killed: leave nothing behind.
        let folder =
            ProcessInfo.processInfo.environment["TMUX_TMPDIR"].map { "\($0)/tmux-\(getuid())" }
            ?? "/tmp/tmux-\(getuid())"
        unlink("\(folder)/\(socket)")
    }
}
