import Foundation
import TillitDomain

/// `doctor`'s check of one dialogue file: decoded in full (unless its exact bytes were found
/// sound before, `CheckedFiles`), its ids, its school and area, its notes' ids, its merge
/// conflicts and its deepest thread. Runs on many threads at once.
struct DialogueCheck: Sendable {
    let layout: StoreLayout
    /// The school list's ids, or nil when the list cannot be read (then every dialogue would
    /// seem to name an unknown school: that is one problem, not hundreds).
    let schoolIDs: Set<String>?
    let areaIDs: Set<String>?
    let memory: CheckedFiles
    let known = KnownKeys()

    struct Outcome: Sendable {
        /// What is wrong with the dialogue.
        var found: [StoreProblem] = []
        /// What reading the file found.
        var read: [StoreProblem] = []
        /// What to remember of a file with nothing wrong of its own.
        var sound: CheckedFiles.Entry?
    }

    func run(_ id: String) -> Outcome {
        let relative = StoreLayout.dialogueFile(id)
        var out = Outcome()
        let bytes: [UInt8]
        do {
            bytes = try layout.read(relative)
        } catch let e as FileError {
            out.read.append(StoreProblem(file: relative, kind: .of(e)))
            return out
        } catch {
            return out
        }
        let hash = ContentHash.of(bytes)
        if let entry = memory.entries[id], entry.hash == hash {
            out.found = references(relative, schoolID: entry.schoolID, areaID: entry.areaID)
            out.sound = entry
            return out
        }
        let d: Dialogue
        switch DocumentReader.decode(DialogueDocument.self, from: bytes, file: relative, known: known) {
        case .success(let doc): d = doc.dialogue
        case .failure(let p):
            out.read.append(p)
            return out
        }
        var own: [StoreProblem] = []
        if d.id != id {
            own.append(
                StoreProblem(
                    file: relative, place: .init(path: "dialogue.id"), kind: .invalidValue("id \(d.id) ≠ \(id)")))
        }
        let mismatch = own
        let (sharedIDs, depth) = d.sharedIDsAndDeepestThread
        for id in sharedIDs { own.append(StoreProblem(file: relative, kind: .duplicateID(id))) }
        if let n = d.conflicts?.count, n > 0 {
            own.append(StoreProblem(file: relative, kind: .mergeConflicts(count: n)))
        }
        if depth > Dialogue.maxShownDepth {
            own.append(
                StoreProblem(file: relative, kind: .threadTooDeep(depth: depth, limit: Dialogue.maxShownDepth)))
        }
        if own.isEmpty { out.sound = .init(hash: hash, schoolID: d.schoolID, areaID: d.areaID) }
        // In the order they are listed: the id, the references, the rest.
        out.found =
            mismatch + references(relative, schoolID: d.schoolID, areaID: d.areaID) + own.dropFirst(mismatch.count)
        return out
    }

    /// A school or an area the school list does not know.
    func references(_ relative: String, schoolID: String?, areaID: String?) -> [StoreProblem] {
        var out: [StoreProblem] = []
        if let schoolIDs, let s = schoolID, !schoolIDs.contains(s) {
            out.append(StoreProblem(file: relative, place: .init(path: "dialogue.schoolID"), kind: .unknownSchool(s)))
        }
        if let areaIDs, let a = areaID, !areaIDs.contains(a) {
            out.append(StoreProblem(file: relative, place: .init(path: "dialogue.areaID"), kind: .unknownArea(a)))
        }
        return out
    }
}
