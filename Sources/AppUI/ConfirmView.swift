import AppCore
import TUIKit
import TillitDomain

/// A yes/no question: j or y (or Enter) says yes, n or Esc no.
enum ConfirmView {
    static func draw(_ c: Confirmation, _ state: AppState, _ canvas: inout Canvas) {
        let t = state.t
        let width = min(64, state.size.width - 4)
        let text = Wrap.lines(c.question, width: width - 4)
        // The answers as the key table has them: yes, the second yes when there is one, no
        // (each said in words when there is a second yes); wrapped on a narrow screen.
        let yes = state.language == .sv ? "j" : "y"
        var answers = ["\(yes)/Enter = \(c.alternative == nil ? t(.keyYes) : c.yesWords(t))"]
        if c.alternative != nil { answers.append("a = \(t(c.alternativeWord))") }
        answers.append("n/Esc = \(c.alternative == nil ? t(.keyNo) : t(.keyCancel))")
        let answer = Wrap.lines(answers.joined(separator: " · "), width: width - 4)
        let inner = OverlayBox.draw(
            width: width, height: text.count + 3 + answer.count, title: t(c.title), in: state.size, &canvas)
        for (i, line) in text.enumerated() where inner.y + i < inner.maxY - answer.count {
            canvas.text(line, x: inner.x + 1, y: inner.y + i, role: .overlay)
        }
        for (i, line) in answer.enumerated() {
            canvas.text(line, x: inner.x + 1, y: inner.maxY - answer.count + i, role: .helpKey)
        }
    }
}
