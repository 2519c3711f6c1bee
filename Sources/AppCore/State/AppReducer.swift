import TillitDomain
import TUIKit

/// The one entry point: applies an action to the state and says what the outside world must do.
/// Pure: no I/O, no clock, no random ids (they come from the environment).
public enum AppReducer {
    public static func reduce(_ state: inout AppState, _ action: AppAction, _ env: AppEnvironment) -> [AppEffect] {
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
            let effects = LiveReducer.pauseClock(&state)
            state.running = false
            return effects + [.quit]
        case .input(.paste(let text)):
            return paste(text, &state)
        case .input(.key(let key)):
            state.status = nil
            state.now = env.now()
            state.today = env.today()
            return handleKey(key, &state, env)
        case .openDialogueRequested(let id, let schoolID, let intent):
            return DialogueOpening.request(id, schoolID: schoolID, intent: intent, &state)
        case .dialogueLoaded(let dialogue, let readOnly, let intent):
            state.now = env.now()
            var open = OpenDialogue(dialogue: dialogue)
            open.readOnlyReason = readOnly
            if let readOnly { state.status = StatusMessage(ErrorText(state.t).readOnly(readOnly), kind: .warning) }
            open.selectedNoteID = open.sectionNotes.last?.note.id
            // A note that was being written when Tillit stopped opens again where it was.
            if case .resumeDraft = intent, dialogue.isLive, let draft = dialogue.draft, readOnly == nil {
                open.editor = NoteEditorState(draft: draft)
            }
            // Opened from a search: show the note that matched.
            if case .showNote(let noteID) = intent {
                if open.isLive {
                    open.selectedNoteID = noteID
                    if let note = dialogue.notes.first(where: { $0.id == noteID }) { open.dialogue.currentSection = note.section }
                } else {
                    let width = (AppLayout.compute(state.size, focus: .notebook, zoomed: state.zoomed).inner(.notebook)?.width ?? 40) - 2
                    let lines = DialogueLayout.lines(dialogue, subject: state.data.subject(of: .init(dialogue, fingerprint: nil)),
                                                     width: width, t: state.t)
                    open.scroll = max(0, (lines.firstIndex { $0.noteID == noteID } ?? 0) - 2)
                }
            }
            state.notebook.open = open
            state.focus = .notebook
            if case .start = intent { return StartReducer.prepare(&state) }
            return []
        case .reportLoaded(let blocks):
            state.overlay = .report(ReportState(blocks: blocks))
            return []
        case .comparisonLoaded(let previous):
            guard let current = state.notebook.open?.dialogue else { return [] }
            guard let previous else {
                state.status = StatusMessage(state.t(.compareNone, ["subject": state.data.subject(of: .init(current, fingerprint: nil))]))
                return []
            }
            state.overlay = .compare(CompareState(current: current, previous: previous))
            return []
        case .searchResults(let query, let hits):
            SearchReducer.results(query, hits, &state)
            return []
        case .startPrepared(let previous):
            return StartReducer.prepared(previous, &state, env)
        case .loadFailed(let error):
            state.status = StatusMessage(ErrorText(state.t).store(error, reading: true), kind: .error)
            return []
        case .saved(let data, let keptAside):
            state.data = data
            SchoolsReducer.keepSelectionVisible(&state)
            if let keptAside { state.status = StatusMessage(state.t(.journalKeptAsideNotice, ["file": keptAside]), kind: .warning) }
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
            guard let unsaved else { return quit(&state) }
            state.overlay = .unsavedQuit(unsaved)
            return []
        case .rescueWritten(let report):
            state.rescued = report
            state.unsaved = nil
            return quit(&state)
        case .rescueFailed(let error):
            state.status = StatusMessage(state.t(.rescueFailed, ["reason": ErrorText(state.t).store(error)]), kind: .error)
            return []
        case .syncFailed(let e):
            state.status = StatusMessage(state.t(.journalTrouble, ["path": e.path, "system": e.systemMessage]), kind: .warning)
            return []
        case .exported(let path):
            state.status = StatusMessage(state.t(.exportWritten, ["path": path]))
            return []
        case .exportFailed(let error):
            state.status = StatusMessage(ErrorText(state.t).store(error), kind: .error)
            return []
        case .exportTargetExists(let format, let path, let redact, let suggestion):
            // Ask again, with a free name beside the file that is there: never replace it.
            guard let d = state.notebook.open?.dialogue else { return [] }
            var form = ExportForm.make(d, state, format: format, path: suggestion, redact: redact)
            form.error = state.t(.exportExistsNewName, ["path": path])
            form.focus(form.fields.firstIndex { $0.key == .path } ?? 0)
            state.overlay = .form(form)
            return []
        }
    }

    /// Leaves the program: the meeting clock pauses, the runner folds every journal.
    static func quit(_ state: inout AppState) -> [AppEffect] {
        let effects = LiveReducer.pauseClock(&state)
        state.overlay = nil
        state.running = false
        return effects + [.quit]
    }

    /// A paste is text, never commands: it goes into the field being typed in, or nowhere. Its
    /// control characters (ESC, BEL, NUL...) stay out at this door; line breaks and tabs come in.
    static func paste(_ raw: String, _ state: inout AppState) -> [AppEffect] {
        let text = ControlCharacters.clean(raw, multiline: true)
        if case .search(let search) = state.overlay { return SearchReducer.paste(text, search, &state) }
        if case .browse(var browse) = state.overlay {
            browse.filter.insert(text)
            browse.selected = 0
            state.overlay = .browse(browse)
            return []
        }
        if case .form(var form) = state.overlay {
            form.paste(text)
            state.overlay = .form(form)
            return []
        }
        guard state.overlay == nil else { return [] }
        if state.keyContext == .editor { return LiveReducer.paste(text, &state) }
        if state.focus == .schools, state.schools.filtering {
            state.schools.filter.insert(text)
            SchoolsReducer.keepSelectionVisible(&state)
        } else if state.focus == .notebook, state.notebook.open?.finding == true {
            state.notebook.open?.find.insert(text)
            NotebookReducer.findFromTop(&state)
        } else if state.focus == .notebook, state.notebook.filtering {
            state.notebook.filter.insert(text)
            state.notebook.selectedIndex = 0
        }
        return []
    }

    static func handleKey(_ key: KeyEvent, _ state: inout AppState, _ env: AppEnvironment) -> [AppEffect] {
        switch state.overlay {
        case .help:
            switch key.key {
            case .escape, .char("?"), .char("q"), .enter: state.overlay = nil
            case .up, .char("k"): state.helpScroll = max(0, state.helpScroll - 1)
            case .down, .char("j"): state.helpScroll += 1
            case .pageDown, .char(" "): state.helpScroll += 10
            case .pageUp: state.helpScroll = max(0, state.helpScroll - 10)
            default: break
            }
            return []
        case .prompts(let picker):
            return LiveReducer.pickerKey(key, picker, &state, env)
        case .search(let search):
            return SearchReducer.key(key, search, &state)
        case .browse(let browse):
            return BrowseReducer.key(key, browse, &state)
        case .report(var report):
            switch key.key {
            case .escape, .char("q"), .char("R"): state.overlay = nil
            case .up, .char("k"): report.scroll = max(0, report.scroll - 1)
            case .down, .char("j"): report.scroll += 1
            case .pageUp: report.scroll = max(0, report.scroll - 10)
            case .pageDown, .char(" "): report.scroll += 10
            case .char("g"), .home: report.scroll = 0
            default: break
            }
            if state.overlay != nil { state.overlay = .report(report) }
            return []
        case .compare(var compare):
            switch key.key {
            case .escape, .char("c"), .char("q"): state.overlay = nil
            case .up, .char("k"): compare.scroll = max(0, compare.scroll - 1)
            case .down, .char("j"): compare.scroll += 1
            case .pageUp: compare.scroll = max(0, compare.scroll - 10)
            case .pageDown: compare.scroll += 10
            default: break
            }
            if state.overlay != nil { state.overlay = .compare(compare) }
            return []
        case .confirm(let confirmation):
            switch key.key {
            case .char("j"), .char("J"), .char("y"), .char("Y"), .enter:
                state.overlay = nil
                return ConfirmReducer.accept(confirmation.action, &state)
            case .char("n"), .char("N"), .escape:
                state.overlay = nil
                state.status = StatusMessage(state.t(.cancelled))
            default: break
            }
            return []
        case .form(let form):
            return FormReducer.key(key, form, &state, env)
        case .unsavedQuit:
            switch key.key {
            case .enter: return [.retryWrites]
            // The meeting clock stops first, so that the copy holds everything there is.
            case .char("x"): return LiveReducer.pauseClock(&state) + [.writeRescue]
            case .escape:
                state.overlay = nil
                state.status = StatusMessage(state.t(.unsavedStay), kind: .warning)
            default: break
            }
            return []
        case nil:
            break
        }
        if state.keyContext == .textInput { return TextInputReducer.key(key, &state) }
        if state.keyContext == .editor { return LiveReducer.editorKey(key, &state, env) }
        if key.key == .ctrl("c") {
            state.status = StatusMessage(state.t(.quitHint))
            return []
        }
        guard let command = Keymaps.command(for: key, in: state.keyContext) else { return [] }
        switch command {
        case .quit:
            // Changes still waiting for the disk are never dropped: ask first.
            if let unsaved = state.unsaved, unsaved.count > 0 {
                state.overlay = .unsavedQuit(unsaved)
                return []
            }
            return quit(&state)
        case .help:
            state.overlay = .help
            state.helpScroll = 0
            return []
        case .suspend:
            return [.suspend]
        case .nextPane:
            state.focus = state.focus.next
            return []
        case .previousPane:
            state.focus = state.focus.previous
            return []
        case .focus(let pane):
            state.focus = pane
            return []
        case .browse:
            state.overlay = .browse(BrowseState())
            return []
        case .report:
            return [.loadReport(state.wheel.year, today: state.today, language: state.language)]
        case .zoom:
            state.zoomed.toggle()
            let name = state.focus == .wheel ? state.t(.paneWheel) : state.focus == .schools ? state.t(.paneSchools) : state.t(.paneNotebook)
            if state.zoomed { state.status = StatusMessage(state.t(.zoomOn, ["pane": name])) }
            NotebookReducer.clampScroll(&state)
            return []
        case .newDialogue:
            return StartReducer.newDialogue(&state, env)
        case .plan:
            // The same everywhere: the form starts from the selected school and, on the wheel, the month.
            if refuseIfReadOnly(&state) { return [] }
            state.overlay = .form(FormReducer.planForm(state, env))
            return []
        default:
            switch state.focus {
            case .wheel: return WheelReducer.command(command, &state, env)
            case .schools: return SchoolsReducer.command(command, &state, env)
            case .notebook: return NotebookReducer.command(command, &state, env)
            }
        }
    }

    /// Refuses a change when the store can only be read, saying why.
    static func refuseIfReadOnly(_ state: inout AppState) -> Bool {
        guard let reason = state.data.readOnlyReason ?? state.notebook.open?.readOnlyReason else { return false }
        state.status = StatusMessage(state.t(.readOnlyRefused, ["reason": ErrorText(state.t).readOnly(reason)]), kind: .error)
        return true
    }
}
