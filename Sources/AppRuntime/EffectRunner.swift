import AppCore
import TillitDomain
import TillitStore
import TUIKit

/// Carries out the reducer's effects on the store and the terminal, and reports back as actions.
public final class EffectRunner {
    let store: Store
    let readOnlyReason: String?
    let describe: (StoreError) -> String

    /// `describe` words a store error for the user.
    public init(store: Store, readOnlyReason: String?, describe: @escaping (StoreError) -> String) {
        self.store = store
        self.readOnlyReason = readOnlyReason
        self.describe = describe
    }

    var data: StoreData { StoreSnapshot.data(store, readOnlyReason: readOnlyReason) }

    public func perform(_ effect: AppEffect, terminal: TerminalIO?) -> [AppAction] {
        do {
            switch effect {
            case .loadDialogue(let id):
                do {
                    return [.dialogueLoaded(try store.dialogue(id))]
                } catch {
                    return [.loadFailed(describe(error))]
                }
            case .saveSchools(let doc):
                try store.saveSchools(doc)
                return [.saved(data, message: nil)]
            case .saveWheel(let wheel):
                try store.saveWheel(wheel)
                return [.saved(data, message: nil)]
            case .createDialogue(let dialogue):
                try store.saveDialogue(dialogue)
                return [.saved(data, message: nil)]
            case .suspend:
                terminal?.suspend()
                return []
            case .quit:
                return []
            }
        } catch {
            return [.saveFailed(describe(error), data)]
        }
    }
}
