import TillitDomain
import TextEditor
import TUIKit

/// Running a dialogue live: sections (strengths first), notes and follow-ups, the editor.
/// Every change goes through `change`, which applies it to the state and journals it, so what
/// the screen shows is always what the journal holds.
public enum LiveReducer {
    /// Applies a change to the open dialogue and asks for it to be journaled.
    static func change(_ change: DialogueChange, _ state: inout AppState) -> [AppEffect] {
        guard let open = state.notebook.open else { return [] }
        state.notebook.open?.dialogue = change.applied(to: open.dialogue)
        return [.journal(open.dialogue.id, change)]
    }

    /// `s` on a planned (or closed, reopened later) dialogue: it becomes live, on the strengths.
    static func start(_ state: inout AppState) -> [AppEffect] {
        guard let open = state.notebook.open, open.dialogue.status == .planned else { return [] }
        if AppReducer.refuseIfReadOnly(&state) { return [] }
        var effects = change(.statusChanged(.live), &state)
        effects += change(.sectionEntered(.strengths), &state)
        let clock = open.dialogue.clock ?? DialogueClock()
        effects += change(.clockChanged(clock.entering(.strengths, now: state.now).resumed(now: state.now)), &state)
        if let i = state.data.dialogues.firstIndex(where: { $0.id == open.dialogue.id }) {
            state.data.dialogues[i].status = .live
        }
        state.status = StatusMessage(state.t(.dialogueStarted))
        // In a meeting the notebook gets the whole screen (z brings the other panes back).
        state.zoomed = true
        return effects
    }

    static func command(_ command: Command, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        guard let open = state.notebook.open else { return [] }
        let notes = open.sectionNotes
        let index = notes.firstIndex { $0.note.id == open.selectedNoteID }
        switch command {
        case .up:
            if let index, index > 0 { state.notebook.open?.selectedNoteID = notes[index - 1].note.id }
            else { state.notebook.open?.selectedNoteID = notes.last?.note.id }
        case .down:
            if let index, index + 1 < notes.count { state.notebook.open?.selectedNoteID = notes[index + 1].note.id }
            else if index == nil { state.notebook.open?.selectedNoteID = notes.first?.note.id }
        case .first: state.notebook.open?.selectedNoteID = notes.first?.note.id
        case .last: state.notebook.open?.selectedNoteID = notes.last?.note.id
        case .nextSection, .previousSection:
            let all = SectionKind.allCases
            let i = all.firstIndex(of: open.section)!
            let target = command == .nextSection ? min(all.count - 1, i + 1) : max(0, i - 1)
            guard all[target] != open.section else { return [] }
            // Strengths first: leaving them with none recorded asks, gently.
            if open.section == .strengths, command == .nextSection,
               !open.dialogue.notes.contains(where: { $0.section == .strengths }) {
                state.overlay = .confirm(Confirmation(question: state.t(.nudgeStrengths), action: .leaveStrengths(all[target])))
                return []
            }
            return enter(all[target], &state)
        case .add:
            if AppReducer.refuseIfReadOnly(&state) { return [] }
            // A kept draft for this section opens again; else a new note.
            if let draft = open.dialogue.draft, draft.section == open.section, draft.parentID == nil, draft.editingID == nil {
                state.notebook.open?.editor = NoteEditorState(draft: draft)
            } else {
                state.notebook.open?.editor = NoteEditorState(draft: NoteDraft(section: open.section))
            }
        case .followUp:
            if AppReducer.refuseIfReadOnly(&state) { return [] }
            guard let selected = open.selectedNoteID else {
                state.status = StatusMessage(state.t(.noNoteSelected))
                return []
            }
            if let draft = open.dialogue.draft, draft.parentID == selected {
                state.notebook.open?.editor = NoteEditorState(draft: draft)
            } else {
                let kind: NoteKind = notes.first { $0.note.id == selected }?.note.kind == .question ? .answer : .question
                state.notebook.open?.editor = NoteEditorState(draft: NoteDraft(section: open.section, kind: kind, parentID: selected))
            }
        case .edit:
            if AppReducer.refuseIfReadOnly(&state) { return [] }
            guard let note = notes.first(where: { $0.note.id == open.selectedNoteID })?.note else {
                state.status = StatusMessage(state.t(.noNoteSelected))
                return []
            }
            var text = note.text
            if !note.tags.isEmpty { text += " " + note.tags.map { "#" + $0 }.joined(separator: " ") }
            state.notebook.open?.editor = NoteEditorState(draft: NoteDraft(
                section: note.section, kind: note.kind, text: text, parentID: note.parentID, editingID: note.id,
                speaker: note.speaker))
        case .remove:
            if AppReducer.refuseIfReadOnly(&state) { return [] }
            guard let index else {
                state.status = StatusMessage(state.t(.noNoteSelected))
                return []
            }
            let note = notes[index].note
            let children = open.dialogue.children(of: note.id).map(\.id)
            state.notebook.open?.lastDeleted = DeletedNote(note: note, childIDs: children)
            let next = index + 1 < notes.count ? notes[index + 1].note.id : (index > 0 ? notes[index - 1].note.id : nil)
            let effects = change(.noteDeleted(note.id), &state)
            state.notebook.open?.selectedNoteID = next == note.id ? nil : next
            state.status = StatusMessage(state.t(.noteDeletedMessage))
            return effects
        case .undoDelete:
            guard let deleted = open.lastDeleted else { return [] }
            state.notebook.open?.lastDeleted = nil
            var effects = change(.noteSaved(deleted.note), &state)
            // Follow-ups that moved up when it was deleted go back under it.
            for id in deleted.childIDs {
                guard var child = state.notebook.open?.dialogue.notes.first(where: { $0.id == id }) else { continue }
                child.parentID = deleted.note.id
                effects += change(.noteSaved(child), &state)
            }
            state.notebook.open?.selectedNoteID = deleted.note.id
            state.status = StatusMessage(state.t(.noteRestored))
            return effects
        case .prompts:
            if AppReducer.refuseIfReadOnly(&state) { return [] }
            let suggested = suggestions(state)
            let asked = state.data.prompts.asked(in: open.dialogue)
            let rest = state.data.prompts.all(for: open.section).filter { p in
                !asked.contains(p.id) && !suggested.contains(where: { $0.id == p.id })
            }
            guard !(suggested + rest).isEmpty else {
                state.status = StatusMessage(state.t(.allAsked))
                return []
            }
            state.overlay = .prompts(PromptPicker(prompts: suggested + rest, suggested: suggested.count))
        case .newAction:
            if AppReducer.refuseIfReadOnly(&state) { return [] }
            let owner = open.dialogue.participants.first { $0.role == .principal }?.name ?? ""
            state.overlay = .form(FormState(purpose: .addAction, fields: [
                FormField(.actionText), FormField(.owner, text: owner), FormField(.due), FormField(.tags),
            ]))
        case .pauseClock:
            let clock = open.dialogue.clock ?? DialogueClock(section: open.section)
            let next = clock.isRunning ? clock.paused(now: state.now) : clock.resumed(now: state.now)
            state.status = StatusMessage(state.t(clock.isRunning ? .clockPaused : .clockResumed))
            return change(.clockChanged(next), &state)
        case .closeDialogue:
            if AppReducer.refuseIfReadOnly(&state) { return [] }
            state.overlay = .form(FormState(purpose: .closeDialogue, fields: [FormField(.purpose), FormField(.takeForward)]))
        case .back:
            // The clock stops while the dialogue is not on screen (P starts it again).
            let effects = pauseClock(&state)
            state.notebook.open = nil
            return effects + [.foldJournal(open.dialogue.id)]
        default:
            break
        }
        return []
    }

    /// The follow-up questions for the section and the selected note, none asked before.
    public static func suggestions(_ state: AppState) -> [Prompt] {
        guard let open = state.notebook.open else { return [] }
        let note = open.dialogue.notes.first { $0.id == open.selectedNoteID && $0.section == open.section }
        return state.data.prompts.suggestions(section: open.section, note: note, in: open.dialogue)
    }

    /// Keys in the question picker: Enter asks the question (a question note under the selected
    /// note) and opens the editor for the answer under it.
    static func pickerKey(_ key: KeyEvent, _ picker: PromptPicker, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        var picker = picker
        switch key.key {
        case .up, .char("k"): picker.selected = max(0, picker.selected - 1)
        case .down, .char("j"): picker.selected = min(picker.prompts.count - 1, picker.selected + 1)
        case .escape:
            state.overlay = nil
            return []
        case .enter:
            guard let open = state.notebook.open, picker.prompts.indices.contains(picker.selected) else { return [] }
            state.overlay = nil
            let prompt = picker.prompts[picker.selected]
            let parent = open.dialogue.notes.first { $0.id == open.selectedNoteID && $0.section == open.section }?.id
            let question = Note(id: env.makeID(), section: open.section, kind: .question, text: prompt.text(state.language),
                                created: env.now(), parentID: parent)
            let effects = change(.noteSaved(question), &state)
            state.notebook.open?.selectedNoteID = question.id
            state.notebook.open?.editor = NoteEditorState(draft: NoteDraft(section: open.section, kind: .answer, parentID: question.id))
            return effects
        default:
            return []
        }
        state.overlay = .prompts(picker)
        return []
    }

    static func enter(_ section: SectionKind, _ state: inout AppState) -> [AppEffect] {
        var effects = change(.sectionEntered(section), &state)
        if let clock = state.notebook.open?.dialogue.clock {
            effects += change(.clockChanged(clock.entering(section, now: state.now)), &state)
        }
        let last = state.notebook.open?.sectionNotes.last?.note.id
        state.notebook.open?.selectedNoteID = last
        return effects
    }

    /// Keys while writing a note.
    static func editorKey(_ key: KeyEvent, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        guard var editor = state.notebook.open?.editor else { return [] }
        let width = max(10, (AppLayout.compute(state.size, focus: .notebook, zoomed: state.zoomed).inner(.notebook)?.width ?? 40) - 4)
        var metaChanged = false
        switch (key.key, key.alt) {
        case (.enter, false):
            return save(editor, &state, env)
        case (.enter, true):
            editor.buffer.newline()
        case (.escape, _):
            state.notebook.open?.editor = nil
            let draft = editor.currentDraft
            if editor.buffer.isEmpty && draft.editingID == nil {
                return change(.draftChanged(nil), &state)
            }
            state.status = StatusMessage(state.t(.draftKept))
            return change(.draftChanged(draft), &state)
        case (.tab, _):
            // After "#läs", Tab completes the tag from those used before; elsewhere it changes the kind.
            if let completion = tagCompletion(editor.buffer, known: knownTags(state)) {
                editor.buffer.insert(completion)
            } else {
                let kinds = NoteKind.allCases
                editor.draft.kind = kinds[(kinds.firstIndex(of: editor.draft.kind)! + 1) % kinds.count]
                metaChanged = true
            }
        case (.char("s"), true):
            let names = [nil] + (state.notebook.open?.dialogue.participants.map { Optional($0.name) } ?? [])
            let i = names.firstIndex(of: editor.draft.speaker) ?? 0
            editor.draft.speaker = names[(i + 1) % names.count]
            metaChanged = true
        case (.char("b"), true): editor.buffer.wordLeft()
        case (.char("f"), true): editor.buffer.wordRight()
        case (.char(let c), false): editor.buffer.insert(String(c))
        case (.left, _) where key.ctrl: editor.buffer.wordLeft()
        case (.right, _) where key.ctrl: editor.buffer.wordRight()
        case (.left, _): editor.buffer.left()
        case (.right, _): editor.buffer.right()
        case (.up, _): editor.buffer.moveLine(-1, width: width)
        case (.down, _): editor.buffer.moveLine(1, width: width)
        case (.home, _), (.ctrl("a"), _): editor.buffer.lineHome()
        case (.end, _), (.ctrl("e"), _): editor.buffer.lineEnd()
        case (.backspace, _): editor.buffer.backspace()
        case (.delete, _), (.ctrl("d"), _): editor.buffer.deleteForward()
        case (.ctrl("w"), _): editor.buffer.deleteWordBackward()
        case (.ctrl("u"), _): editor.buffer.deleteToLineStart()
        case (.ctrl("z"), _): editor.buffer.undo()
        case (.ctrl("y"), _): editor.buffer.redo()
        default: return []
        }
        let textChanged = !editor.buffer.changes.isEmpty
        // A quiet word when the note seems to hold personal data about someone.
        if textChanged, state.status == nil || state.status?.kind == .warning {
            let found = Set(PersonalData.find(in: editor.buffer.textAroundCursor(radius: 400)).map(\.kind))
            state.status = found.isEmpty ? nil : StatusMessage(state.t(.personalDataWarning, [
                "kinds": PersonalData.Kind.allCases.filter(found.contains).map(state.t.personalData).joined(separator: ", "),
            ]), kind: .warning)
        }
        // Every keystroke that changed the draft is journaled: a crash loses nothing typed.
        let effects = journalDraft(&editor, metaChanged: metaChanged, &state)
        state.notebook.open?.editor = editor
        return effects
    }

    /// A paste goes into the note as it is, line breaks included.
    static func paste(_ text: String, _ state: inout AppState) -> [AppEffect] {
        guard var editor = state.notebook.open?.editor else { return [] }
        editor.buffer.insert(text)
        let effects = journalDraft(&editor, metaChanged: false, &state)
        state.notebook.open?.editor = editor
        return effects
    }

    /// How often the whole draft is journaled again while typing goes on (a replay then never
    /// has more than this many edits to apply).
    static let editsPerSnapshot = 2000

    /// Journals what the editor changed. A keystroke becomes a `DraftEdit` (what changed, where),
    /// so that it costs the journal the same at the start and at the end of a long note; the
    /// whole draft goes out for the editor's first change, a new kind or speaker, an undo or
    /// redo, and every `editsPerSnapshot` edits. While the editor is open its buffer is the
    /// draft: the dialogue's copy of it catches up when the editor closes (`Esc` or `Enter`).
    static func journalDraft(_ editor: inout NoteEditorState, metaChanged: Bool, _ state: inout AppState) -> [AppEffect] {
        let changes = editor.buffer.takeChanges()
        guard !changes.isEmpty || metaChanged, let id = state.notebook.open?.dialogue.id else { return [] }
        if metaChanged || !editor.journaled || changes.contains(.replacedAll)
            || editor.editsSinceSnapshot + changes.count >= editsPerSnapshot {
            editor.revision += 1
            editor.journaled = true
            editor.editsSinceSnapshot = 0
            return change(.draftChanged(editor.currentDraft), &state)
        }
        var effects: [AppEffect] = []
        for case .splice(let at, let removed, let inserted) in changes {
            effects.append(.journal(id, .draftEdited(DraftEdit(base: editor.revision, at: at, removed: removed,
                                                                inserted: inserted))))
            editor.revision += 1
        }
        editor.editsSinceSnapshot += changes.count
        return effects
    }

    static func save(_ editor: NoteEditorState, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        guard let dialogue = state.notebook.open?.dialogue,
              let note = NoteDraft.note(from: editor.currentDraft, id: env.makeID(), now: env.now(), in: dialogue) else {
            state.notebook.open?.editor = nil
            return change(.draftChanged(nil), &state)
        }
        state.notebook.open?.editor = nil
        var effects = change(.noteSaved(note), &state)
        effects += change(.draftChanged(nil), &state)
        state.notebook.open?.selectedNoteID = note.id
        state.status = StatusMessage(state.t(.noteSavedMessage))
        return effects
    }
}

extension LiveReducer {
    /// Saves an action from the form (the way forward).
    static func saveAction(_ form: FormState, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        guard let open = state.notebook.open else { return [] }
        let t = state.t
        let text = form.value(.actionText)
        guard !text.isEmpty else { return FormReducer.reject(form, .actionText, t(.emptyName), &state) }
        var due: LocalDate?
        if !form.value(.due).isEmpty {
            guard let d = LocalDate(iso: form.value(.due)) else {
                return FormReducer.reject(form, .due, t(.badDate, ["value": form.value(.due)]), &state)
            }
            due = d
        }
        let tags = form.value(.tags).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }.filter { !$0.isEmpty }
        let owner = form.value(.owner)
        let action = ActionItem(id: env.makeID(), text: text, owner: owner.isEmpty ? nil : owner, due: due, tags: tags,
                                createdIn: open.dialogue.id)
        state.overlay = nil
        state.status = StatusMessage(t(.actionSavedMessage))
        return change(.actionSaved(action), &state)
    }

    /// Closes the dialogue with the facilitator's check: paused clock, read-only, journal folded.
    static func close(_ form: FormState, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        guard let open = state.notebook.open else { return [] }
        state.overlay = nil
        var effects = change(.reflectionSaved(Reflection(purposeReached: form.value(.purpose), takeForward: form.value(.takeForward))), &state)
        if let clock = open.dialogue.clock { effects += change(.clockChanged(clock.paused(now: state.now)), &state) }
        var words = state.t(.dialogueClosed)
        if let draft = open.dialogue.draft {
            // A draft kept with Esc is never thrown away: closing saves it as a note.
            if let note = NoteDraft.note(from: draft, id: env.makeID(), now: env.now(), in: open.dialogue) {
                effects += change(.noteSaved(note), &state)
                words += " " + state.t(.draftSavedOnClose)
            }
            effects += change(.draftChanged(nil), &state)
        }
        effects += change(.statusChanged(.closed), &state)
        if let i = state.data.dialogues.firstIndex(where: { $0.id == open.dialogue.id }) { state.data.dialogues[i].status = .closed }
        state.status = StatusMessage(words)
        return effects + [.foldJournal(open.dialogue.id)]
    }

    /// A closed dialogue made live again (after a yes).
    static func reopen(_ state: inout AppState) -> [AppEffect] {
        guard state.notebook.open?.dialogue.status == .closed else { return [] }
        if AppReducer.refuseIfReadOnly(&state) { return [] }
        let effects = change(.statusChanged(.live), &state)
        if let id = state.notebook.open?.dialogue.id, let i = state.data.dialogues.firstIndex(where: { $0.id == id }) {
            state.data.dialogues[i].status = .live
        }
        state.status = StatusMessage(state.t(.dialogueReopened))
        return effects
    }
}

extension LiveReducer {
    /// Tags used before: in this dialogue and across the store's index, most used first.
    static func knownTags(_ state: AppState) -> [String] {
        var counts: [String: Int] = [:]
        for d in state.data.dialogues { for tag in d.tags { counts[tag, default: 0] += 1 } }
        for note in state.notebook.open?.dialogue.notes ?? [] { for tag in note.tags { counts[tag, default: 0] += 1 } }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
    }

    /// What completes the `#tag` being typed at the cursor, if anything (with a space after it).
    static func tagCompletion(_ buffer: EditorBuffer, known: [String]) -> String? {
        let before = buffer.chars[..<buffer.cursor]
        guard let hash = before.lastIndex(of: "#") else { return nil }
        let typed = String(before[(hash + 1)...])
        guard !typed.isEmpty, !typed.contains(where: \.isWhitespace) else { return nil }
        guard let match = known.first(where: { $0.hasPrefix(typed.lowercased()) && $0.count > typed.count }) else { return nil }
        return String(match.dropFirst(typed.count)).replacingOccurrences(of: " ", with: "-") + " "
    }
}


extension LiveReducer {
    /// Pauses a running clock of the open live dialogue (on leaving it or quitting).
    static func pauseClock(_ state: inout AppState) -> [AppEffect] {
        guard let open = state.notebook.open, open.isLive, let clock = open.dialogue.clock, clock.isRunning else { return [] }
        return change(.clockChanged(clock.paused(now: state.now)), &state)
    }
}
