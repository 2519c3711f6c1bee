import Foundation
import TillitDomain

/// A small log of what went wrong, what was refused and what was recovered
/// (`$XDG_STATE_HOME/tillit/tillit.log`, else `~/.local/state/tillit/tillit.log`; 0600 in a 0700
/// folder), so that a facilitator can send it when something went wrong. One line an event, in
/// English, never the text of a note; at most about 1 MB, the lines before that in `tillit.log.1`.
public final class EventLog: @unchecked Sendable {
    public let path: String
    /// When the log is rotated.
    public let limit: Int64
    private let lock = NSLock()

    public init(path: String, limit: Int64 = 1 << 20) {
        self.path = path
        self.limit = limit
    }

    /// The log of this user, from the environment (nil without a home folder).
    public static func standard(environment: [String: String]) -> EventLog? {
        stateFolder(environment).map { EventLog(path: "\($0)/tillit.log") }
    }

    /// `$XDG_STATE_HOME/tillit`, else `~/.local/state/tillit`.
    public static func stateFolder(_ environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return "\(state)/tillit" }
        if let home = environment["HOME"], home.hasPrefix("/") { return "\(home)/.local/state/tillit" }
        return nil
    }

    /// Words in the log's language (English: the log is for whoever helps).
    public static let words = ErrorText(Localizer(.en))

    /// Appends one line. Never fails loudly: a log that cannot be written must not stop anything.
    public func record(_ event: String) {
        lock.lock()
        defer { lock.unlock() }
        let folder = (path as NSString).deletingLastPathComponent
        guard (try? DurableFile.makeFolder(folder)) != nil else { return }
        if let size = FileFingerprint.of(path)?.size, size > limit { rename(path, path + ".1") }
        let stamp = ISO8601DateFormatter().string(from: Date())
        let text = "\(stamp) [\(getpid())] " + ControlCharacters.clean(event, multiline: false) + "\n"
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        fchmod(fd, 0o600)
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
    }
}
