import AppCore
import TUIKit
import TillitDomain

/// A yes/no question: j or y (or Enter) says yes, n or Esc no.
enum ConfirmView {
    static func draw(_ c: Confirmation, _ state: AppState, _ canvas: inout Canvas) {
        let t = state.t
        let width = min(64, state.size.width - 4)
        let text = Wrap.lines(c.question, width: width - 4)
        let inner = OverlayBox.draw(
            width: width, height: text.count + 4, title: t(c.title), in: state.size, &canvas)
        for (i, line) in text.enumerated() { canvas.text(line, x: inner.x + 1, y: inner.y + i, role: .overlay) }
        // The answers as the key table has them: yes, the second yes when there is one, no.
        let yes = state.language == .sv ? "j" : "y"
        var answers = ["\(yes)/Enter = \(t(.keyYes))"]
        if c.alternative != nil { answers.append("a = \(t(c.alternativeWord))") }
        answers.append("n/Esc = \(t(.keyNo))")
        let answer = answers.joined(separator: " · ")
        canvas.text(answer, x: inner.x + 1, y: inner.maxY - 1, role: .helpKey)
    }
}
