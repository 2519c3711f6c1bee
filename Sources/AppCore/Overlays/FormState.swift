import TUIKit
import TillitDomain

/// A small form over the panes: adding or editing a school or a wheel event, planning a dialogue.
public struct FormState: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case addSchool
        case editSchool(String)
        case addEvent
        case editEvent(String)
        case addPhase
        case editPhase(String)
        case planDialogue
        /// Moving a planned dialogue, or changing its time, place or facilitators.
        case editPlan(String)
        case addAction
        case closeDialogue
        case setup
        /// Exporting the open dialogue.
        case export
        /// Entering or correcting a figure of a school.
        case figure(schoolID: String)
        /// Following up the previous dialogue's open actions, one at a time.
        case reviewAction(dialogueID: String, actions: [ActionItem], index: Int)
    }

    public var purpose: Purpose
    public var fields: [FormField]
    public var focus = 0
    public var error: String?
    /// Asked and answered: save even though a dialogue is there already this school year.
    public var force = false

    public init(purpose: Purpose, fields: [FormField]) {
        self.purpose = purpose
        self.fields = fields
        for i in self.fields.indices where i != 0 { self.fields[i].selected = false }
    }

    /// Moves to another field; a filled field is selected as a whole, as in any form.
    public mutating func focus(_ index: Int) {
        fields[focus].selected = false
        focus = index
        fields[focus].selected = !fields[focus].editor.text.isEmpty && fields[focus].choices.isEmpty
    }

    /// Edits the focused field; typing or deleting replaces a selected text, as in any form.
    public mutating func edit(_ edit: TextEdit) {
        var field = fields[focus]
        guard field.choices.isEmpty else { return }
        let wasSelected = field.selected
        field.selected = false
        switch edit {
        case .insert where wasSelected:
            field.editor = LineEditor()
            field.editor.apply(edit)
        case .deleteBackward, .deleteForward, .deleteWordBackward, .deleteToLineStart, .deleteToLineEnd:
            if wasSelected { field.editor = LineEditor() } else { field.editor.apply(edit) }
        default:
            field.editor.apply(edit)
        }
        fields[focus] = field
    }

    public func value(_ key: FormField.Key) -> String {
        guard let f = fields.first(where: { $0.key == key }) else { return "" }
        if !f.choices.isEmpty { return f.choices[f.choiceIndex] }
        return f.editor.text.trimmingCharacters(in: .whitespaces)
    }

    /// What Enter does, in the words of the form's purpose ("exportera", not "spara").
    public var acceptWord: M {
        switch purpose {
        case .export: return .acceptExport
        case .planDialogue: return .acceptPlan
        case .editPlan: return .hintSave
        case .closeDialogue: return .acceptClose
        case .setup: return .acceptStart
        case .reviewAction: return .acceptFollowUp
        case .addSchool, .editSchool, .addEvent, .editEvent, .addAction, .addPhase, .editPhase, .figure:
            return .hintSave
        }
    }

    public var title: M {
        switch purpose {
        case .addSchool: return .formAddSchool
        case .figure: return .formFigure
        case .editSchool: return .formEditSchool
        case .addEvent: return .formAddEvent
        case .editEvent: return .formEditEvent
        case .addPhase: return .formAddPhase
        case .editPhase: return .formEditPhase
        case .planDialogue: return .formPlanDialogue
        case .editPlan: return .formEditPlan
        case .addAction: return .formAddAction
        case .closeDialogue: return .formCloseDialogue
        case .setup: return .formSetup
        case .export: return .formExport
        case .reviewAction: return .formReview
        }
    }
}

/// One field: a line of text, or a choice among fixed values.
public struct FormField: Equatable, Sendable {
    public enum Key: Equatable, Sendable {
        case name, area, principal, grades, title, when, kind, school, facilitators
        case actionText, owner, due, tags, purpose, takeForward
        case date, level, participants, agenda, status, comment, format, path, redact, includeInternal, repeats, scope
        case fromMonth, toMonth, colour, time, place, address
        case code, measure, schoolYear, value, group
    }

    public var key: Key
    public var editor: LineEditor
    /// For a choice field: the values (file keys) to choose among; empty for a text field.
    public var choices: [String]
    public var choiceIndex: Int
    /// The text is selected as a whole (on entering a filled field): typing replaces it.
    public var selected: Bool

    public init(_ key: Key, text: String = "", choices: [String] = [], choice: String? = nil) {
        self.key = key
        editor = LineEditor(text)
        selected = !text.isEmpty
        self.choices = choices
        choiceIndex = choice.flatMap { choices.firstIndex(of: $0) } ?? 0
    }

    public var label: M {
        switch key {
        case .name: return .fieldName
        case .area: return .fieldArea
        case .principal: return .fieldPrincipal
        case .grades: return .fieldGrades
        case .title: return .fieldTitle
        case .when: return .fieldWhen
        case .kind: return .fieldKind
        case .school: return .fieldSchool
        case .facilitators: return .fieldFacilitators
        case .actionText: return .fieldActionText
        case .owner: return .fieldOwner
        case .due: return .fieldDue
        case .tags: return .fieldTags
        case .purpose: return .fieldPurpose
        case .takeForward: return .fieldTakeForward
        case .date: return .fieldWhen
        case .level: return .fieldLevel
        case .participants: return .fieldParticipants
        case .agenda: return .fieldAgenda
        case .status: return .fieldStatus
        case .comment: return .fieldComment
        case .format: return .fieldFormat
        case .path: return .fieldPath
        case .redact: return .fieldRedact
        case .includeInternal: return .fieldInternal
        case .repeats: return .fieldRepeats
        case .fromMonth: return .fieldFromMonth
        case .toMonth: return .fieldToMonth
        case .colour: return .fieldColour
        case .scope: return .fieldScope
        case .time: return .fieldTime
        case .place: return .fieldPlace
        case .address: return .fieldAddress
        case .code: return .fieldCode
        case .measure: return .columnMeasure
        case .schoolYear: return .columnSchoolYear
        case .value: return .columnValue
        case .group: return .columnGroup
        }
    }

    public var hint: M? {
        switch key {
        case .grades: return .hintGrades
        case .when: return .hintWhen
        case .school: return .hintSchoolOptional
        case .facilitators: return .hintFacilitators
        case .area: return .hintArea
        case .due: return .hintDue
        case .tags: return .hintTags
        case .participants: return .hintParticipants
        case .agenda: return .hintAgenda
        case .time: return .hintTime
        case .place: return .hintPlace
        case .code: return .hintCode
        case .value: return .hintFigureValue
        case .group: return .hintGroup
        default: return nil
        }
    }
}
