import Foundation
import TillitDomain

extension Store {
    /// Creates a new store with `content` at `root` (which must not hold a store yet).
    public static func create(at root: String, content: StoreContent) throws(StoreError) {
        let layout = StoreLayout(root: root)
        if layout.exists(StoreLayout.manifestFile) { throw .alreadyExists(layout.root) }
        // Only an empty folder (or none) becomes a store: a home folder or a file given by
        // mistake is never made private, let alone filled.
        var st = stat()
        if stat(layout.root, &st) == 0 {  // the store's own folder may be reached through a link
            let kind = SpecialFile(mode: st.st_mode)
            if kind != .folder || !DurableFile.names(in: RescueFolder.canonical(layout.root)).isEmpty {
                throw .notEmptyFolder(layout.root, kind)
            }
        }
        do {
            try DurableFile.makeFolder(RescueFolder.canonical(layout.root))
            try DurableFile.makeFolder(layout.dialogues)
        } catch {
            throw .file(error)
        }
        let store = try open(layoutWithoutManifest: layout)
        try store.saveSchools(content.schools)
        try store.saveWheel(content.wheel)
        try store.writeFile(PromptsDocument(bank: DefaultPrompts.bank), to: StoreLayout.promptsFile)
        try store.writeFile(AgendasDocument(templates: AgendaTemplate.defaults), to: StoreLayout.agendasFile)
        try store.saveFigures(content.figures)
        for d in content.dialogues { try store.saveDialogue(d) }
        // The manifest comes last: a folder without one is not yet a store.
        try store.writeFile(Manifest(), to: StoreLayout.manifestFile)
        store.close()
    }

    static func open(layoutWithoutManifest layout: StoreLayout) throws(StoreError) -> Store {
        switch StoreLock.acquire(layout.lock, command: "tillit init") {
        case .success(let lock):
            let store = Store(layout: layout, lock: lock, scope: .everything)
            store.problems = []
            store.readOnlyReason = nil
            return store
        case .failure(.inUse(let holder)): throw .inUse(holder)
        case .failure(.file(let e)): throw .file(e)
        }
    }
}
