import AppCore
import Foundation
import TillitDomain
import TillitStore

/// Turns an open store into the data the screen shows.
public enum StoreSnapshot {
    public static func data(_ store: Store, readOnlyReason: String?) -> StoreData {
        var data = StoreData(storePath: displayPath(store.root), schoolList: store.schools, wheel: store.wheel,
                             dialogues: store.dialogues, readOnlyReason: readOnlyReason,
                             unloadedStats: store.unloadedStats, historyPending: !store.isComplete)
        data.prompts = store.prompts
        data.agendas = store.agendas
        return data
    }

    /// `/home/anna/.local/share/tillit` as `~/.local/share/tillit`.
    public static func displayPath(_ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        if let home, !home.isEmpty, home != "/", path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }
}
