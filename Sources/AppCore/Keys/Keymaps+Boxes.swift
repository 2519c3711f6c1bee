import TUIKit
import TillitDomain

/// The tables of what covers the panes: forms, search, the list of all dialogues, the question
/// bank, questions and the quit guard.
extension Keymaps {
    static let form =
        [
            KeyBinding([k(.tab), k(.down)], .nextField, .keyNextField, hint: .hintNextField),
            KeyBinding([k(.backTab), k(.up)], .previousField, .keyPreviousField),
            KeyBinding([k(.enter)], .accept, .keySave, hint: .hintSave),
            KeyBinding([k(.escape)], .cancel, .keyCancel, hint: .hintCancel),
            KeyBinding([k(.left)], .text(.left), .keyChoiceLeft),
            KeyBinding([k(.right)], .text(.right), .keyChoiceRight),
        ] + lineEditing.filter { ![.text(.left), .text(.right)].contains($0.command) }

    static let search =
        [
            KeyBinding([k(.up)], .up, .keyPreviousHit),
            KeyBinding([k(.down)], .down, .keyNextHit, hint: .hintMove),
            KeyBinding([k(.enter)], .accept, .keyOpenHit, hint: .hintOpen),
            KeyBinding([k(.tab)], .toggleDiacritics, .keyToggleDiacritics),
            KeyBinding([k(.escape)], .cancel, .keyCancel, hint: .hintCancel),
        ] + lineEditing

    static let browse =
        [
            KeyBinding([k(.up)], .up, .keyPreviousInList),
            KeyBinding([k(.down)], .down, .keyNextInList, hint: .hintMove),
            KeyBinding([k(.pageUp)], .pageUp, .keyPageUp),
            KeyBinding([k(.pageDown)], .pageDown, .keyPageDown),
            KeyBinding([k(.enter)], .accept, .keyOpenDialogue, hint: .hintOpen),
            KeyBinding([k(.escape)], .cancel, .keyCancel, hint: .hintCancel),
        ] + lineEditing

    static let prompts = [
        KeyBinding([k(.up), k("k")], .up, .keyPreviousQuestion),
        KeyBinding([k(.down), k("j")], .down, .keyNextQuestion, hint: .hintMove),
        KeyBinding([k(.enter)], .accept, .keyAskQuestion, hint: .hintAsk),
        KeyBinding([k(.escape)], .cancel, .keyCancel, hint: .hintCancel),
    ]

    static let confirm = [
        KeyBinding([k("j"), k("J"), k("y"), k("Y"), k(.enter)], .accept, .keyYes, hint: .hintYes),
        KeyBinding([k("n"), k("N"), k(.escape)], .cancel, .keyNo, hint: .hintNo),
        KeyBinding(
            [k("a"), k("A")], .acceptAlternative, .keyEveryYear, hint: .keyEveryYear,
            when: { if case .confirm(let c) = $0.overlay { return c.alternative != nil } else { return false } }),
    ]

    /// The wheel's phases.
    static let phases = [
        KeyBinding([k(.up), k("k")], .up, .keyPreviousPhase),
        KeyBinding([k(.down), k("j")], .down, .keyNextPhase, hint: .hintMove),
        KeyBinding([k("a")], .add, .keyAddPhase, hint: .hintNew),
        KeyBinding([k("e"), k(.enter)], .edit, .keyEditPhase),
        KeyBinding([k("d"), k(.delete)], .remove, .keyDeletePhase),
        KeyBinding([k(.escape), k("q"), k("f")], .back, .keyCloseBox, hint: .hintClose),
    ]

    /// Who is speaking (digits 1–9 pick at once: they are typed, and picked).
    static let speakers =
        [
            KeyBinding([k(.up)], .up, .keyPreviousPerson),
            KeyBinding([k(.down)], .down, .keyNextPerson, hint: .hintMove),
            KeyBinding([k(.enter)], .accept, .keyPickPerson, hint: .hintOpen),
            KeyBinding([k(.escape)], .cancel, .keyCancel, hint: .hintCancel),
        ] + lineEditing

    /// A new school year's plan, to accept or not.
    static let yearPlan = [
        KeyBinding([k(.up), k("k")], .up, .keyScrollUp),
        KeyBinding([k(.down), k("j")], .down, .keyScrollDown, hint: .hintScroll),
        KeyBinding([k(.enter)], .accept, .keyAcceptPlan, hint: .hintPlan),
        KeyBinding([k(.escape), k("q")], .cancel, .keyCancel, hint: .hintCancel),
    ]

    static let unsavedQuit = [
        KeyBinding([k(.enter)], .accept, .unsavedRetry, hint: .unsavedRetry),
        KeyBinding([k("x")], .emergencyCopy, .unsavedRescue, hint: .unsavedRescue),
        KeyBinding([k(.escape)], .cancel, .unsavedStayKey, hint: .unsavedStayKey),
    ]
}
