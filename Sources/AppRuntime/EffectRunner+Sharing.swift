import AppCore
import TillitStore

/// Syncing a shared store from the screen: begun on the run loop's thread (journals folded,
/// committed), the network on the sharing thread, the merge back here.
extension EffectRunner {
    func beginSync() -> [AppAction] {
        guard let sharing else { return [] }
        // Set when this sync begins (not when one is running already and this one is refused).
        let failed = sharing.begin { syncChangedStore = journals.foldAll(in: store) { _, _ in } }
        return failed.map { [.syncFinished($0, syncChangedStore ? data : nil, conflicts: 0)] } ?? []
    }

    func pollSharing() -> [AppAction] {
        guard let sharing else { return [] }
        var actions: [AppAction] = []
        if let n = sharing.takeCount() { actions.append(.shareCounted(n)) }
        let finished = sharing.poll {
            // A merge brought files in: the store is read again (the index brought up to date for
            // them); the earlier school years being read are in it already.
            store = store.reopened(scope: .everything)
            history?.historyTaken = true
            syncChangedStore = true
        }
        if let report = finished {
            // The screen's data of the whole store is made again only when the sync changed the
            // store (a journal folded, files came in): on a large store that is a wait of tens of
            // milliseconds for the next key.
            actions.append(.syncFinished(report, syncChangedStore ? data : nil, conflicts: store.conflictCount))
        }
        return actions
    }

    /// Counts, in the background, the changes not yet shared (when the store is shared).
    public func countNotShared() { sharing?.requestCount() }

}
