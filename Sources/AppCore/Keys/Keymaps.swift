import TUIKit
import TillitDomain

/// Every key of the program, as data (helix's keymap, bubbletea's bindings): the dispatcher finds
/// a key's command here and nowhere else, and the help and the status-line hints are made from the
/// same tables.
public enum Keymaps {
    static func k(_ c: Character) -> KeyEvent { KeyEvent(.char(c)) }
    static func k(_ key: Key) -> KeyEvent { KeyEvent(key) }

    public static func table(_ context: KeyContext) -> [KeyBinding] {
        switch context {
        case .global: return global
        case .wheel: return wheel
        case .schools: return schools
        case .notebookList: return notebookList
        case .notebookDialogue: return notebookDialogue
        case .notebookLive: return notebookLive
        case .editor: return editor
        case .textInput: return textInput
        case .find: return find
        case .form: return form
        case .search: return search
        case .browse: return browse
        case .prompts: return prompts
        case .compare: return reading(close: [k("c")])
        case .report: return reading(close: [k("R")])
        case .help: return reading(close: [k("?"), k(.enter)])
        case .confirm: return confirm
        case .unsavedQuit: return unsavedQuit
        case .phases: return phases
        case .speakers: return speakers
        case .yearPlan: return yearPlan
        }
    }

    /// The tables in force in a context, in the order a key is looked up.
    public static func tables(_ context: KeyContext) -> [[KeyBinding]] {
        context.takesGlobalKeys ? [table(context), global] : [table(context)]
    }

    /// The binding of a key in a context, if any table there lists it.
    public static func binding(for key: KeyEvent, in context: KeyContext) -> KeyBinding? {
        for table in tables(context) {
            if let b = table.first(where: { $0.keys.contains(key) }) { return b }
        }
        return nil
    }

    /// What a key does now: its binding's command if the binding is enabled, or the character it
    /// types where text is typed. Nothing else reaches a reducer.
    public static func command(for key: KeyEvent, in state: AppState) -> Command? {
        let context = state.keyContext
        if let b = binding(for: key, in: context) { return b.isEnabled(state) ? b.command : nil }
        if context.takesText, let c = typed(key) { return .text(.insert(String(c))) }
        return nil
    }

    /// The character a key types, if it is a plain printable one.
    public static func typed(_ key: KeyEvent) -> Character? {
        guard case .char(let c) = key.key, !key.alt, !key.ctrl else { return nil }
        return c
    }

    static let global = [
        KeyBinding([k("?"), k(.function(1))], .help, .keyHelp, hint: .hintHelp),
        KeyBinding([k(.tab)], .nextPane, .keyNextPane),
        KeyBinding([k(.backTab)], .previousPane, .keyPreviousPane),
        KeyBinding([k("1")], .focus(.wheel), .keyFocusWheel),
        KeyBinding([k("2")], .focus(.schools), .keyFocusSchools),
        KeyBinding([k("3")], .focus(.notebook), .keyFocusNotebook),
        KeyBinding([k("z")], .zoom, .keyZoom),
        KeyBinding([k("b")], .browse, .keyBrowse),
        KeyBinding([k("R")], .report, .keyReport),
        KeyBinding(
            [k("S")], .sync, .keySync, hint: .hintSync,
            when: { $0.sharing.shared && !$0.sharing.syncing && $0.data.readOnlyReason == nil }
        ),
        KeyBinding([k(.ctrl("z"))], .suspend, .keySuspend),
        KeyBinding([k("q")], .quit, .keyQuit, hint: .hintQuit),
        KeyBinding([k(.ctrl("c"))], .interrupt, .keyInterrupt),
    ]

    /// Moving in a list: the same keys in the school list and the notebook's dialogue list.
    static let listMotion = [
        KeyBinding([k(.up), k("k")], .up, .keyUp),
        KeyBinding([k(.down), k("j")], .down, .keyDown, hint: .hintMove),
        KeyBinding([k("g"), k(.home)], .first, .keyFirst),
        KeyBinding([k("G"), k(.end)], .last, .keyLast),
        KeyBinding([k(.pageUp)], .pageUp, .keyPageUp),
        KeyBinding([k(.pageDown)], .pageDown, .keyPageDown),
    ]

    /// Editing a line of text: every field and the note editor (which adds its own keys).
    static let lineEditing = [
        KeyBinding([k(.left)], .text(.left), .keyLeft),
        KeyBinding([k(.right)], .text(.right), .keyRight),
        KeyBinding(
            [KeyEvent(.left, ctrl: true), KeyEvent(.left, alt: true), KeyEvent(.char("b"), alt: true)],
            .text(.wordLeft), .keyWordLeft),
        KeyBinding(
            [KeyEvent(.right, ctrl: true), KeyEvent(.right, alt: true), KeyEvent(.char("f"), alt: true)],
            .text(.wordRight), .keyWordRight),
        KeyBinding([k(.home), k(.ctrl("a"))], .text(.lineStart), .keyLineStart),
        KeyBinding([k(.end), k(.ctrl("e"))], .text(.lineEnd), .keyLineEnd),
        KeyBinding([k(.backspace)], .text(.deleteBackward), .keyDeleteBefore),
        KeyBinding([k(.delete), k(.ctrl("d"))], .text(.deleteForward), .keyDeleteAfter),
        KeyBinding([k(.ctrl("w"))], .text(.deleteWordBackward), .keyDeleteWord),
        KeyBinding([k(.ctrl("u"))], .text(.deleteToLineStart), .keyDeleteLine),
        KeyBinding([k(.ctrl("k"))], .text(.deleteToLineEnd), .keyDeleteToEnd),
    ]

    /// The help where `?` types itself (fields in the panes; a box over the panes has its own
    /// keys shown in it).
    static let helpInField = [KeyBinding([k(.function(1))], .help, .keyHelp, hint: .hintHelp)]

    /// Reading a long text in a box over the panes (the help, the report, a comparison).
    static func reading(close: [KeyEvent]) -> [KeyBinding] {
        scrolling + [KeyBinding([k(.escape), k("q")] + close, .back, .keyCloseBox, hint: .hintClose)]
    }

    /// Scrolling a text: an open dialogue and the boxes that are read.
    static let scrolling = [
        KeyBinding([k(.up), k("k")], .up, .keyScrollUp),
        KeyBinding([k(.down), k("j")], .down, .keyScrollDown, hint: .hintScroll),
        KeyBinding([k(.pageUp)], .pageUp, .keyPageUp),
        KeyBinding([k(.pageDown), k(" ")], .pageDown, .keyPageDown, hint: .hintPage),
        KeyBinding([k("g"), k(.home)], .first, .keyTop),
        KeyBinding([k("G"), k(.end)], .last, .keyBottom),
    ]
}
