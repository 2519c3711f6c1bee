import CNcursesw
import Glibc
import TUIKit

/// The real terminal, through ncursesw. The only place that talks to ncurses; every fact about
/// terminals that cost us a surprise is here with a one-line why.
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

    // Codes we give the bracketed-paste markers with define_key (above ncurses' own key codes).
    static let pasteStartCode: Int32 = 0o1000 + 1
    static let pasteEndCode: Int32 = 0o1000 + 2

    private var screenPointer: OpaquePointer?
    private let signalFD: Int32
    private var last: Screen?
    private var styles: [Role: (attrs: attr_t, pair: Int32)] = [:]
    private let theme: Theme
    private let monochrome: Theme
    private var emptyReads = 0

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
        // Without a UTF-8 locale get_wch silently drops å, ä and ö.
        _ = tillit_setup_locale()
        // Signals that end the program arrive through a file descriptor, so the loop can restore the
        // terminal and leave within a second (ncurses saves nothing on SIGTERM or SIGHUP).
        signalFD = tillit_signal_fd()
        self.theme = theme
        self.monochrome = monochrome
        // newterm, not initscr: initscr ends the process on a bad TERM.
        guard let sp = tillit_newterm(term) else {
            tillit_unblock_signals()
            throw .failed(term)
        }
        screenPointer = sp
        set_term(sp)
        raw()
        noecho()
        nonl()
        keypad(tillit_stdscr(), true)
        // The default 1 s delay after Esc makes Esc feel broken.
        set_escdelay(25)
        curs_set(0)
        // Ncurses' own SIGTSTP handler is not needed: we suspend ourselves on Ctrl-Z.
        signal(SIGTSTP, SIG_DFL)
        _ = define_key("\u{1B}[200~", Self.pasteStartCode)
        _ = define_key("\u{1B}[201~", Self.pasteEndCode)
        setupColors(noColor: noColor)
        bracketedPaste(true)
    }

    private func setupColors(noColor: Bool) {
        var depth = ColorDepth.none
        if has_colors() && !noColor {
            start_color()
            use_default_colors()
            depth = ColorDepth(colors: Int(tillit_colors()), noColor: false)
        }
        let chosen = depth == .none ? monochrome : theme
        for role in Role.allCases {
            let style = chosen.style(role)
            var attrs = tillit_a_normal()
            if style.bold { attrs |= tillit_a_bold() }
            if style.dim { attrs |= tillit_a_dim() }
            if style.underline { attrs |= tillit_a_underline() }
            if style.reverse { attrs |= tillit_a_reverse() }
            if style.italic { attrs |= tillit_a_italic() }
            var pair: Int32 = 0
            if depth != .none {
                let fg = Int32(depth.index(for: style.foreground) ?? -1)
                let bg = Int32(depth.index(for: style.background) ?? -1)
                if fg != -1 || bg != -1 { pair = max(0, alloc_pair(fg, bg)) }
            }
            styles[role] = (attrs, pair)
        }
    }

    /// Bracketed paste: a paste arrives between markers, so its line breaks are text, not Enter.
    private func bracketedPaste(_ on: Bool) {
        tillit_write_raw(on ? "\u{1B}[?2004h" : "\u{1B}[?2004l")
    }

    public var size: Size { Size(width: Int(tillit_cols()), height: Int(tillit_lines())) }

    public func read(timeoutMilliseconds: Int?) -> [RawInput] {
        var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0)]
        let rc = poll(&fds, signalFD >= 0 ? 2 : 1, Int32(timeoutMilliseconds ?? -1))
        if rc < 0 { return [] }
        if signalFD >= 0, fds[1].revents & Int16(POLLIN) != 0 {
            var out: [RawInput] = []
            while case let signal = tillit_read_signal(signalFD), signal != 0 {
                if signal == SIGWINCH {
                    // SIGWINCH comes here, not to ncurses' handler: tell ncurses the size ourselves.
                    _ = tillit_apply_window_size()
                    if !out.contains(.resize) { out.append(.resize) }
                } else {
                    return [.hangup]
                }
            }
            return out + (fds[0].revents & Int16(POLLIN) != 0 ? drain() : [])
        }
        if fds[0].revents & Int16(POLLIN) != 0 {
            let out = drain()
            // Readable but nothing to read, again and again: the terminal is gone. Never spin.
            emptyReads = out.isEmpty ? emptyReads + 1 : 0
            return emptyReads > 3 ? [.hangup] : out
        }
        if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return [.hangup] }
        return []
    }

    /// Everything waiting, without blocking.
    private func drain() -> [RawInput] {
        nodelay(tillit_stdscr(), true)
        defer { nodelay(tillit_stdscr(), false) }
        var out: [RawInput] = []
        var ch: wint_t = 0
        while true {
            let rc = get_wch(&ch)
            if rc == tillit_err() { break }
            if rc == tillit_key_code_yes() {
                if let input = Self.map(Int32(ch)) { out.append(input) }
            } else if let scalar = Unicode.Scalar(UInt32(ch)) {
                out.append(.scalar(scalar))
            }
            if out.count > 100_000 { break }
        }
        return out
    }

    static func map(_ code: Int32) -> RawInput? {
        func key(_ k: Key, alt: Bool = false, ctrl: Bool = false) -> RawInput { .key(KeyEvent(k, alt: alt, ctrl: ctrl)) }
        switch code {
        case pasteStartCode: return .pasteStart
        case pasteEndCode: return .pasteEnd
        case Int32(KEY_RESIZE): return .resize
        case Int32(KEY_UP): return key(.up)
        case Int32(KEY_DOWN): return key(.down)
        case Int32(KEY_LEFT): return key(.left)
        case Int32(KEY_RIGHT): return key(.right)
        case Int32(KEY_HOME): return key(.home)
        case Int32(KEY_END): return key(.end)
        case Int32(KEY_PPAGE): return key(.pageUp)
        case Int32(KEY_NPAGE): return key(.pageDown)
        case Int32(KEY_BACKSPACE): return key(.backspace)
        case Int32(KEY_DC): return key(.delete)
        case Int32(KEY_IC): return key(.insert)
        case Int32(KEY_ENTER): return key(.enter)
        case Int32(KEY_BTAB): return key(.backTab)
        case Int32(KEY_F0) + 1...Int32(KEY_F0) + 24: return key(.function(Int(code - Int32(KEY_F0))))
        default: return nil
        }
    }

    public func present(_ screen: Screen, cursor: (x: Int, y: Int)?) {
        let full = last == nil || last!.width != screen.width || last!.height != screen.height
        if full { clearok(tillit_stdscr(), true) }
        var wide = [wchar_t](repeating: 0, count: 8)
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if cell.width == 0 { continue }
                if !full, let old = last, old[x, y] == cell, x + 1 >= screen.width || old[x + 1, y] == screen[x + 1, y] {
                    continue
                }
                var n = 0
                for scalar in cell.char.unicodeScalars where n < 5 {
                    wide[n] = wchar_t(bitPattern: scalar.value)
                    n += 1
                }
                wide[n] = 0
                let style = styles[cell.role] ?? (tillit_a_normal(), 0)
                _ = tillit_put(Int32(y), Int32(x), wide, style.attrs, style.pair)
            }
        }
        if let cursor {
            curs_set(1)
            wmove(tillit_stdscr(), Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(tillit_stdscr())
        last = screen
    }

    public func suspend() {
        bracketedPaste(false)
        endwin()
        raise(SIGTSTP)
        // Back after `fg`: take the terminal again and draw everything.
        bracketedPaste(true)
        wrefresh(tillit_stdscr())
        last = nil
    }

    /// Gives the terminal back as it was. Safe to call twice.
    public func stop() {
        guard let sp = screenPointer else { return }
        bracketedPaste(false)
        endwin()
        delscreen(sp)
        screenPointer = nil
        if signalFD >= 0 { close(signalFD) }
        tillit_unblock_signals()
    }

    deinit { stop() }
}
