import Foundation
import TillitDomain

/// Checks a whole store: every file decoded in full, permissions, references between files,
/// leftovers of interrupted writes. It only reads.
public enum StoreDoctor {
    public struct Report: Sendable {
        public var problems: [StoreProblem]
        public var filesChecked: Int
    }

    public static func check(_ store: Store) -> Report {
        let layout = store.layout
        var problems = store.problems.filter { !$0.file.hasPrefix(StoreLayout.dialoguesFolder + "/") }
        var files = 3
        var loader = StoreLoader(layout: layout)
        let dialogueFiles = loader.dialogueFileIDs().sorted()
        var seenIDs: Set<String> = []
        let schoolIDs = Set(store.schools.schools.map(\.id))
        let areaIDs = Set(store.schools.areas.map(\.id))
        for id in dialogueFiles {
            files += 1
            let relative = StoreLayout.dialogueFile(id)
            guard let doc = loader.read(DialogueDocument.self, relative) else { continue }
            let d = doc.dialogue
            if d.id != id {
                problems.append(StoreProblem(file: relative, place: .init(path: "dialogue.id"),
                                             kind: .invalidValue("id \(d.id) ≠ \(id)")))
            }
            if let s = d.schoolID, !schoolIDs.contains(s) {
                problems.append(StoreProblem(file: relative, place: .init(path: "dialogue.schoolID"), kind: .unknownSchool(s)))
            }
            if let a = d.areaID, !areaIDs.contains(a) {
                problems.append(StoreProblem(file: relative, place: .init(path: "dialogue.areaID"), kind: .unknownArea(a)))
            }
            for note in d.notes where !seenIDs.insert("\(id)/\(note.id)").inserted {
                problems.append(StoreProblem(file: relative, kind: .duplicateID(note.id)))
            }
        }
        problems += loader.problems
        for (i, school) in store.schools.schools.enumerated() where !areaIDs.contains(school.areaID) {
            problems.append(StoreProblem(file: StoreLayout.schoolsFile, place: .init(path: "schools[\(i)].areaID"),
                                         kind: .unknownArea(school.areaID)))
        }
        var ids: Set<String> = []
        for school in store.schools.schools where !ids.insert(school.id).inserted {
            problems.append(StoreProblem(file: StoreLayout.schoolsFile, kind: .duplicateID(school.id)))
        }
        // Permissions: notes may hold personal data about pupils.
        let folders: [(String, Int)] = [("", 0o700), (StoreLayout.dialoguesFolder, 0o700), (StoreLayout.indexFolder, 0o700)]
        var files600 = [StoreLayout.manifestFile, StoreLayout.schoolsFile, StoreLayout.wheelFile, StoreLayout.promptsFile,
                        StoreLayout.agendasFile, StoreLayout.overviewFile, StoreLayout.lockFile]
        files600 += loader.yearIndexFiles().keys.sorted().map(StoreLayout.yearIndexFile)
        files600 += dialogueFiles.map(StoreLayout.dialogueFile)
        let entries = folders + files600.map { ($0, 0o600) }
        for (relative, expected) in entries {
            let path = relative.isEmpty ? layout.root : layout.path(relative)
            guard let mode = FileFingerprint.mode(of: path), mode & 0o077 != 0 else { continue }
            problems.append(StoreProblem(file: relative.isEmpty ? "." : relative,
                                         kind: .permissions(found: mode, expected: expected)))
        }
        for leftover in loader.leftoverTemporaries() {
            problems.append(StoreProblem(file: leftover, kind: .leftoverTemporary))
        }
        return Report(problems: problems, filesChecked: files)
    }
}
