import AppCore
import TUIKit
import TextEditor
import TillitDomain
import TillitExport

/// A live dialogue: the sections as a path (strengths first), the current section's notes with
/// follow-ups nested under the note they dig into, and the editor while a note is written.
enum LiveView {
    /// `body`: the section's lines (`bodyLines`) when the memo kept them; else they are made.
    static func draw(
        _ state: AppState, _ open: OpenDialogue, _ rect: Rect, focused: Bool, body: [Line]? = nil,
        _ canvas: inout Canvas
    ) -> (x: Int, y: Int)? {
        let t = state.t
        let d = open.dialogue
        var y = rect.y
        let subject = state.data.subject(of: DialogueSummary(d, fingerprint: nil))
        canvas.line(
            " \(subject) · \(t.longDate(d.date)) · \(t.status(d.status))", x: rect.x, y: y, width: rect.width,
            role: .title)
        y += 1
        if let clock = d.clock {
            // Time in the section and in the meeting against the agenda; over time turns the timer colour.
            let spent = clock.elapsed(open.section, now: state.now)
            let planned = (clock.agendaMinutes[open.section] ?? 0) * 60
            let total = clock.total(now: state.now)
            var text =
                " "
                + t(
                    .clockLine,
                    [
                        "section": t.sectionShort(open.section), "spent": DialogueClock.format(spent),
                        "planned": DialogueClock.format(planned), "total": DialogueClock.format(total),
                        "agenda": DialogueClock.format(clock.agendaTotalMinutes * 60),
                    ])
            // How far over its minutes the section is, and the meeting over the agenda, in words
            // that cannot be misread (colour alone says nothing to some).
            let sectionOver = planned > 0 ? DialogueClock.minutesOver(spent, planned) : 0
            if sectionOver > 0 { text += " · " + t(.clockSectionOver, ["minutes": String(sectionOver)]) }
            let agendaOver = DialogueClock.minutesOver(total, clock.agendaTotalMinutes * 60)
            if agendaOver > 0 { text += " · " + t(.clockOver, ["minutes": String(agendaOver)]) }
            if !clock.isRunning { text += " · " + t(.pausedMark) }
            let over = (planned > 0 && spent > planned) || agendaOver > 0
            canvas.line(text, x: rect.x, y: y, width: rect.width, role: over ? .timerOver : .timer)
            y += 1
        }
        // The path through the sections.
        var x = rect.x + 1
        for (i, section) in SectionKind.allCases.enumerated() {
            let count = d.notes.filter { $0.section == section }.count
            let label = "\(i + 1) \(t.sectionShort(section))" + (count > 0 ? " \(count)" : "")
            let role: Role = section == open.section ? .tabActive : .tab
            if x + DisplayWidth.of(label) + 3 > rect.maxX { break }
            x += canvas.text(label, x: x, y: y, role: role)
            if i < SectionKind.allCases.count - 1 { x += canvas.text(" › ", x: x, y: y, role: .dim) }
        }
        y += 1
        canvas.line(" " + t.section(open.section), x: rect.x, y: y, width: rect.width, role: .section)
        y += 1
        // The editor takes the bottom when open.
        var editorRect: Rect?
        // Where the note being written breaks into lines (kept by the editor as it changes).
        let editorLines = open.editor?.buffer.lineStarts(width: PaneGeometry.editorWidth(in: rect)) ?? []
        if open.editor != nil {
            let height = min(max(3, editorLines.count + 2), max(3, (rect.maxY - y) / 2))
            editorRect = Rect(x: rect.x, y: rect.maxY - height, width: rect.width, height: height)
        }
        // Follow-up questions for the moment, above the editor (or the bottom).
        var bottom = editorRect?.y ?? rect.maxY
        let suggestions = open.editor == nil ? LiveReducer.suggestions(state) : []
        if !suggestions.isEmpty, bottom - y > suggestions.count + 6 {
            let top = bottom - suggestions.count - 1
            canvas.line(" " + t(.promptsPanel), x: rect.x, y: top, width: rect.width, role: .dim)
            for (i, p) in suggestions.enumerated() {
                canvas.line(
                    "  ? " + p.text(state.language), x: rect.x, y: top + 1 + i, width: rect.width, role: .noteQuestion)
            }
            bottom = top
        }
        let notesBottom = bottom
        let lines = body ?? bodyLines(state, open, width: rect.width - 2)
        if lines.isEmpty, y < notesBottom {
            canvas.text(" " + t(.noNotes), x: rect.x, y: y, role: .dim)
        }
        let visible = notesBottom - y
        // The selected note in view; with none selected here, the section from its top (its figures).
        let selectedLine = lines.lastIndex { $0.noteID == open.selectedNoteID && $0.first } ?? 0
        let first = ListWindow.first(selected: selectedLine, count: lines.count, visible: visible)
        for line in lines.dropFirst(first) where y < notesBottom {
            let selected = line.noteID != nil && line.noteID == open.selectedNoteID && open.editor == nil
            let role: Role = selected ? (focused ? .selection : .selectionDim) : line.role
            if selected { canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: role) }
            canvas.text(
                line.text, x: rect.x + 1 + line.indent, y: y, role: role, maxWidth: rect.width - 2 - line.indent)
            y += 1
        }
        guard let editor = open.editor, let box = editorRect else { return nil }
        return drawEditor(state, open, editor, editorLines, box, &canvas)
    }

    /// The section's lines, wrapped to `width`: its notes, with the figures and the actions
    /// followed up above them in the results, and the actions of the way forward under them.
    static func bodyLines(_ state: AppState, _ open: OpenDialogue, width: Int) -> [Line] {
        let t = state.t
        let d = open.dialogue
        var lines = noteLines(open, width: width, t: t)
        if open.section == .forward { lines += actionLines(d, width: width, t: t, today: state.today) }
        if open.section == .results {
            lines = figureLines(state, d, width: width) + reviewLines(d, width: width, t: t) + lines
        }
        return lines
    }

    /// Everything `bodyLines` reads: equal inputs, equal lines. A letter typed in a note changes
    /// none of it, so the memo keeps the lines (wrapping every note of a section for every key
    /// was most of a key's work in a section of some notes).
    struct BodyInputs: Equatable {
        var notes: [Note]
        var actions: [ActionItem]
        var reviewed: [ReviewedAction]?
        var section: SectionKind
        var figures: FigureMemo?
        var width: Int
        var language: Language
        var today: LocalDate

        init(_ state: AppState, _ open: OpenDialogue, width: Int) {
            notes = open.dialogue.notes
            actions = open.dialogue.actions
            reviewed = open.dialogue.reviewedActions
            section = open.section
            figures = open.figures
            self.width = width
            language = state.language
            today = state.today
        }
    }

    struct Line: Equatable {
        var text: String
        var indent: Int
        var role: Role
        var noteID: String?
        var first: Bool
    }

    static func noteLines(_ open: OpenDialogue, width: Int, t: Localizer) -> [Line] {
        var out: [Line] = []
        for (note, depth) in open.sectionNotes {
            let indent = depth * 3
            var text = note.lead(t) + note.text
            if note.internalOnly { text += " (\(t(.internalMark)))" }
            let mark = depth == 0 ? "• " : "↳ "
            for (i, piece) in Wrap.lines(text, width: max(8, width - indent - 2)).enumerated() {
                out.append(
                    Line(
                        text: (i == 0 ? mark : "  ") + piece, indent: indent,
                        role: DialogueLayout.noteRole(note.kind), noteID: note.id, first: i == 0))
            }
            if !note.tags.isEmpty {
                out.append(
                    Line(
                        text: "  " + note.tags.map { "#" + $0 }.joined(separator: " "), indent: indent, role: .dim,
                        noteID: note.id, first: false))
            }
        }
        return out
    }

    /// The school's figures over five years, where the conversation about results starts.
    static func figureLines(_ state: AppState, _ d: Dialogue, width: Int) -> [Line] {
        guard let table = state.notebook.open?.figures?.table else { return [] }
        return DialogueLayout.figureLines(table, width: width, indent: 0).map { l in
            Line(text: l.text, indent: l.indent, role: l.pieces.first?.1 ?? .text, noteID: nil, first: false)
        }
    }

    /// Earlier actions followed up in this dialogue, at the top of the results and follow-up.
    static func reviewLines(_ d: Dialogue, width: Int, t: Localizer) -> [Line] {
        guard let reviewed = d.reviewedActions, !reviewed.isEmpty else { return [] }
        var out = [Line(text: t(.reviewedTitle), indent: 0, role: .section, noteID: nil, first: false)]
        for r in reviewed {
            let text = "\(r.text) → \(t.actionStatus(r.status))" + (r.comment.isEmpty ? "" : ": \(r.comment)")
            for (i, piece) in Wrap.lines(text, width: max(8, width - 2)).enumerated() {
                out.append(
                    Line(
                        text: (i == 0 ? "↺ " : "  ") + piece, indent: 0,
                        role: r.status.isOpen ? .actionOpen : .actionDone, noteID: nil, first: false))
            }
        }
        out.append(Line(text: "", indent: 0, role: .text, noteID: nil, first: false))
        return out
    }

    /// The actions of the way forward, under its notes.
    static func actionLines(_ d: Dialogue, width: Int, t: Localizer, today: LocalDate) -> [Line] {
        guard !d.actions.isEmpty else { return [] }
        var out = [
            Line(text: "", indent: 0, role: .text, noteID: nil, first: false),
            Line(text: t(.labelActions), indent: 0, role: .section, noteID: nil, first: false),
        ]
        for a in d.actions {
            var details = [a.statusWords(t, on: today)]
            if let owner = a.owner { details.append(owner) }
            if let due = a.due { details.append("\(t(.labelDue)) \(due.iso)") }
            if !a.tags.isEmpty { details.append(a.tags.map { "#" + $0 }.joined(separator: " ")) }
            for (i, piece) in Wrap.lines(a.text, width: max(8, width - 2)).enumerated() {
                out.append(
                    Line(text: (i == 0 ? "☐ " : "  ") + piece, indent: 0, role: .actionOpen, noteID: nil, first: false))
            }
            out.append(
                Line(
                    text: "  " + details.joined(separator: " · "), indent: 0,
                    role: a.isOverdue(on: today) ? .warning : .dim, noteID: nil, first: false))
        }
        return out
    }

    static func drawEditor(
        _ state: AppState, _ open: OpenDialogue, _ editor: NoteEditorState,
        _ lines: [Int], _ box: Rect, _ canvas: inout Canvas
    ) -> (x: Int, y: Int)? {
        let t = state.t
        let draft = editor.draft
        var title: String
        if let parent = draft.parentID, let note = open.dialogue.notes.first(where: { $0.id == parent }) {
            title = t(.followUpTo, ["text": DisplayWidth.truncate(note.text, to: 30)]) + " · " + t.noteKind(draft.kind)
        } else if draft.editingID != nil {
            title = t(.editingNote, ["kind": t.noteKind(draft.kind)])
        } else {
            title = t(.newNoteIn, ["section": t.sectionShort(draft.section), "kind": t.noteKind(draft.kind)])
        }
        title += " · " + (draft.speaker.map { t(.speakerLabel, ["name": $0]) } ?? t(.noSpeaker))
        // An internal note says so first, where a narrow screen still shows it.
        if draft.isInternal == true { title = t(.internalMark).uppercased() + " · " + title }
        canvas.fill(box, role: .input)
        canvas.box(box, role: .borderFocused, title: title, titleRole: .titleFocused)
        let inner = box.inset(1)
        let (cursorLine, cursorColumn) = editor.buffer.cursorPosition(in: lines)
        let first = max(0, cursorLine - inner.height + 1)
        // Only the lines in view are made into text.
        for (i, n) in (first..<lines.count).enumerated() where i < inner.height {
            canvas.text(editor.buffer.line(n, of: lines), x: inner.x + 1, y: inner.y + i, role: .input)
        }
        return (inner.x + 1 + cursorColumn, inner.y + cursorLine - first)
    }
}
