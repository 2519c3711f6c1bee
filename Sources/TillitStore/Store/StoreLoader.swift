import Foundation
import TillitDomain

/// Reads a store folder's files. Every problem is collected; one bad file never hides the rest.
struct StoreLoader {
    let layout: StoreLayout
    var problems: [StoreProblem] = []

    init(layout: StoreLayout) { self.layout = layout }

    /// Reads and decodes one file, recording any problem. `checkUnknownFields` protects files the
    /// program writes back; the index (a cache) skips it, which halves its cost.
    mutating func read<T: VersionedDocument>(
        _ type: T.Type, _ relative: String, checkUnknownFields: Bool = true, known: KnownKeys? = nil
    ) -> T? {
        let bytes: [UInt8]
        do {
            bytes = try layout.read(relative)
        } catch let e as FileError {
            problems.append(StoreProblem(file: relative, kind: .of(e)))
            return nil
        } catch {
            return nil
        }
        switch DocumentReader.decode(
            T.self, from: bytes, file: relative, checkUnknownFields: checkUnknownFields, known: known)
        {
        case .success(let v): return v
        case .failure(let p):
            problems.append(p)
            return nil
        }
    }

    /// The ids of the dialogue files present (names only: nothing is stat'ed). A link in place of
    /// the folder is not followed.
    func dialogueFileIDs() -> [String] {
        DurableFile.stems(in: layout.dialogues, ending: ".json")
    }

    /// The school years that have an index file, with the files' fingerprints.
    func yearIndexFiles() -> [Int: FileFingerprint] {
        var out: [Int: FileFingerprint] = [:]
        for name in DurableFile.names(in: layout.path(StoreLayout.indexFolder)) {
            guard name.hasSuffix(".json"), let year = Int(name.dropLast(5)), (1900...9999).contains(year),
                let fp = FileFingerprint.of(layout.path(StoreLayout.yearIndexFile(year)))
            else { continue }
            out[year] = fp
        }
        return out
    }

    /// Reads one dialogue file for its summary, recording any problem.
    mutating func summary(of id: String) -> DialogueSummary? {
        let relative = StoreLayout.dialogueFile(id)
        // The fingerprint before reading: a file replaced meanwhile is read again next time.
        let fingerprint = FileFingerprint.of(layout.path(relative), hashing: true)
        guard let doc = read(DialogueDocument.self, relative) else { return nil }
        guard doc.dialogue.id == id else {
            problems.append(
                StoreProblem(
                    file: relative, place: .init(path: "dialogue.id"),
                    kind: .invalidValue("id \(doc.dialogue.id) ≠ \(id)")))
            return nil
        }
        return DialogueSummary(doc.dialogue, fingerprint: fingerprint)
    }

    /// Temporary files left by writes that were interrupted (the real files are intact).
    func leftoverTemporaries() -> [String] {
        var out: [String] = []
        for folder in [
            "", StoreLayout.dialoguesFolder, StoreLayout.indexFolder, StoreLayout.searchFolder,
            StoreLayout.journalFolder,
        ] {
            let path = folder.isEmpty ? layout.root : layout.path(folder)
            for name in DurableFile.names(in: path) where name.contains(DurableFile.temporaryMarker) {
                out.append(folder.isEmpty ? name : "\(folder)/\(name)")
            }
        }
        return out.sorted()
    }
}
