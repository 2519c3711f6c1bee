import Foundation
import TillitDomain

/// Merges one store file from two computers by meaning, not by line (git's merge driver for the
/// store calls this): dialogues, the school list, the wheel, the questions and the agendas each
/// by their own rules (`DialogueMerge`, `ListMerge`). A side that cannot be read (damaged, or
/// from a newer Tillit) is never guessed at: ours is kept and theirs is kept aside byte for byte.
public enum StoreMerge {
    public enum Outcome: Equatable, Sendable {
        /// The merged file, as the store writes it.
        case merged(Data)
        /// A side could not be read (named in the problem): ours stays as it is.
        case unreadable(StoreProblem)
    }

    /// The merge of `path` (relative to the store) from its common base (nil: added on both).
    public static func merge(path: String, base: [UInt8]?, ours: [UInt8], theirs: [UInt8]) -> Outcome {
        if ours == theirs { return .merged(Data(ours)) }
        if let base {
            if base == ours { return .merged(Data(theirs)) }
            if base == theirs { return .merged(Data(ours)) }
        }
        switch path {
        case StoreLayout.schoolsFile:
            return merge(SchoolsDocument.self, path, base, ours, theirs) { b, o, t in
                SchoolsDocument(ListMerge.schools(base: b?.list, ours: o.list, theirs: t.list))
            }
        case StoreLayout.wheelFile:
            return merge(WheelDocument.self, path, base, ours, theirs) { b, o, t in
                WheelDocument(wheel: ListMerge.wheel(base: b?.wheel, ours: o.wheel, theirs: t.wheel))
            }
        case StoreLayout.promptsFile:
            return merge(PromptsDocument.self, path, base, ours, theirs) { b, o, t in
                var new: [MergeConflict] = []
                var doc = o
                doc.bank.prompts = ListMerge.prompts(
                    base: b?.bank.prompts, ours: o.bank.prompts, theirs: t.bank.prompts, conflicts: &new)
                doc.conflicts = ListMerge.conflicts(
                    new: new, base: b?.conflicts, ours: o.conflicts, theirs: t.conflicts)
                return doc
            }
        case StoreLayout.agendasFile:
            return merge(AgendasDocument.self, path, base, ours, theirs) { b, o, t in
                var new: [MergeConflict] = []
                var doc = o
                doc.templates = ListMerge.agendas(
                    base: b?.templates, ours: o.templates, theirs: t.templates, conflicts: &new)
                doc.conflicts = ListMerge.conflicts(
                    new: new, base: b?.conflicts, ours: o.conflicts, theirs: t.conflicts)
                return doc
            }
        case StoreLayout.figuresFile:
            return merge(FiguresDocument.self, path, base, ours, theirs) { b, o, t in
                FiguresDocument(ListMerge.figures(base: b?.book, ours: o.book, theirs: t.book))
            }
        case StoreLayout.manifestFile:
            return merge(Manifest.self, path, base, ours, theirs) { _, o, _ in o }
        default:
            if path.hasPrefix(StoreLayout.dialoguesFolder + "/"), path.hasSuffix(".json") {
                return merge(DialogueDocument.self, path, base, ours, theirs) { b, o, t in
                    DialogueDocument(
                        dialogue: DialogueMerge.merge(base: b?.dialogue, ours: o.dialogue, theirs: t.dialogue))
                }
            }
            // Not a file of the store's: never guessed at.
            return .unreadable(StoreProblem(file: path, kind: .notAStore(path)))
        }
    }

    static func merge<T: VersionedDocument>(
        _ type: T.Type, _ path: String, _ base: [UInt8]?, _ ours: [UInt8], _ theirs: [UInt8],
        _ combine: (T?, T, T) -> T
    ) -> Outcome {
        let o: T
        let t: T
        switch DocumentReader.decode(T.self, from: ours, file: path) {
        case .success(let v): o = v
        case .failure(let p): return .unreadable(p)
        }
        switch DocumentReader.decode(T.self, from: theirs, file: path) {
        case .success(let v): t = v
        case .failure(let p): return .unreadable(p)
        }
        // A base that cannot be read is as good as none: everything then counts as changed on both.
        let b = base.flatMap {
            try? DocumentReader.decode(T.self, from: $0, file: path, checkUnknownFields: false).get()
        }
        guard let data = try? StoreJSON.encode(combine(b, o, t)) else {
            return .unreadable(StoreProblem(file: path, kind: .notAStore(path)))
        }
        return .merged(data)
    }
}
