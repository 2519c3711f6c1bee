import AppCore
import TUIKit
import TillitDomain

/// The notebook: the selected school's dialogues, or one dialogue in full.
enum NotebookView {
    /// `liveBody`: a live dialogue's section lines, when the memo kept them (`LiveView.bodyLines`).
    static func draw(
        _ state: AppState, _ rect: Rect, focused: Bool, liveBody: [LiveView.Line]? = nil, _ canvas: inout Canvas
    ) -> (x: Int, y: Int)? {
        let t = state.t
        if let open = state.notebook.open {
            if open.isLive { return LiveView.draw(state, open, rect, focused: focused, body: liveBody, &canvas) }
            return drawDialogue(state, open, rect, &canvas)
        }
        guard let school = state.selectedSchool else {
            for (i, l) in Wrap.lines(t(.noSchoolSelected), width: rect.width - 1).enumerated() where i < rect.height {
                canvas.text(l, x: rect.x + 1, y: rect.y + i, role: .dim)
            }
            return nil
        }
        let body = rect
        let list = NotebookList.dialogues(state)
        if list.isEmpty {
            let text =
                state.data.historyPending ? t(.historyLoading) : t(.noDialoguesForSchool, ["school": school.name])
            for (i, l) in Wrap.lines(text, width: body.width - 1).enumerated() where i < body.height {
                canvas.text(l, x: body.x + 1, y: body.y + i, role: .dim)
            }
            return nil
        }
        let selected = min(state.notebook.selectedIndex, list.count - 1)
        let first = ListWindow.first(selected: selected, count: list.count, visible: max(1, body.height / 2))
        var y = body.y
        // Only the dialogues in view are looked at (a school can have a hundred).
        for i in list.indices.dropFirst(first) {
            guard y < body.maxY else { break }
            // Field by field: a summary is 240 bytes, and a copy of it takes each of its texts.
            let isSelected = i == selected
            let role: Role = isSelected ? (focused ? .selection : .selectionDim) : .text
            // Each line is put together by appending (no interpolation, no joined arrays): the
            // list is drawn again for every move in the school list.
            let day = list[i].plannedWeek.map(t.weekAndYear) ?? list[i].date.iso
            let when = list[i].startTime.map { t.at(day, $0) } ?? day
            let dialogueStatus = list[i].status
            let status = t.status(dialogueStatus)
            var first = " "
            first.reserveCapacity(when.utf8.count + status.utf8.count + 3)
            first += when
            first += "  "
            first += status
            canvas.line(first, x: body.x, y: y, width: body.width, role: role)
            if !isSelected {
                let statusRole: Role = dialogueStatus == .closed ? .dim : dialogueStatus == .live ? .warning : .prompt
                canvas.restyle(
                    Rect(x: body.x + 3 + DisplayWidth.of(when), y: y, width: DisplayWidth.of(status), height: 1),
                    role: statusRole)
            }
            if y + 1 < body.maxY {
                var facts = "   "
                facts.reserveCapacity(80)
                facts += t(.schoolYearShort, ["year": list[i].schoolYear.text])
                facts += " · "
                facts += t(.notesShort, ["count": String(list[i].noteCount)])
                let open = list[i].openActionCount
                if open > 0 {
                    facts += " · "
                    facts += t(.openActionsShort, ["count": String(open)])
                }
                if let n = list[i].conflicts, n > 0 {
                    facts += " · "
                    facts += t(.conflictsShort, ["count": String(n)])
                }
                canvas.line(facts, x: body.x, y: y + 1, width: body.width, role: isSelected ? role : .dim)
            }
            y += 2
        }
        // Earlier school years still being read: say so under the list.
        if state.data.historyPending, y < body.maxY {
            canvas.line(" " + t(.historyLoading), x: body.x, y: y, width: body.width, role: .dim)
        }
        return nil
    }

    static func drawDialogue(_ state: AppState, _ open: OpenDialogue, _ rect: Rect, _ canvas: inout Canvas) -> (
        x: Int, y: Int
    )? {
        let t = state.t
        var body = PaneGeometry.document(in: rect)
        let lines = DialogueLayout.lines(state, width: body.width)
        var cursor: (x: Int, y: Int)?
        let query = open.find.text.lowercased()
        let findLine = open.finding || !query.isEmpty
        body.height = PaneGeometry.documentRows(in: rect, findLine: findLine)
        if findLine {
            let bar = Rect(x: rect.x, y: rect.maxY - 1, width: rect.width, height: 1)
            let label = t(.findPrompt) + ": "
            canvas.text(label, x: bar.x + 1, y: bar.y, role: .prompt)
            let lw = DisplayWidth.of(label) + 1
            let (visible, column) = open.find.visible(width: bar.width - lw - 1)
            canvas.line(visible, x: bar.x + lw, y: bar.y, width: bar.width - lw - 1, role: open.finding ? .input : .dim)
            if open.finding { cursor = (bar.x + lw + column, bar.y) }
        }
        let first = open.scroll.first(count: lines.count, visible: body.height)
        for row in 0..<body.height {
            let index = first + row
            guard index < lines.count else { break }
            let line = lines[index]
            var x = body.x + line.indent
            for (text, role) in line.pieces {
                x += canvas.text(text, x: x, y: body.y + row, role: role, maxWidth: body.maxX - x)
            }
            if !query.isEmpty { highlight(query, line, y: body.y + row, x: body.x + line.indent, &canvas) }
        }
        // A thin scroll bar when the dialogue is longer than the pane.
        if lines.count > body.height, body.height > 2 {
            let barHeight = max(1, body.height * body.height / lines.count)
            let maxScroll = lines.count - body.height
            let top = (body.height - barHeight) * first / max(1, maxScroll)
            for i in 0..<barHeight { canvas.set(rect.maxX - 1, body.y + top + i, "┃", role: .dim) }
        }
        return cursor
    }

    /// Marks every place the find text occurs on a line.
    static func highlight(_ query: String, _ line: DialogueLayout.Line, y: Int, x: Int, _ canvas: inout Canvas) {
        let chars = Array(line.text)
        let lower = chars.map { Character($0.lowercased()) }
        let q = Array(query)
        guard q.count <= lower.count else { return }
        var column = 0
        var i = 0
        while i < lower.count {
            if i + q.count <= lower.count, Array(lower[i..<(i + q.count)]) == q {
                let w = chars[i..<(i + q.count)].reduce(0) { $0 + DisplayWidth.of($1) }
                canvas.restyle(Rect(x: x + column, y: y, width: w, height: 1), role: .match)
            }
            column += DisplayWidth.of(chars[i])
            i += 1
        }
    }
}
