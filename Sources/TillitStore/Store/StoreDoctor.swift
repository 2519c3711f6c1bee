import Foundation
import TillitDomain

/// Checks a whole store: every file decoded in full, every journal and cache, permissions and
/// links anywhere in the folder, references between files, leftovers of interrupted writes and
/// emergency copies waiting to be folded in. It only reads.
public enum StoreDoctor {
    /// What a person can do about a kind of problem (said once, after the list).
    public enum Advice: Hashable, Sendable, CaseIterable {
        /// A data file is damaged: fix it or restore it from a backup.
        case restore
        /// Permissions are too open: make them private.
        case permissions
        /// A cache (the index, the word lists of search) is damaged: it is rebuilt by itself.
        case cache
        /// Something a merge left, or the shared store's repository: see the sharing commands.
        case share
    }

    public struct Report: Sendable {
        public var problems: [StoreProblem]
        public var filesChecked: Int
        /// What to do, for the kinds of problem found.
        public var advice: [Advice]
        /// The dialogue files found sound, to remember for the next check (`CheckedFiles`).
        public var checked = CheckedFiles()
        /// What the check found remembered from before (nil with `full`: not read).
        public var remembered: CheckedFiles?
    }

    /// Checks the store; `full` decodes every dialogue file even if its bytes were checked before.
    public static func check(_ store: Store, rescue: RescueFolder? = nil, full: Bool = false) -> Report {
        let layout = store.layout
        var problems = store.problems.filter { !$0.file.hasPrefix(StoreLayout.dialoguesFolder + "/") }
        var files = 3
        var loader = StoreLoader(layout: layout)
        let dialogueFiles = loader.dialogueFileIDs().sorted()
        // The figures are opened without looking for unknown fields (that waits for a write); here
        // they are looked for, unless opening already found the file unreadable.
        var figureConflicts = store.figures.conflicts
        if layout.exists(StoreLayout.figuresFile), !problems.contains(where: { $0.file == StoreLayout.figuresFile }) {
            files += 1
            if let doc = loader.read(FiguresDocument.self, StoreLayout.figuresFile) { figureConflicts = doc.conflicts }
        }
        // With a school list that cannot be read, every dialogue would seem to name a school that
        // does not exist: that is one problem, not hundreds.
        let schoolsReadable = !store.problems.contains { $0.file == StoreLayout.schoolsFile && $0.protectsFile }
        let schoolIDs = Set(store.schools.schools.map(\.id))
        let areaIDs = Set(store.schools.areas.map(\.id))
        // Every dialogue file on every core (each read and checked on its own), in file order;
        // each decoded once (re-encoded only for a key not seen at its place before), and only
        // if its bytes were not found sound before.
        let remembered = full ? nil : CheckedFiles.read(layout)
        let check = DialogueCheck(
            layout: layout, schoolIDs: schoolsReadable ? schoolIDs : nil, areaIDs: schoolsReadable ? areaIDs : nil,
            memory: remembered ?? CheckedFiles())
        let checks = ParallelMap.compactMap(dialogueFiles.count) { check.run(dialogueFiles[$0]) }
        var checked = CheckedFiles()
        for (id, c) in zip(dialogueFiles, checks) { checked.entries[id] = c.sound }
        files += dialogueFiles.count
        for check in checks {
            problems += check.found
            loader.problems += check.read
        }
        problems += loader.problems
        if schoolsReadable {
            for (i, school) in store.schools.schools.enumerated() where !areaIDs.contains(school.areaID) {
                problems.append(
                    StoreProblem(
                        file: StoreLayout.schoolsFile, place: .init(path: "schools[\(i)].areaID"),
                        kind: .unknownArea(school.areaID)))
            }
            var ids: Set<String> = []
            for school in store.schools.schools where !ids.insert(school.id).inserted {
                problems.append(StoreProblem(file: StoreLayout.schoolsFile, kind: .duplicateID(school.id)))
            }
        }
        for (file, list) in [
            (StoreLayout.schoolsFile, store.schools.conflicts), (StoreLayout.wheelFile, store.wheel.conflicts),
            (StoreLayout.figuresFile, figureConflicts),
        ]
        where (list?.count ?? 0) > 0 {
            problems.append(StoreProblem(file: file, kind: .mergeConflicts(count: list?.count ?? 0)))
        }
        // What merges kept aside: the other computer's version of a file that could not be merged.
        for name in DurableFile.names(in: layout.path(StoreLayout.conflictsFolder)).sorted() where !name.hasPrefix(".")
        {
            files += 1
            problems.append(StoreProblem(file: "\(StoreLayout.conflictsFolder)/\(name)", kind: .mergeKeptAside))
        }
        files += checkJournals(store, dialogues: Set(dialogueFiles), &problems)
        files += checkCaches(layout, &problems)
        if let kind = SpecialFile.at(layout.lock), kind != .file {
            problems.append(
                StoreProblem(file: StoreLayout.lockFile, kind: kind == .symlink ? .symlink : .notAFile(kind)))
        }
        walk(layout, "", &problems)
        for leftover in loader.leftoverTemporaries() {
            problems.append(StoreProblem(file: leftover, kind: .leftoverTemporary))
        }
        if let rescue {
            for (path, _) in rescue.copies(forStore: store.root).copies {
                problems.append(StoreProblem(file: path, kind: .rescueWaiting))
            }
        }
        // One line for each problem, in a stable order.
        var seen: Set<StoreProblem> = []
        problems = problems.filter { seen.insert($0).inserted }
        return Report(
            problems: problems, filesChecked: files, advice: advice(for: problems), checked: checked,
            remembered: remembered)
    }

    /// Journals: damaged lines, changes from a newer Tillit, journals without their dialogue,
    /// and copies kept aside. Returns how many files were read.
    static func checkJournals(_ store: Store, dialogues: Set<String>, _ problems: inout [StoreProblem]) -> Int {
        let layout = store.layout
        var files = 0
        for id in store.journalIDs() {
            files += 1
            let relative = StoreLayout.journalFile(id)
            let journal = JournalReader.read(layout, id)
            if journal.isEmpty { continue }
            if !dialogues.contains(id) {
                problems.append(StoreProblem(file: relative, kind: .orphanJournal(dialogueID: id)))
            }
            if let line = journal.newerLine {
                problems.append(
                    StoreProblem(file: relative, place: .init(line: line), kind: .journalFromNewerVersion(line: line)))
            }
            if !journal.unreadableLines.isEmpty {
                problems.append(
                    StoreProblem(
                        file: relative, place: .init(line: journal.unreadableLines[0]),
                        kind: .journalDamaged(lines: journal.unreadableLines)))
            }
        }
        for relative in store.keptAsideJournals() {
            files += 1
            let name = (relative as NSString).lastPathComponent
            let id = name.components(separatedBy: StoreLayout.keptAsideMarker).first ?? name
            let lines = JournalReader.read(layout.path(relative)).unreadableLines
            problems.append(StoreProblem(file: relative, kind: .journalKeptAside(dialogueID: id, lines: lines)))
        }
        return files
    }

    /// The index and the word lists of search: caches, but a damaged one is still named.
    static func checkCaches(_ layout: StoreLayout, _ problems: inout [StoreProblem]) -> Int {
        // The index's files and the word lists, each on its own core, in name order.
        let index = DurableFile.names(in: layout.path(StoreLayout.indexFolder)).sorted()
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { "\(StoreLayout.indexFolder)/\($0)" }
        let words = DurableFile.names(in: layout.path(StoreLayout.searchFolder)).sorted()
            .filter { $0.hasSuffix(".words") && !$0.hasPrefix(".") }.map { "\(StoreLayout.searchFolder)/\($0)" }
        let files = index + words
        let found = ParallelMap.compactMap(files.count) { i -> [StoreProblem] in
            let relative = files[i]
            var loader = StoreLoader(layout: layout)
            if relative == StoreLayout.overviewFile {
                _ = loader.read(IndexOverviewDocument.self, relative, checkUnknownFields: false)
            } else if relative.hasPrefix(StoreLayout.indexFolder + "/") {
                _ = loader.read(YearIndexDocument.self, relative, checkUnknownFields: false)
            } else {
                do {
                    if !SearchTermsFile.isValid(try layout.read(relative)) {
                        loader.problems.append(StoreProblem(file: relative, kind: .invalidValue(SearchTermsFile.magic)))
                    }
                } catch let e as FileError {
                    loader.problems.append(StoreProblem(file: relative, kind: .of(e)))
                } catch {}
            }
            return loader.problems
        }
        problems += found.flatMap { $0 }
        return files.count
    }

    /// Every entry of the store folder (not git's own): links and special files anywhere, and
    /// permissions (folders 0700, files 0600: notes may hold personal data about pupils).
    static func walk(_ layout: StoreLayout, _ relative: String, _ problems: inout [StoreProblem]) {
        let folder = relative.isEmpty ? layout.root : layout.path(relative)
        var st = stat()
        guard lstat(folder, &st) == 0 else { return }
        if Int(st.st_mode & 0o077) != 0 {
            problems.append(
                StoreProblem(
                    file: relative.isEmpty ? "." : relative,
                    kind: .permissions(found: Int(st.st_mode & 0o777), expected: 0o700)))
        }
        for name in DurableFile.names(in: folder).sorted() where !(relative.isEmpty && name == ".git") {
            let child = relative.isEmpty ? name : "\(relative)/\(name)"
            guard lstat(layout.path(child), &st) == 0 else { continue }
            switch SpecialFile(mode: st.st_mode) {
            case .folder: walk(layout, child, &problems)
            case .file:
                if Int(st.st_mode & 0o077) != 0 {
                    problems.append(
                        StoreProblem(file: child, kind: .permissions(found: Int(st.st_mode & 0o777), expected: 0o600)))
                }
            case .symlink: problems.append(StoreProblem(file: child, kind: .symlink))
            case let kind: problems.append(StoreProblem(file: child, kind: .notAFile(kind)))
            }
        }
    }

    static func advice(for problems: [StoreProblem]) -> [Advice] {
        var out: Set<Advice> = []
        for p in problems {
            switch p.kind {
            case .permissions: out.insert(.permissions)
            case .mergeConflicts, .mergeKeptAside, .git: out.insert(.share)
            case .leftoverTemporary, .journalKeptAside, .journalDamaged, .journalFromNewerVersion, .orphanJournal,
                .rescueWaiting,
                .symlink, .notAFile, .threadTooDeep, .newerVersion:
                break
            default:
                let cache =
                    p.file.hasPrefix(StoreLayout.indexFolder + "/") || p.file.hasPrefix(StoreLayout.searchFolder + "/")
                out.insert(cache ? .cache : .restore)
            }
        }
        return Advice.allCases.filter(out.contains)
    }
}
