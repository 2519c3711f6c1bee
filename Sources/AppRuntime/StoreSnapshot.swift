import AppCore
import Foundation
import TillitDomain
import TillitStore

/// Turns an open store into the data the screen shows.
public enum StoreSnapshot {
    /// `readOnly`: why the screen may not write when the store itself does not say (another
    /// Tillit holds it).
    public static func data(_ store: Store, readOnly: ReadOnlyReason? = nil) -> StoreData {
        let own = store.readOnlyReason == .openedForReading ? nil : store.readOnlyReason
        var data = StoreData(
            storePath: displayPath(store.root), schoolList: store.schools, wheel: store.wheel,
            dialogues: store.dialogues, readOnlyReason: readOnly ?? own,
            unloadedStats: store.unloadedStats, historyPending: !store.isComplete)
        data.prompts = store.prompts
        data.agendas = store.agendas
        data.figures = store.figures
        return data
    }

    /// `/home/anna/.local/share/tillit` as `~/.local/share/tillit`.
    public static func displayPath(_ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"])
        -> String
    {
        if let home, !home.isEmpty, home != "/", path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }
}
