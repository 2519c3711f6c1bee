import TillitDomain

/// Syncing a shared store from the screen (`S`): it runs in the background, typing never waits;
/// what came of it is said in the status line, and what came in is on the screen.
enum SyncReducer {
    static func start(_ state: inout AppState) -> [AppEffect] {
        guard state.sharing.shared else {
            state.status = StatusMessage(ErrorText(state.t).share(.notShared), kind: .warning)
            return []
        }
        if GlobalReducer.refuseIfReadOnly(&state) { return [] }
        guard !state.sharing.syncing else { return [] }
        state.sharing.syncing = true
        state.status = StatusMessage(state.t(.syncRunning))
        return [.sync]
    }

    static func finished(_ report: SyncReport, _ data: StoreData?, conflicts: Int, _ state: inout AppState)
        -> [AppEffect]
    {
        let t = state.t
        state.sharing.syncing = false
        if let data {
            state.data = data
            SchoolsReducer.keepSelectionVisible(&state)
        }
        // The open dialogue as the merge left it, what was typed since replayed over it.
        var effects: [AppEffect] = []
        if let id = state.notebook.open?.dialogue.id, report.receivedDialogues.contains(id) {
            effects.append(.loadDialogue(id, intent: .reload))
        }
        if let problem = report.problem {
            state.status = StatusMessage(ErrorText(t).share(problem), kind: .error)
            return effects
        }
        // Only what happened is said: "Synkat: 2 hämtade.", or that all was shared already.
        var parts: [String] = []
        if !report.sent.isEmpty { parts.append(t(.syncSentCount, ["count": String(report.sent.count)])) }
        if !report.received.isEmpty { parts.append(t(.syncReceivedCount, ["count": String(report.received.count)])) }
        var text = parts.isEmpty ? t(.syncNothing) : t(.syncDoneShort, ["what": t.list(parts)])
        if !report.keptAside.isEmpty {
            text += " " + t(.syncKeptAsideScreen, ["count": String(report.keptAside.count)])
        }
        if conflicts > 0 { text += " " + t(.syncConflictsScreen, ["count": String(conflicts)]) }
        state.status = StatusMessage(text, kind: conflicts > 0 || !report.keptAside.isEmpty ? .warning : .info)
        return effects
    }

    /// The open dialogue as the merge left it (its journal replayed over it): what is on the
    /// screen (the editor, the selection) stays.
    static func reloaded(_ d: Dialogue, _ state: inout AppState) {
        guard state.notebook.open?.dialogue.id == d.id else { return }
        state.notebook.open?.dialogue = d
    }
}
