import TillitDomain

/// The open dialogue's life: every change to it (applied, journaled and reflected in the lists
/// in one place), starting it, moving through its sections, closing and reopening it.
enum DialogueLifecycle {
    /// Applies a change to the open dialogue and asks for it to be journaled: what the screen
    /// shows is always what the journal holds. The dialogue's row in the lists follows from the
    /// same change.
    static func change(_ change: DialogueChange, _ state: inout AppState) -> [AppEffect] {
        guard let open = state.notebook.open else { return [] }
        let dialogue = change.applied(to: open.dialogue)
        state.notebook.open?.dialogue = dialogue
        if let i = state.data.dialogues.firstIndex(where: { $0.id == dialogue.id }) {
            let summary = DialogueSummary(dialogue, fingerprint: state.data.dialogues[i].fingerprint)
            if summary != state.data.dialogues[i] { state.data.dialogues[i] = summary }
        }
        return [.journal(open.dialogue.id, change)]
    }

    /// `s` on a planned dialogue: it becomes live, on the strengths, with its clock running.
    static func start(_ state: inout AppState) -> [AppEffect] {
        guard let open = state.notebook.open, open.dialogue.status == .planned else { return [] }
        if GlobalReducer.refuseIfReadOnly(&state) { return [] }
        var effects = change(.statusChanged(.live), &state)
        effects += change(.sectionEntered(.strengths), &state)
        let clock = open.dialogue.clock ?? DialogueClock()
        effects += change(.clockChanged(clock.entering(.strengths, now: state.now).resumed(now: state.now)), &state)
        state.status = StatusMessage(state.t(.dialogueStarted))
        // In a meeting the notebook gets the whole screen (z brings the other panes back).
        state.zoomed = true
        return effects
    }

    /// Moves to a section; its clock starts counting there.
    static func enter(_ section: SectionKind, _ state: inout AppState) -> [AppEffect] {
        var effects = change(.sectionEntered(section), &state)
        if let clock = state.notebook.open?.dialogue.clock {
            effects += change(.clockChanged(clock.entering(section, now: state.now)), &state)
        }
        let last = state.notebook.open?.sectionNotes.last?.note.id
        state.notebook.open?.selectedNoteID = last
        return effects
    }

    /// Closes the dialogue with the facilitator's check: paused clock, read-only, journal folded.
    static func close(_ form: FormState, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        guard let open = state.notebook.open else { return [] }
        state.overlay = nil
        let reflection = Reflection(purposeReached: form.value(.purpose), takeForward: form.value(.takeForward))
        var effects = change(.reflectionSaved(reflection), &state)
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
        state.status = StatusMessage(words)
        return effects + [.foldJournal(open.dialogue.id)]
    }

    /// A closed dialogue made live again (after a yes).
    static func reopen(_ state: inout AppState) -> [AppEffect] {
        guard state.notebook.open?.dialogue.status == .closed else { return [] }
        if GlobalReducer.refuseIfReadOnly(&state) { return [] }
        let effects = change(.statusChanged(.live), &state)
        state.status = StatusMessage(state.t(.dialogueReopened))
        return effects
    }

    /// Pauses a running clock of the open live dialogue (on leaving it or quitting).
    static func pauseClock(_ state: inout AppState) -> [AppEffect] {
        guard let open = state.notebook.open, open.isLive, let clock = open.dialogue.clock, clock.isRunning else {
            return []
        }
        return change(.clockChanged(clock.paused(now: state.now)), &state)
    }

    /// Starts a paused clock of the open live dialogue again (after last time's actions).
    static func resumeClock(_ state: inout AppState) -> [AppEffect] {
        guard let open = state.notebook.open, open.isLive, let clock = open.dialogue.clock, !clock.isRunning else {
            return []
        }
        return change(.clockChanged(clock.resumed(now: state.now)), &state)
    }

    /// Leaves the open dialogue: its clock stops while it is not on screen, its journal is folded.
    static func leave(_ state: inout AppState) -> [AppEffect] {
        guard let id = state.notebook.open?.dialogue.id else { return [] }
        let effects = pauseClock(&state)
        state.notebook.open = nil
        return effects + [.foldJournal(id)]
    }
}
