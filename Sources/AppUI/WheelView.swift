import AppCore
import Foundation
import TUIKit
import TillitDomain

/// The annual wheel: a ring of twelve month sectors (the school year from the top, clockwise),
/// coloured by phase, with the year's events as marks and today's place; beside or below it the
/// shown month's events. When the pane is too small for a round wheel, a strip of months.
enum WheelView {
    static func draw(_ state: AppState, _ rect: Rect, focused: Bool, _ canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        // The year's items, once per frame: every part of the pane draws from them.
        let items = WheelModel.items(state.wheel, data: state.data)
        // Beside: a wide pane has room for the list to the right of the wheel.
        if rect.width >= 70 {
            let wheelWidth = rect.width * 55 / 100
            let (left, right) = rect.splitLeft(wheelWidth)
            let radius = min((left.height - 3) / 2, (left.width - 11) / 4)
            if radius >= 5 {
                drawRound(
                    state, items,
                    Rect(
                        x: left.x, y: left.y + max(0, (left.height - (2 * radius + 3)) / 2), width: left.width,
                        height: 2 * radius + 3), radius: radius, &canvas)
                MonthList.draw(
                    state, items, Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height),
                    focused: focused, &canvas)
                return
            }
        }
        let radius = min((rect.height - 8) / 2, (rect.width - 11) / 4)
        if radius >= 5 {
            let (top, bottom) = rect.splitTop(2 * radius + 3)
            drawRound(state, items, top, radius: radius, &canvas)
            MonthList.draw(state, items, bottom, focused: focused, &canvas)
        } else {
            let used = drawStrip(state, items, rect, &canvas)
            MonthList.draw(
                state, items, Rect(x: rect.x, y: rect.y + used, width: rect.width, height: rect.height - used),
                focused: focused, &canvas)
        }
    }

    /// The role of a month sector: selected, its phase's colour, or the bare ring.
    static func sectorRole(_ index: Int, _ state: AppState) -> Role {
        if index == state.wheel.monthIndex { return .wheelSelected }
        let month = state.wheel.year.months(startMonth: state.data.wheel.schoolYearStartMonth)[index].month
        guard let phase = WheelModel.phaseIndex(month: month, data: state.data) else { return .wheelRing }
        return [Role.wheelPhase1, .wheelPhase2, .wheelPhase3, .wheelPhase4, .wheelPhase5][phase % 5]
    }

    /// Where in the year (0 at the top, 1 a full turn) a date falls.
    static func turn(of date: LocalDate, _ state: AppState) -> Double? {
        let start = state.data.wheel.schoolYearStartMonth
        guard state.wheel.year.contains(date, startMonth: start) else { return nil }
        let index = WheelPaneState.index(of: date.month, startMonth: start)
        let days = LocalDate.daysIn(month: date.month, year: date.year)
        return (Double(index) + (Double(date.day) - 0.5) / Double(days)) / 12
    }

    /// The items of the shown month, out of the year's.
    static func inMonth(_ items: [WheelItem], _ state: AppState) -> [WheelItem] {
        let m = WheelModel.month(state.wheel, data: state.data)
        return items.filter { $0.when.firstDay.month == m.month && $0.when.firstDay.year == m.year }
    }

    static func drawRound(_ state: AppState, _ items: [WheelItem], _ rect: Rect, radius: Int, _ canvas: inout Canvas) {
        let t = state.t
        let cx = rect.x + rect.width / 2
        let cy = rect.y + radius + 1
        let outer = Double(radius)
        let inner = Double(radius) * 0.6
        for y in (cy - radius)...(cy + radius) {
            for x in (cx - 2 * radius - 1)...(cx + 2 * radius + 1) {
                let dx = Double(x - cx) / 2
                let dy = Double(y - cy)
                let d = (dx * dx + dy * dy).squareRoot()
                guard d <= outer + 0.35, d >= inner - 0.35 else { continue }
                var angle = atan2(dx, -dy)
                if angle < 0 { angle += 2 * .pi }
                let index = min(11, Int(angle / (2 * .pi) * 12))
                let role = sectorRole(index, state)
                canvas.set(x, y, role == .wheelRing ? "·" : " ", role: role)
            }
        }
        // Events and dialogues as marks in the middle of the ring.
        let middle = (outer + inner) / 2
        func point(_ turn: Double, _ r: Double) -> (Int, Int) {
            let a = turn * 2 * .pi
            return (cx + Int((sin(a) * r * 2).rounded()), cy + Int((-cos(a) * r).rounded()))
        }
        for item in items {
            guard let turn = turn(of: item.when.firstDay, state) else { continue }
            let (x, y) = point(turn, middle)
            let planned = item.dialogue?.status == .planned
            canvas.set(x, y, planned ? "○" : "●", role: .wheelEvent)
        }
        if let turn = turn(of: state.today, state) {
            let (x, y) = point(turn, inner - 1)
            canvas.set(x, y, "◆", role: .wheelToday)
        }
        // Month names around the ring.
        let months = state.wheel.year.months(startMonth: state.data.wheel.schoolYearStartMonth)
        for (i, m) in months.enumerated() {
            let (x, y) = point((Double(i) + 0.5) / 12, outer + 1.3)
            let name = t.monthShort(m.month)
            let isToday = m.month == state.today.month && m.year == state.today.year
            let role: Role = i == state.wheel.monthIndex ? .wheelSelected : isToday ? .wheelToday : .wheelMonth
            canvas.text(name, x: x - DisplayWidth.of(name) / 2, y: y, role: role)
        }
        // The centre: the year, the month, how many items.
        let m = months[state.wheel.monthIndex]
        let count = inMonth(items, state).count
        let centre = [
            (state.wheel.year.text, Role.wheelCenter), (t.monthName(m.month), .text),
            (count > 0 ? "\(count) ●" : "", .dim),
        ]
        for (i, (text, role)) in centre.enumerated() {
            canvas.text(text, x: cx - DisplayWidth.of(text) / 2, y: cy - 1 + i, role: role)
        }
    }

    /// Twelve months in a row (or two rows of six), with a line of marks; returns the rows used.
    static func drawStrip(_ state: AppState, _ items: [WheelItem], _ rect: Rect, _ canvas: inout Canvas) -> Int {
        let t = state.t
        let months = state.wheel.year.months(startMonth: state.data.wheel.schoolYearStartMonth)
        let perRow = rect.width >= 12 * 4 ? 12 : 6
        let cell = max(3, min(6, rect.width / perRow))
        for (i, m) in months.enumerated() {
            let row = i / perRow
            let x = rect.x + (i % perRow) * cell
            let y = rect.y + row * 2
            let role = sectorRole(i, state)
            canvas.fill(Rect(x: x, y: y, width: cell - 1, height: 1), role: role == .wheelRing ? .text : role)
            canvas.text(
                t.monthShort(m.month), x: x, y: y, role: role == .wheelRing ? .wheelMonth : role,
                maxWidth: cell - 1)
            let marks = items.filter { $0.when.firstDay.month == m.month && $0.when.firstDay.year == m.year }.count
            let isToday = m.month == state.today.month && m.year == state.today.year
            let markText =
                (isToday ? "◆" : "") + String(repeating: "•", count: min(marks, cell - 1 - (isToday ? 1 : 0)))
            canvas.text(markText, x: x, y: y + 1, role: isToday ? .wheelToday : .wheelEvent, maxWidth: cell - 1)
        }
        return (12 / perRow) * 2 + 1
    }
}

/// The shown month's events and dialogues, one per line, the selected one marked.
enum MonthList {
    static func draw(_ state: AppState, _ all: [WheelItem], _ rect: Rect, focused: Bool, _ canvas: inout Canvas) {
        guard rect.height > 0 else { return }
        let t = state.t
        let m = WheelModel.month(state.wheel, data: state.data)
        let items = WheelView.inMonth(all, state)
        let monthName = "\(t.monthName(m.month)) \(m.year)"
        canvas.line(
            monthName.prefix(1).uppercased() + monthName.dropFirst(), x: rect.x, y: rect.y, width: rect.width,
            role: .header)
        var y = rect.y + 1
        let phases = state.data.wheel.phases(covering: m.month).map(\.name)
        if !phases.isEmpty, y < rect.maxY {
            canvas.line(phases.joined(separator: " · "), x: rect.x, y: y, width: rect.width, role: .dim)
            y += 1
        }
        if items.isEmpty, y < rect.maxY {
            // An empty month says so, and the rest of the year still shows below.
            for line in Wrap.lines(t(.noEventsInMonth, ["month": t.monthName(m.month)]), width: rect.width)
            where y < rect.maxY {
                canvas.line(line, x: rect.x, y: y, width: rect.width, role: .dim)
                y += 1
            }
        } else {
            let selected = min(state.wheel.itemIndex, items.count - 1)
            let visible = rect.maxY - y
            let first = ListWindow.first(selected: selected, count: items.count, visible: visible)
            for (i, item) in items.enumerated().dropFirst(first) where y < rect.maxY {
                let role: Role = i == selected ? (focused ? .selection : .selectionDim) : .text
                row(item, state, rect, y: y, role: role, &canvas)
                y += 1
            }
        }
        // Room to spare: what comes in the rest of the school year, quieter.
        let months = state.wheel.year.months(startMonth: state.data.wheel.schoolYearStartMonth)
        for later in months.dropFirst(state.wheel.monthIndex + 1) {
            let laterItems = all.filter { $0.when.firstDay.month == later.month && $0.when.firstDay.year == later.year }
            guard !laterItems.isEmpty, y + 2 < rect.maxY else { continue }
            y += 1
            canvas.line(
                t.monthName(later.month).prefix(1).uppercased() + t.monthName(later.month).dropFirst(),
                x: rect.x, y: y, width: rect.width, role: .dim)
            y += 1
            for item in laterItems where y < rect.maxY {
                row(item, state, rect, y: y, role: .dim, &canvas)
                y += 1
            }
        }
    }

    /// One item: day, week, mark and title.
    static func row(_ item: WheelItem, _ state: AppState, _ rect: Rect, y: Int, role: Role, _ canvas: inout Canvas) {
        let t = state.t
        let when: String
        switch item.when {
        case .date(let d):
            when =
                "\(Padded.spaces(d.day, 2)) \(t.monthShort(d.month))  "
                + DisplayWidth.pad(t.week(d.isoWeek), to: 7)
        case .week(let w): when = "        " + DisplayWidth.pad(t.week(w), to: 7)
        }
        let title: String
        if let e = item.event {
            title = e.title
        } else if let d = item.dialogue {
            let time = d.startTime.map { " " + t.time($0) } ?? ""
            let kind = t.eventKind(.dialogue).capitalizedFirst
            title = "\(kind): \(state.data.subject(of: d))\(time) (\(t.status(d.status)))"
        } else if let a = item.due, let d = item.dueIn {
            // Past its date it says so first: a narrow list cuts the end of a line.
            title = t(
                a.isOverdue(on: state.today) ? .wheelActionOverdue : .wheelActionDue,
                ["text": a.text, "subject": state.data.subject(of: d)])
        } else {
            title = ""
        }
        let mark = item.due != nil ? "☐" : item.dialogue?.status == .planned ? "○" : "●"
        let overdue = item.due?.isOverdue(on: state.today) == true
        canvas.line(
            "\(when)  \(mark) \(title)", x: rect.x, y: y, width: rect.width,
            role: overdue && role == .text ? .warning : role)
        if role == .text { canvas.restyle(Rect(x: rect.x, y: y, width: DisplayWidth.of(when), height: 1), role: .dim) }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
