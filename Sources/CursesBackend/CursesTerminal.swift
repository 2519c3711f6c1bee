import CNcursesw
import Glibc
import TUIKit

/// The real terminal. Its capabilities come from terminfo (ncursesw's); the frames are encoded
/// by TUIKit's `FrameEncoder` and go out in one `write` each, and keys are read as bytes and
/// decoded by TUIKit's `KeyDecoder`. (ncurses' own screen could hold at most five code points a
/// cell, which cut family emoji and flags apart, and wrote a frame in many small pieces.) Every
/// fact about terminals that cost us a surprise is here with a one-line why.
public final class CursesTerminal: TerminalIO {
    /// Why the screen could not start.
    public enum StartError: Error, Equatable {
        case noTerm
        case unknownTerm(String)
        /// A terminal that cannot move its cursor (`dumb`).
        case cannotDraw(String)
        case noTerminfo
        case failed(String)
    }

    private let signalFD: Int32
    private var encoder: FrameEncoder
    private var saved = termios()
    private var active = false
    private var emptyReads = 0
    /// Bytes of a UTF-8 sequence or an escape sequence cut by the end of a read.
    private var carry: [UInt8] = []
    /// Where input is read into: one buffer for the program's life (a new one, zeroed, for every
    /// key cost more than reading the key).
    private var readBuffer = [UInt8](repeating: 0, count: 65_536)
    private let enterScreen: String
    private let leaveScreen: String

    /// Starts the screen. `theme` is used when the terminal has colours, `monochrome` otherwise
    /// (and always when `noColor`, as NO_COLOR asks).
    public init(term: String?, theme: Theme, monochrome: Theme, noColor: Bool) throws(StartError) {
        guard let term, !term.isEmpty else { throw .noTerm }
        switch TerminalProbe.check(term: term) {
        case .known: break
        case .unknown: throw .unknownTerm(term)
        case .cannotDraw: throw .cannotDraw(term)
        case .noTerminfo: throw .noTerminfo
        }
        guard tillit_setupterm(term) == 1, let cup = Self.capability("cup") else { throw .failed(term) }
        let depth = ColorDepth(colors: Int(tillit_tigetnum("colors")), noColor: noColor)
        let chosen = depth == .none ? monochrome : theme
        let reset = Self.capability("sgr0") ?? "\u{1B}[0m"
        var styles: [Role: String] = [:]
        for role in Role.allCases { styles[role] = reset + Self.style(chosen.style(role), depth: depth) }
        let clear = Self.capability("clear") ?? "\u{1B}[H\u{1B}[2J"
        encoder = FrameEncoder(
            .init(
                moveTo: { row, column in
                    Self.withoutPadding(String(cString: tillit_tparm2(cup, Int32(row), Int32(column))))
                },
                styles: styles, reset: reset, clear: clear,
                showCursor: Self.capability("cnorm") ?? "\u{1B}[?25h",
                hideCursor: Self.capability("civis") ?? "\u{1B}[?25l"))
        // The alternate screen keeps the shell's scrollback as it was; bracketed paste makes a
        // paste arrive between markers, so that its line breaks are text, not Enter.
        enterScreen = (Self.capability("smcup") ?? "") + "\u{1B}[?2004h" + clear
        leaveScreen = reset + (Self.capability("cnorm") ?? "") + "\u{1B}[?2004l" + (Self.capability("rmcup") ?? "")
        // Signals that end the program arrive through a file descriptor, so the loop can restore
        // the terminal and leave within a second.
        signalFD = tillit_signal_fd()
        guard tcgetattr(0, &saved) == 0 else {
            tillit_unblock_signals()
            throw .failed(term)
        }
        takeTerminal()
    }

    static func capability(_ name: String) -> String? {
        tillit_tigetstr(name).map { withoutPadding(String(cString: $0)) }
    }

    /// Terminfo's delays (`$<5>`, `$<2/>`) are for terminals of the 1980s: left out, never sent
    /// as text (vt100's entry has them).
    static func withoutPadding(_ s: String) -> String {
        guard s.contains("$<") else { return s }
        var out = ""
        var rest = Substring(s)
        while let start = rest.range(of: "$<") {
            out += rest[..<start.lowerBound]
            if let end = rest[start.upperBound...].firstIndex(of: ">") {
                rest = rest[rest.index(after: end)...]
            } else {
                rest = rest[start.upperBound...]
            }
        }
        return out + rest
    }

    /// A role's look as terminfo sequences (after a reset).
    static func style(_ s: TextStyle, depth: ColorDepth) -> String {
        var out = ""
        if s.bold, let c = capability("bold") { out += c }
        if s.dim, let c = capability("dim") { out += c }
        if s.underline, let c = capability("smul") { out += c }
        if s.reverse, let c = capability("rev") { out += c }
        if s.italic, let c = capability("sitm") { out += c }
        // A direct-colour terminal reads setaf's number as RGB: give it the 256-colour index as SGR.
        let limited = depth == .trueColor ? ColorDepth.indexed256 : depth
        if let fg = limited.index(for: s.foreground), fg >= 0 {
            if depth == .trueColor {
                out += "\u{1B}[38;5;\(fg)m"
            } else if let c = capability("setaf") {
                out += withoutPadding(String(cString: tillit_tparm1(c, Int32(fg))))
            }
        }
        if let bg = limited.index(for: s.background), bg >= 0 {
            if depth == .trueColor {
                out += "\u{1B}[48;5;\(bg)m"
            } else if let c = capability("setab") {
                out += withoutPadding(String(cString: tillit_tparm1(c, Int32(bg))))
            }
        }
        return out
    }

    /// Raw mode (every key as it is typed, no echo, no signals from keys: Ctrl-C and Ctrl-Z are
    /// the program's), the alternate screen, bracketed paste.
    private func takeTerminal() {
        var raw = saved
        cfmakeraw(&raw)
        _ = tcsetattr(0, TCSANOW, &raw)
        writeAll(Array(enterScreen.utf8))
        encoder.invalidate()
        active = true
    }

    /// The terminal as it was: modes, main screen, cursor, no bracketed paste.
    private func giveTerminalBack() {
        guard active else { return }
        writeAll(Array(leaveScreen.utf8))
        _ = tcsetattr(0, TCSANOW, &saved)
        active = false
    }

    public var size: Size {
        var rows: Int32 = 24
        var cols: Int32 = 80
        if tillit_window_size(1, &rows, &cols) == 0 { _ = tillit_window_size(0, &rows, &cols) }
        return Size(width: Int(cols), height: Int(rows))
    }

    public func read(timeoutMilliseconds: Int?) -> [RawInput] {
        var fds = [
            pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0),
        ]
        let rc = poll(&fds, signalFD >= 0 ? 2 : 1, Int32(timeoutMilliseconds ?? -1))
        if rc < 0 { return [] }
        var out: [RawInput] = []
        if signalFD >= 0, fds[1].revents & Int16(POLLIN) != 0 {
            while case let signal = tillit_read_signal(signalFD), signal != 0 {
                if signal == SIGWINCH {
                    encoder.invalidate()
                    if !out.contains(.resize) { out.append(.resize) }
                } else {
                    return [.hangup]
                }
            }
        }
        if fds[0].revents & Int16(POLLIN) != 0 {
            let (bytes, ended) = drain()
            // Readable but nothing to read, again and again: the terminal is gone. Never spin.
            emptyReads = bytes.isEmpty ? emptyReads + 1 : 0
            if ended || emptyReads > 3 { return out + [.hangup] }
            out += decode(bytes)
        } else if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
            return out + [.hangup]
        }
        return out
    }

    /// Everything waiting, without blocking; an escape sequence cut by the end of what was
    /// waiting gets a few milliseconds to arrive whole. `ended` when the terminal is gone.
    private func drain() -> (bytes: [UInt8], ended: Bool) {
        var bytes = carry
        carry = []
        var ended = false
        // The first read needs no poll: the caller's poll found the terminal readable. More is
        // looked for only after a long read (a paste, which the terminal hands over 4 KB at a
        // time and which must stay in one batch), so a typed key costs one `read`.
        var known = true
        func readWaiting() {
            while true {
                if !known {
                    var pfd = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
                    guard poll(&pfd, 1, 0) > 0, pfd.revents & Int16(POLLIN) != 0 else { return }
                }
                let n = readBuffer.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress!, $0.count) }
                known = false
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                if n == 0 {
                    ended = true
                    return
                }
                bytes += readBuffer[0..<n]
                if bytes.count > 1 << 24 || n < 256 { return }
            }
        }
        readWaiting()
        if Self.endsInsideASequence(bytes) {
            var pfd = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            if poll(&pfd, 1, 15) > 0 { readWaiting() }
        }
        return (bytes, ended)
    }

    /// Whether the bytes end inside an escape sequence (Esc alone is a key of its own).
    static func endsInsideASequence(_ bytes: [UInt8]) -> Bool {
        guard let esc = bytes.lastIndex(of: 0x1B), esc < bytes.count - 1 else { return false }
        let rest = bytes[(esc + 1)...]
        guard rest.first == UInt8(ascii: "[") || rest.first == UInt8(ascii: "O") else { return false }
        // Complete once a final byte (0x40-0x7E) follows the introducer.
        return !rest.dropFirst().contains { (0x40...0x7E).contains($0) }
    }

    /// UTF-8 bytes to scalars; a sequence cut by the end of the bytes waits for the next read.
    private func decode(_ bytes: [UInt8]) -> [RawInput] {
        var out: [RawInput] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            if i + length > bytes.count {
                carry = Array(bytes[i...])
                break
            }
            if length == 1 {
                if b < 0x80 { out.append(.scalar(Unicode.Scalar(b))) }
                i += 1
                continue
            }
            var value = UInt32(b) & (0xFF >> (length + 1))
            var valid = true
            for k in 1..<length {
                let c = bytes[i + k]
                if c & 0xC0 != 0x80 { valid = false }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if valid, let scalar = Unicode.Scalar(value) { out.append(.scalar(scalar)) }
            i += valid ? length : 1
        }
        return out
    }

    public func present(_ screen: Screen, cursor: (x: Int, y: Int)?) {
        let bytes = encoder.encode(screen, cursor: cursor)
        if !bytes.isEmpty { writeAll(bytes) }
    }

    /// Writes all of it (one `write` unless the terminal takes less at a time).
    private func writeAll(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    var pfd = pollfd(fd: 1, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&pfd, 1, 1000)
                    continue
                }
                return  // the terminal is gone
            }
            offset += n
        }
    }

    public func suspend() {
        giveTerminalBack()
        raise(SIGTSTP)
        // Back after `fg`: take the terminal again; the next frame is drawn whole.
        takeTerminal()
    }

    /// Gives the terminal back as it was. Safe to call twice.
    public func stop() {
        giveTerminalBack()
        if signalFD >= 0, !stopped {
            close(signalFD)
            tillit_unblock_signals()
        }
        stopped = true
    }

    private var stopped = false

    deinit { stop() }
}
