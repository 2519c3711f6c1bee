import AppCore
import TUIKit
import TillitDomain

/// What a dialogue holds when it closes: notes per section, actions, questions asked and the
/// sections where none was asked.
enum CloseSummary {
    static func lines(_ state: AppState) -> [(String, Role)] {
        guard let d = state.notebook.open?.dialogue else { return [] }
        let t = state.t
        var out: [(String, Role)] = [(t(.summaryTitle), .section)]
        let perSection = SectionKind.allCases.map { s in
            "\(t.sectionShort(s)) \(d.notes.filter { $0.section == s }.count)"
        }
        out.append((perSection.joined(separator: " · "), .overlay))
        let questions = d.notes.filter { $0.kind == .question }
        out.append(
            (
                t(.summaryActions, ["count": String(d.actions.count)]) + " · "
                    + t(.summaryQuestions, ["count": String(questions.count)]), .overlay
            ))
        let silent = SectionKind.allCases.filter { s in !questions.contains { $0.section == s } }
        out.append(
            silent.isEmpty
                ? (t(.summaryAllQuestioned), .overlay)
                : (t(.summaryNoQuestion, ["sections": silent.map(t.sectionShort).joined(separator: ", ")]), .warning))
        return out
    }
}
