import TillitDomain
import TUIKit

/// Every key of the program, as data: the reducer reads commands from these tables, and the help
/// overlay and the status-line hints are generated from them.
public enum Keymaps {
    static func k(_ c: Character) -> KeyEvent { KeyEvent(.char(c)) }
    static func k(_ key: Key) -> KeyEvent { KeyEvent(key) }

    /// Moving in a list: the same keys in the school list and the notebook's dialogue list.
    static let listMotion = [
        KeyBinding([k(.up), k("k")], .up, .keyUp),
        KeyBinding([k(.down), k("j")], .down, .keyDown, hint: .hintMove),
        KeyBinding([k("g"), k(.home)], .first, .keyFirst),
        KeyBinding([k("G"), k(.end)], .last, .keyLast),
        KeyBinding([k(.pageUp)], .pageUp, .keyPageUp),
        KeyBinding([k(.pageDown)], .pageDown, .keyPageDown),
    ]

    public static func table(_ context: KeyContext) -> [KeyBinding] {
        switch context {
        case .global:
            return [
                KeyBinding([k("?")], .help, .keyHelp, hint: .hintHelp),
                KeyBinding([k(.tab)], .nextPane, .keyNextPane),
                KeyBinding([k(.backTab)], .previousPane, .keyPreviousPane),
                KeyBinding([k("1")], .focus(.wheel), .keyFocusWheel),
                KeyBinding([k("2")], .focus(.schools), .keyFocusSchools),
                KeyBinding([k("3")], .focus(.notebook), .keyFocusNotebook),
                KeyBinding([k("z")], .zoom, .keyZoom),
                KeyBinding([k("b")], .browse, .keyBrowse),
                KeyBinding([k("R")], .report, .keyReport),
                KeyBinding([k(.ctrl("z"))], .suspend, .keySuspend),
                KeyBinding([k("q")], .quit, .keyQuit, hint: .hintQuit),
            ]
        case .wheel:
            return [
                KeyBinding([k(.left), k("h")], .left, .keyPreviousMonth, hint: .hintMonth),
                KeyBinding([k(.right), k("l")], .right, .keyNextMonth),
                KeyBinding([k(.up), k("k")], .up, .keyPreviousEvent),
                KeyBinding([k(.down), k("j")], .down, .keyNextEvent),
                KeyBinding([k("g"), k(.home)], .first, .keyFirstMonth),
                KeyBinding([k("G"), k(.end)], .last, .keyLastMonth),
                KeyBinding([k("t")], .today, .keyTodayMonth),
                KeyBinding([k(.pageUp)], .previousYear, .keyPreviousYear),
                KeyBinding([k(.pageDown)], .nextYear, .keyNextYear),
                KeyBinding([k(.enter)], .open, .keyOpenEvent, hint: .hintOpen),
                KeyBinding([k("a")], .add, .keyAddEvent, hint: .hintNew),
                KeyBinding([k("e")], .edit, .keyEditEvent),
                KeyBinding([k("+")], .moveLater, .keyMoveLater),
                KeyBinding([k("-")], .moveEarlier, .keyMoveEarlier),
                KeyBinding([k("d"), k(.delete)], .remove, .keyDeleteEvent),
                KeyBinding([k("p")], .plan, .keyPlanDialogue, hint: .hintPlan),
            ]
        case .schools:
            return listMotion + [
                KeyBinding([k(.enter), k(.right), k("l")], .open, .keyOpenSchool, hint: .hintOpen),
                KeyBinding([k("/")], .filter, .keyFilter, hint: .hintFilter),
                KeyBinding([k("a")], .add, .keyAddSchool, hint: .hintNew),
                KeyBinding([k("e")], .edit, .keyEditSchool),
                KeyBinding([k("d")], .remove, .keyArchiveSchool),
                KeyBinding([k("v")], .toggleArchived, .keyShowArchived),
                KeyBinding([k("n")], .newDialogue, .keyNewDialogue, hint: .hintNewDialogue),
                KeyBinding([k("p")], .plan, .keyPlanDialogue),
                KeyBinding([k(.escape)], .back, .keyClearFilter),
            ]
        case .notebookList:
            return listMotion + [
                KeyBinding([k(.enter), k(.right), k("l")], .open, .keyOpenDialogue, hint: .hintOpen),
                KeyBinding([k("/")], .filter, .keySearch, hint: .hintSearch),
                KeyBinding([k("p")], .plan, .keyPlanDialogue),
                KeyBinding([k("n")], .newDialogue, .keyNewDialogue, hint: .hintNewDialogue),
                KeyBinding([k(.escape), k(.left), k("h")], .back, .keyBackToSchools),
            ]
        case .notebookDialogue:
            return [
                KeyBinding([k(.up), k("k")], .up, .keyScrollUp),
                KeyBinding([k(.down), k("j")], .down, .keyScrollDown, hint: .hintScroll),
                KeyBinding([k(.pageUp)], .pageUp, .keyPageUp),
                KeyBinding([k(.pageDown), k(" ")], .pageDown, .keyPageDown, hint: .hintPage),
                KeyBinding([k("g"), k(.home)], .first, .keyTop),
                KeyBinding([k("G"), k(.end)], .last, .keyBottom),
                KeyBinding([k("/")], .filter, .keyFind, hint: .hintFind),
                KeyBinding([k(.escape), k(.left), k("h")], .back, .keyCloseDialogue, hint: .hintClose),
                KeyBinding([k("s")], .start, .keyStartDialogue, hint: .hintStart),
                KeyBinding([k("o")], .reopen, .keyReopen),
                KeyBinding([k("x")], .export, .keyExport, hint: .hintExport),
                KeyBinding([k("c")], .compare, .keyCompare, hint: .hintCompare),
            ]
        case .notebookLive:
            return [
                KeyBinding([k("a")], .add, .keyNewNote, hint: .hintNote),
                KeyBinding([k("f")], .followUp, .keyFollowUp, hint: .hintFollowUp),
                KeyBinding([k("p")], .prompts, .keyPrompts, hint: .hintPrompts),
                KeyBinding([k("]")], .nextSection, .keyNextSection, hint: .hintNextSection),
                KeyBinding([k("[")], .previousSection, .keyPreviousSection),
                KeyBinding([k(.up), k("k")], .up, .keyPreviousNote),
                KeyBinding([k(.down), k("j")], .down, .keyNextNote),
                KeyBinding([k("g"), k(.home)], .first, .keyFirst),
                KeyBinding([k("G"), k(.end)], .last, .keyLast),
                KeyBinding([k("e"), k(.enter)], .edit, .keyEditNote),
                KeyBinding([k("d"), k(.delete)], .remove, .keyDeleteNote),
                KeyBinding([k("u")], .undoDelete, .keyUndoDelete),
                KeyBinding([k("A")], .newAction, .keyNewAction, hint: .hintAction),
                KeyBinding([k("P")], .pauseClock, .keyPauseClock),
                KeyBinding([k("C")], .closeDialogue, .keyCloseLive, hint: .hintCloseLive),
                KeyBinding([k("x")], .export, .keyExport),
                KeyBinding([k("c")], .compare, .keyCompare),
                KeyBinding([k(.escape)], .back, .keyCloseDialogue, hint: .hintClose),
            ]
        case .editor:
            return [
                KeyBinding([k(.enter)], nil, .keySaveNote, hint: .hintSave),
                KeyBinding([KeyEvent(.enter, alt: true)], nil, .keyNewLine, hint: .hintNewLine),
                KeyBinding([k(.escape)], nil, .keyKeepDraft, hint: .hintKeepDraft),
                KeyBinding([k(.tab)], nil, .keyNoteKind, hint: .hintKind),
                KeyBinding([KeyEvent(.char("s"), alt: true)], nil, .keySpeaker, hint: .hintSpeaker),
                KeyBinding([k(.ctrl("z"))], nil, .keyUndo),
                KeyBinding([k(.ctrl("y"))], nil, .keyRedo),
                KeyBinding([KeyEvent(.left, ctrl: true), KeyEvent(.char("b"), alt: true)], nil, .keyWordLeft),
                KeyBinding([KeyEvent(.right, ctrl: true), KeyEvent(.char("f"), alt: true)], nil, .keyWordRight),
                KeyBinding([k(.home), k(.end)], nil, .keyLineStartEnd),
                KeyBinding([k(.ctrl("w"))], nil, .keyDeleteWord),
                KeyBinding([k(.ctrl("u"))], nil, .keyDeleteLine),
            ]
        case .textInput:
            return [
                KeyBinding([k(.enter)], nil, .keyInputDone, hint: .hintDone),
                KeyBinding([k(.escape)], nil, .keyInputCancel, hint: .hintCancel),
                KeyBinding([k(.up), k(.down)], nil, .keyInputMove),
                KeyBinding([k(.ctrl("w"))], nil, .keyDeleteWord),
                KeyBinding([k(.ctrl("u"))], nil, .keyDeleteLine),
            ]
        case .form:
            return [
                KeyBinding([k(.tab), k(.down)], nil, .keyNextField, hint: .hintNextField),
                KeyBinding([k(.backTab), k(.up)], nil, .keyPreviousField),
                KeyBinding([KeyEvent(.left, alt: false), KeyEvent(.right)], nil, .keyChangeChoice),
                KeyBinding([k(.enter)], nil, .keySave, hint: .hintSave),
                KeyBinding([k(.escape)], nil, .keyCancel, hint: .hintCancel),
            ]
        case .compare:
            return [
                KeyBinding([k(.up), k("k"), k(.down), k("j")], nil, .keyScrollDown, hint: .hintScroll),
                KeyBinding([k(.pageUp), k(.pageDown)], nil, .keyPageDown),
                KeyBinding([k(.escape), k("c"), k("q")], nil, .keyCloseHelp, hint: .hintClose),
            ]
        case .browse:
            return [
                KeyBinding([k(.up), k(.down)], nil, .keyChooseQuestion, hint: .hintMove),
                KeyBinding([k(.enter)], nil, .keyOpenDialogue, hint: .hintOpen),
                KeyBinding([k(.escape)], nil, .keyCancel, hint: .hintCancel),
            ]
        case .search:
            return [
                KeyBinding([k(.up), k(.down)], nil, .keyChooseQuestion, hint: .hintMove),
                KeyBinding([k(.enter)], nil, .keyOpenHit, hint: .hintOpen),
                KeyBinding([k(.tab)], nil, .keyToggleDiacritics),
                KeyBinding([k(.escape)], nil, .keyCancel, hint: .hintCancel),
            ]
        case .prompts:
            return [
                KeyBinding([k(.up), k("k"), k(.down), k("j")], nil, .keyChooseQuestion, hint: .hintMove),
                KeyBinding([k(.enter)], nil, .keyAskQuestion, hint: .hintAsk),
                KeyBinding([k(.escape)], nil, .keyCancel, hint: .hintCancel),
            ]
        case .confirm:
            return [
                KeyBinding([k("j"), k("y"), k(.enter)], nil, .keyYes, hint: .hintYes),
                KeyBinding([k("n"), k(.escape)], nil, .keyNo, hint: .hintNo),
            ]
        case .unsavedQuit:
            return [
                KeyBinding([k(.enter)], nil, .unsavedRetry, hint: .unsavedRetry),
                KeyBinding([k("x")], nil, .unsavedRescue, hint: .unsavedRescue),
                KeyBinding([k(.escape)], nil, .unsavedStayKey, hint: .unsavedStayKey),
            ]
        case .help:
            return [
                KeyBinding([k(.escape), k("?"), k("q")], nil, .keyCloseHelp, hint: .hintClose),
                KeyBinding([k(.up), k(.down)], nil, .keyScrollHelp),
            ]
        }
    }

    /// The command bound to a key in a context (the context's table first, then the global one).
    public static func command(for key: KeyEvent, in context: KeyContext) -> Command? {
        for table in [table(context), table(.global)] {
            if let b = table.first(where: { $0.keys.contains(key) }) { return b.command }
        }
        return nil
    }
}
