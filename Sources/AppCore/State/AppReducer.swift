import TUIKit
import TillitDomain

/// The one entry point: applies an action to the state and says what the outside world must do.
/// Pure: no I/O, no clock, no random ids (they come from the environment).
public enum AppReducer {
    public static func reduce(_ state: inout AppState, _ action: AppAction, _ env: AppEnvironment) -> [AppEffect] {
        let effects = apply(action, &state, env)
        FigureMemo.refresh(&state)
        SuggestionMemo.refresh(&state)
        SchoolsPaneState.refresh(&state)
        return effects
    }

    static func apply(_ action: AppAction, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        switch action {
        case .resized(let size):
            state.size = size
            NotebookReducer.clampScroll(&state)
            return []
        case .input(.resize):
            return []
        case .tick(let date):
            state.now = date
            state.today = env.today()
            return []
        case .input(.hangup):
            let effects = DialogueLifecycle.pauseClock(&state)
            state.running = false
            return effects + [.quit]
        case .input(.paste(let text)):
            return paste(text, &state, env)
        case .input(.key(let key)):
            state.status = nil
            state.now = env.now()
            state.today = env.today()
            return KeyDispatch.key(key, &state, env)
        case .openDialogueRequested(let id, let schoolID, let intent):
            return DialogueOpening.request(id, schoolID: schoolID, intent: intent, &state)
        case .dialogueLoaded(let dialogue, let readOnly, let intent):
            state.now = env.now()
            if intent == .reload {
                SyncReducer.reloaded(dialogue, &state)
                return []
            }
            var open = OpenDialogue(dialogue: dialogue)
            open.readOnlyReason = readOnly
            if let readOnly { state.status = StatusMessage(ErrorText(state.t).readOnly(readOnly), kind: .warning) }
            open.selectedNoteID = open.sectionNotes.last?.note.id
            // A note that was being written when Tillit stopped opens again where it was.
            if case .resumeDraft = intent, dialogue.isLive, let draft = dialogue.draft, readOnly == nil {
                open.editor = NoteEditorState(draft: draft)
            }
            if case .editPlan = intent, dialogue.status == .planned, readOnly == nil {
                state.overlay = .form(PlanEdit.form(dialogue))
            }
            // Opened from a search: show the note that matched.
            if case .showNote(let noteID) = intent {
                if open.isLive {
                    open.selectedNoteID = noteID
                    if let note = dialogue.notes.first(where: { $0.id == noteID }) {
                        open.dialogue.currentSection = note.section
                    }
                } else {
                    // Two lines of what comes before it show above it.
                    state.notebook.open = open
                    let line = NotebookReducer.documentLines(state).firstIndex { $0.noteID == noteID } ?? 0
                    NotebookReducer.scroll(to: line - 2, &state)
                    open.scroll = state.notebook.open?.scroll ?? open.scroll
                }
            }
            state.notebook.open = open
            state.focus = .notebook
            if case .start = intent { return StartReducer.prepare(&state) }
            return []
        case .reportLoaded(let year, let blocks):
            // Shown if its box still waits for it (Esc closed it, or another year was asked for).
            guard case .report(var report) = state.overlay, report.loading, report.year == year else { return [] }
            report.blocks = blocks
            report.loading = false
            state.overlay = .report(report)
            return []
        case .comparisonLoaded(let previous):
            guard let current = state.notebook.open?.dialogue else { return [] }
            guard let previous else {
                state.status = StatusMessage(
                    state.t(.compareNone, ["subject": state.data.subject(of: .init(current, fingerprint: nil))]))
                return []
            }
            state.overlay = .compare(CompareState(current: current, previous: previous))
            return []
        case .searchResults(let query, let hits):
            SearchReducer.results(query, hits, &state)
            return []
        case .yearPlanReady(let plan):
            if plan.entries.isEmpty {
                state.status = StatusMessage(state.t(.yearPlanNothing, ["year": plan.year.text]))
            } else {
                state.overlay = .yearPlan(plan, ScrollState())
            }
            return []
        case .startPrepared(let previous):
            return StartReducer.prepared(previous, &state, env)
        case .syncFinished(let report, let data, let conflicts):
            return SyncReducer.finished(report, data, conflicts: conflicts, &state)
        case .syncRequested:
            return SyncReducer.start(&state)
        case .shareCounted(let n):
            state.sharing.notShared = n
            return []
        case .dialogueReloaded(let d):
            SyncReducer.reloaded(d, &state)
            return []
        case .reviewPrepared(let previous):
            state.notebook.previous = previous
            guard let previous else {
                state.status = StatusMessage(state.t(.reviewNothingLeft))
                return []
            }
            return StartReducer.resumeReview(previous, &state)
        case .loadFailed(let error):
            state.status = StatusMessage(ErrorText(state.t).store(error, reading: true), kind: .error)
            return []
        case .saved(let data, let keptAside):
            state.data = data
            SchoolsReducer.keepSelectionVisible(&state)
            if let keptAside {
                state.status = StatusMessage(state.t(.journalKeptAsideNotice, ["file": keptAside]), kind: .warning)
            }
            return []
        case .saveFailed(let error, let data):
            state.data = data
            SchoolsReducer.keepSelectionVisible(&state)
            state.status = StatusMessage(ErrorText(state.t).store(error), kind: .error)
            return []
        case .historyLoaded(let data, let newProblems):
            state.data = data
            SchoolsReducer.keepSelectionVisible(&state)
            if newProblems > 0 {
                state.status = StatusMessage(state.t(.overviewProblems, ["count": String(newProblems)]), kind: .warning)
            }
            return []
        case .notice(let message):
            state.status = message
            return []
        case .unsaved(let unsaved):
            // Typing goes on; the status line says that nothing is lost.
            if let unsaved, unsaved.count > (state.unsaved?.count ?? 0) {
                let reason = unsaved.trouble.map(ErrorText(state.t).file) ?? ""
                state.status = StatusMessage(state.t(.journalTroubleReason, ["reason": reason]), kind: .warning)
            } else if unsaved == nil, state.unsaved != nil {
                state.status = StatusMessage(state.t(.journalCaughtUp))
            }
            state.unsaved = unsaved
            guard case .unsavedQuit = state.overlay else { return [] }
            // Everything went out while the question was open: Tillit may quit now.
            guard let unsaved else { return GlobalReducer.quit(&state) }
            state.overlay = .unsavedQuit(unsaved)
            return []
        case .rescueWritten(let report):
            state.rescued = report
            state.unsaved = nil
            return GlobalReducer.quit(&state)
        case .rescueFailed(let error):
            state.status = StatusMessage(
                state.t(.rescueFailed, ["reason": ErrorText(state.t).store(error)]), kind: .error)
            return []
        case .syncFailed(let e):
            state.status = StatusMessage(
                state.t(.journalTrouble, ["path": e.path, "system": e.systemMessage]), kind: .warning)
            return []
        case .exported(let path):
            state.status = StatusMessage(state.t(.exportWritten, ["path": path]))
            return []
        case .exportFailed(let error):
            state.status = StatusMessage(ErrorText(state.t).store(error), kind: .error)
            return []
        case .exportTargetExists(let request, let suggestion):
            // Ask again, with a free name beside the file that is there: never replace it.
            guard let d = state.notebook.open?.dialogue else { return [] }
            var form = ExportForm.make(
                d, state, format: request.format, path: suggestion, redact: request.redact,
                includeInternal: request.includeInternal)
            form.error = state.t(.exportExistsNewName, ["path": request.path])
            form.focus(form.fields.firstIndex { $0.key == .path } ?? 0)
            state.overlay = .form(form)
            return []
        }
    }

    /// A paste is text, never commands: it goes into the field being typed in as if typed, or
    /// nowhere. Its control characters (ESC, BEL, NUL...) stay out at this door; line breaks and
    /// tabs come in (a one-line field makes them spaces).
    static func paste(_ raw: String, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        let text = ControlCharacters.clean(raw, multiline: true)
        let context = state.keyContext
        guard context.takesText, !text.isEmpty else { return [] }
        return KeyDispatch.run(.text(.insert(text)), in: context, &state, env) ?? []
    }
}
