import Foundation
import TillitDomain

/// Reads a store folder: the manifest, schools, wheel and index, refreshing the index from the
/// dialogue files that changed. Every problem is collected; one bad file never hides the rest.
struct StoreLoader {
    let layout: StoreLayout
    var problems: [StoreProblem] = []

    init(layout: StoreLayout) { self.layout = layout }

    /// Reads and decodes one file, recording any problem. `checkUnknownFields` protects files the
    /// program writes back; the index (a cache) skips it, which halves its cost.
    mutating func read<T: VersionedDocument>(_ type: T.Type, _ relative: String, checkUnknownFields: Bool = true) -> T? {
        let bytes: [UInt8]
        do {
            bytes = try DurableFile.contents(of: layout.path(relative))
        } catch let e as FileError {
            let kind: StoreProblem.Kind = e.code == ENOENT ? .missing : .unreadable(e.systemMessage)
            problems.append(StoreProblem(file: relative, kind: kind))
            return nil
        } catch {
            return nil
        }
        switch DocumentReader.decode(T.self, from: bytes, file: relative, checkUnknownFields: checkUnknownFields) {
        case .success(let v): return v
        case .failure(let p):
            problems.append(p)
            return nil
        }
    }

    /// The dialogue files present, by id, with their fingerprints.
    func listDialogueFiles() -> [String: FileFingerprint] {
        var out: [String: FileFingerprint] = [:]
        guard let dir = opendir(layout.dialogues) else { return out }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name.hasSuffix(".json"), !name.hasPrefix(".") else { continue }
            let id = String(name.dropLast(5))
            if let fp = FileFingerprint.of("\(layout.dialogues)/\(name)") { out[id] = fp }
        }
        return out
    }

    /// Brings the index up to date: keeps entries whose file is unchanged, decodes the rest.
    /// Returns the summaries and whether they differ from what the index file held.
    mutating func refreshIndex(_ index: IndexDocument?) -> (summaries: [DialogueSummary], changed: Bool) {
        let files = listDialogueFiles()
        var known: [String: DialogueSummary] = [:]
        for s in index?.dialogues ?? [] { known[s.id] = s }
        var out: [DialogueSummary] = []
        var changed = index == nil || known.count != (index?.dialogues.count ?? 0)
        for (id, fingerprint) in files {
            if let s = known[id], s.fingerprint == fingerprint {
                out.append(s)
                continue
            }
            changed = true
            let relative = StoreLayout.dialogueFile(id)
            guard let doc = read(DialogueDocument.self, relative) else { continue }
            if doc.dialogue.id != id {
                problems.append(StoreProblem(file: relative, place: .init(path: "dialogue.id"),
                                             kind: .invalidValue("id \(doc.dialogue.id) ≠ \(id)")))
                continue
            }
            out.append(DialogueSummary(doc.dialogue, fingerprint: fingerprint))
        }
        if known.keys.contains(where: { files[$0] == nil }) { changed = true }
        out.sort { ($0.date, $0.id) > ($1.date, $1.id) }
        return (out, changed)
    }

    /// Temporary files left by writes that were interrupted (the real files are intact).
    func leftoverTemporaries() -> [String] {
        var out: [String] = []
        for folder in ["", StoreLayout.dialoguesFolder] {
            let path = folder.isEmpty ? layout.root : layout.path(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            where name.contains(DurableFile.temporaryMarker) {
                out.append(folder.isEmpty ? name : "\(folder)/\(name)")
            }
        }
        return out.sorted()
    }
}
