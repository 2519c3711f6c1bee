import TUIKit
import TillitDomain

/// A new school year's plan over the panes: read it, then plan it all (Enter) or not (Esc).
public enum YearPlanReducer {
    /// The plan's lines, as the box shows them.
    public static func lines(_ plan: YearPlan, _ state: AppState) -> [String] {
        let t = state.t
        return plan.entries.map { e in
            t(
                .yearPlanLine,
                [
                    "when": t.when(e.dialogue.when),
                    "subject": state.data.subject(of: DialogueSummary(e.dialogue, fingerprint: nil)),
                    "facilitators": e.dialogue.facilitators.joined(separator: ", "),
                ])
        }
    }

    static func command(_ command: Command, _ state: inout AppState) -> [AppEffect]? {
        guard case .yearPlan(let plan, var scroll) = state.overlay else { return nil }
        let visible = max(1, state.size.height - 8)
        switch command {
        case .up: scroll.scroll(by: -1, count: plan.entries.count, visible: visible)
        case .down: scroll.scroll(by: 1, count: plan.entries.count, visible: visible)
        case .cancel:
            state.overlay = nil
            state.status = StatusMessage(state.t(.cancelled))
            return []
        case .accept:
            state.overlay = nil
            for e in plan.entries { state.data.dialogues.append(DialogueSummary(e.dialogue, fingerprint: nil)) }
            state.data.dialogues.sort(by: DialogueSummary.newestFirst)
            state.wheel.year = plan.year
            state.status = StatusMessage(
                state.t(.yearPlanDone, ["count": String(plan.entries.count), "year": plan.year.text]))
            return plan.entries.map { .createDialogue($0.dialogue) }
        default:
            return nil
        }
        state.overlay = .yearPlan(plan, scroll)
        return []
    }
}
