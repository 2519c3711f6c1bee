import TUIKit
import TillitDomain

/// The panes' tables: the annual wheel, the school list and the notebook.
extension Keymaps {
    static let wheel = [
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
        KeyBinding([k("f")], .phases, .keyPhases, hint: .hintPhases),
        KeyBinding([k("Y")], .planYear, .keyYearPlan),
    ]

    static let schools =
        listMotion + [
            KeyBinding([k(.enter), k(.right), k("l")], .open, .keyOpenSchool, hint: .hintOpen),
            KeyBinding([k("/")], .filter, .keyFilter, hint: .hintFilter),
            KeyBinding([k("a")], .add, .keyAddSchool, hint: .hintNew),
            KeyBinding([k("e")], .edit, .keyEditSchool),
            KeyBinding([k("d")], .remove, .keyArchiveSchool),
            KeyBinding([k("N")], .figures, .keyFigures),
            KeyBinding([k("v")], .toggleArchived, .keyShowArchived),
            KeyBinding([k("n")], .newDialogue, .keyNewDialogue, hint: .hintNewDialogue),
            KeyBinding([k("p")], .plan, .keyPlanDialogue),
            KeyBinding([k(.escape)], .back, .keyClearFilter, when: { !$0.schools.filter.text.isEmpty }),
        ]

    /// Typing the school list's filter.
    static let textInput =
        [
            KeyBinding([k(.enter)], .accept, .keyInputDone, hint: .hintDone),
            KeyBinding([k(.escape)], .cancel, .keyInputCancel, hint: .hintCancel),
            KeyBinding([k(.up)], .up, .keyUp),
            KeyBinding([k(.down)], .down, .keyDown),
        ] + lineEditing + helpInField

    static let notebookList =
        listMotion + [
            KeyBinding([k(.enter), k(.right), k("l")], .open, .keyOpenDialogue, hint: .hintOpen),
            KeyBinding([k("/")], .filter, .keySearch, hint: .hintSearch),
            KeyBinding([k("p")], .plan, .keyPlanDialogue),
            KeyBinding([k("n")], .newDialogue, .keyNewDialogue, hint: .hintNewDialogue),
            KeyBinding([k(.escape), k(.left), k("h")], .back, .keyBackToSchools),
        ]

    static let notebookDialogue =
        scrolling + [
            KeyBinding([k("/")], .filter, .keyFind, hint: .hintFind),
            KeyBinding([k("n")], .accept, .keyFindNext, when: { !($0.notebook.open?.find.text.isEmpty ?? true) }),
            KeyBinding([k(.escape), k(.left), k("h")], .back, .keyCloseDialogue, hint: .hintLeave),
            KeyBinding(
                [k("s")], .start, .keyStartDialogue, hint: .hintStart,
                when: { $0.notebook.open?.dialogue.status == .planned }),
            KeyBinding([k("o")], .reopen, .keyReopen, when: { $0.notebook.open?.dialogue.status == .closed }),
            KeyBinding([k("e")], .edit, .keyEditPlan, when: { $0.notebook.open?.dialogue.status == .planned }),
            KeyBinding([k("d")], .remove, .keyRemovePlan, when: { $0.notebook.open?.dialogue.status == .planned }),
            KeyBinding([k("x")], .export, .keyExport, hint: .hintExport),
            KeyBinding([k("c")], .compare, .keyCompare, hint: .hintCompare),
        ]

    /// Typing what to find in an open dialogue.
    static let find =
        [
            KeyBinding([k(.enter)], .accept, .keyFindNext, hint: .hintNext),
            KeyBinding([k(.escape)], .cancel, .keyFindDone, hint: .hintDone),
        ] + lineEditing + helpInField

    static let notebookLive = [
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
        KeyBinding([k("u")], .undoDelete, .keyUndoDelete, when: { $0.notebook.open?.lastDeleted != nil }),
        KeyBinding([k("A")], .newAction, .keyNewAction, hint: .hintAction),
        KeyBinding([k("P")], .pauseClock, .keyPauseClock),
        KeyBinding([k("F")], .reviewActions, .keyReviewActions),
        KeyBinding([k("C")], .closeDialogue, .keyCloseLive, hint: .hintCloseLive),
        KeyBinding([k("x")], .export, .keyExport),
        KeyBinding([k("c")], .compare, .keyCompare),
        KeyBinding([k(.escape)], .back, .keyCloseDialogue, hint: .hintLeave),
    ]

    /// Writing a note.
    static let editor =
        [
            KeyBinding([k(.enter)], .accept, .keySaveNote, hint: .hintSave),
            KeyBinding([KeyEvent(.enter, alt: true)], .newLine, .keyNewLine, hint: .hintNewLine),
            KeyBinding([k(.escape)], .cancel, .keyKeepDraft, hint: .hintKeepDraft),
            KeyBinding([k(.tab)], .cycleKind, .keyNoteKind, hint: .hintKind),
            KeyBinding([KeyEvent(.char("s"), alt: true)], .cycleSpeaker, .keyPickSpeaker, hint: .hintSpeaker),
            KeyBinding([KeyEvent(.char("i"), alt: true)], .toggleInternal, .keyInternal, hint: .hintInternal),
            KeyBinding([k(.ctrl("z"))], .undo, .keyUndo),
            KeyBinding([k(.ctrl("y"))], .redo, .keyRedo),
            KeyBinding([k(.up)], .up, .keyLineUp),
            KeyBinding([k(.down)], .down, .keyLineDown),
        ] + lineEditing + helpInField
}
