import Foundation

/// Store errors and file problems in the user's language: the one place they are worded, for
/// the command line and the screen alike.
public struct ErrorText: Sendable {
    let t: Localizer

    public init(_ t: Localizer) { self.t = t }

    /// An error, worded for a command that changes the store (`reading: false`: "Nothing was
    /// changed: ...") or one that only reads.
    public func store(_ error: StoreError, reading: Bool = false) -> String {
        switch error {
        case .noStore(let path): return t(.noStore, ["path": path])
        case .alreadyExists(let path): return t(.storeExists, ["path": path])
        case .notEmptyFolder(let path, .folder): return t(.storeFolderNotEmpty, ["path": path])
        case .notEmptyFolder(let path, let kind): return t(.storeNotAFolder, ["path": path, "kind": self.kind(kind)])
        case .inUse(let holder):
            return t(
                .storeInUse,
                [
                    "pid": holder.pid.map(String.init) ?? t(.unknownProcess),
                    "command": holder.command ?? t(.unknownProcess),
                ])
        case .readOnly(let reason): return t(.readOnlyRefused, ["reason": readOnly(reason)])
        case .protected(let p): return t(reading ? .protectedFileRead : .protectedFile, ["problem": problem(p)])
        case .file(let e): return file(e)
        case .dialogueNotFound(let id): return t(.dialogueNotFound, ["id": id])
        case .ambiguousDialogue(let id, let matches):
            return t(
                .dialogueAmbiguous, ["id": id, "matches": matches.map { String($0.prefix(8)) }.joined(separator: ", ")])
        case .refused(let r):
            return refusal(r)
        case .conflictNotFound(let id):
            return t(.conflictNotFound, ["id": id])
        case .cannotTakeOther(let place):
            return t(.conflictCannotTakeOther, ["place": place])
        }
    }

    public func readOnly(_ reason: ReadOnlyReason) -> String {
        switch reason {
        case .newerVersion(let file, let found, let supported):
            return t(.readOnlyNewer, ["file": file, "found": String(found), "supported": String(supported)])
        case .unreadableManifest(let p): return t(.readOnlyManifest, ["problem": problem(p)])
        case .openedForReading: return t(.readOnlyForReading)
        case .cannotWrite(let e): return t(.readOnlyCannotWrite, ["problem": file(e)])
        case .unsafeFolder(let p): return t(.readOnlyUnsafeFolder, ["problem": problem(p)])
        case .inUse(let holder): return t(.readOnlyInUse, ["pid": holder.pid.map(String.init) ?? t(.unknownProcess)])
        case .protectedFile(let p): return problem(p)
        }
    }

    public func file(_ e: FileError) -> String {
        switch e.refusal {
        case .symlink: return t(.fileRefusedLink, ["path": e.path])
        case .notAFile(let kind): return t(.fileRefusedKind, ["path": e.path, "kind": self.kind(kind)])
        case .notAFolder(let kind): return t(.fileRefusedFolder, ["path": e.path, "kind": self.kind(kind)])
        case .tooLarge(let size, let limit):
            return t(.fileRefusedSize, ["path": e.path, "size": bytes(size), "limit": bytes(limit)])
        case nil: break
        }
        if e.isDiskFull { return t(.diskFull, ["path": e.path]) }
        if e.isReadOnly { return t(.noPermission, ["path": e.path, "system": e.systemMessage]) }
        let op: M
        switch e.operation {
        case .open: op = .opOpen
        case .write: op = .opWrite
        case .sync: op = .opSync
        case .rename: op = .opRename
        case .read: op = .opRead
        case .createFolder: op = .opCreateFolder
        case .stat: op = .opStat
        case .lock: op = .opLock
        case .list: op = .opList
        case .remove: op = .opRemove
        }
        return t(.fileFailed, ["operation": t(op), "path": e.path, "system": e.systemMessage])
    }

    /// `schools.json:14:17 (schools[2].grades): “F-12” is not grades (write F-3 or 4-9)`.
    public func problem(_ p: StoreProblem) -> String {
        var place = p.file
        if let line = p.place?.line, let column = p.place?.column {
            place = t(.problemAt, ["file": p.file, "line": String(line), "column": String(column)])
        }
        if let path = p.place?.path, !path.isEmpty { place += " (\(path))" }
        return "\(place): \(kind(p.kind))"
    }

    /// "a named pipe (FIFO)", "a folder"...
    public func kind(_ k: SpecialFile) -> String {
        switch k {
        case .fifo: return t(.kindFIFO)
        case .characterDevice, .blockDevice: return t(.kindDevice)
        case .socket: return t(.kindSocket)
        case .folder: return t(.kindFolder)
        case .symlink: return t(.kindLink)
        case .file: return t(.kindFile)
        case .unknown: return t(.kindUnknown)
        }
    }

    /// A size for people: "3.2 MB" / "3,2 MB".
    public func bytes(_ n: Int64) -> String {
        let units = ["B", "kB", "MB", "GB", "TB"]
        var value = Double(n)
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        let text = unit == 0 ? String(n) : String(format: value < 10 ? "%.1f" : "%.0f", value)
        return (t.language == .sv ? text.replacingOccurrences(of: ".", with: ",") : text) + " " + units[unit]
    }

    public func kind(_ k: StoreProblem.Kind) -> String {
        switch k {
        case .missing: return t(.problemMissing)
        case .unreadable(let r): return t(.problemUnreadable, ["reason": r])
        case .empty: return t(.problemEmpty)
        case .byteOrderMark: return t(.problemBOM)
        case .invalidUTF8: return t(.problemUTF8)
        case .syntax(.unexpectedEnd): return t(.problemEnd)
        case .syntax(.unexpectedCharacter(let c)): return t(.problemChar, ["char": c])
        case .syntax(.trailingContent): return t(.problemTrailing)
        case .missingField(let f): return t(.problemMissingField, ["field": f])
        case .wrongType(let type): return t(.problemWrongType, ["type": t.text("type.\(type)")])
        case .badFormat(let format, let found):
            return t(.problemBadFormat, ["found": found, "format": t.text("format.\(format.rawValue)")])
        case .invalidValue(let d): return t(.problemInvalid, ["detail": d])
        case .unknownValue(let found, let allowed):
            return t(.problemUnknownValue, ["found": found, "allowed": allowed.joined(separator: ", ")])
        case .newerVersion(let found, let supported):
            return t(.problemNewer, ["found": String(found), "supported": String(supported)])
        case .notAStore(let f): return t(.problemNotAStore, ["format": f])
        case .unknownFields(let fields): return t(.problemUnknownFields, ["fields": fields.joined(separator: ", ")])
        case .permissions(let found, let expected):
            return t(.problemPermissions, ["found": String(found, radix: 8), "expected": String(expected, radix: 8)])
        case .leftoverTemporary: return t(.problemLeftover)
        case .unknownSchool(let id): return t(.problemUnknownSchool, ["id": id])
        case .unknownArea(let id): return t(.problemUnknownArea, ["id": id])
        case .duplicateID(let id): return t(.problemDuplicateID, ["id": id])
        case .symlink: return t(.problemSymlink)
        case .notAFile(let k): return t(.problemNotAFile, ["kind": kind(k)])
        case .tooLarge(let size, let limit): return t(.problemTooLarge, ["size": bytes(size), "limit": bytes(limit)])
        case .tooDeep(let limit): return t(.problemTooDeep, ["limit": String(limit)])
        case .threadTooDeep(let depth, let limit):
            return t(.problemThreadTooDeep, ["depth": String(depth), "limit": String(limit)])
        case .journalKeptAside(let id, let lines):
            return t(
                .problemKeptAside,
                ["id": String(id.prefix(8)), "lines": lines.map(String.init).joined(separator: ", ")])
        case .journalFromNewerVersion(let line): return t(.problemJournalNewer, ["line": String(line)])
        case .orphanJournal(let id): return t(.problemOrphanJournal, ["id": String(id.prefix(8))])
        case .journalDamaged(let lines):
            return t(.problemJournalDamaged, ["lines": lines.map(String.init).joined(separator: ", ")])
        case .rescueWaiting: return t(.problemRescueWaiting)
        case .mergeConflicts(let count): return t(.problemMergeConflicts, ["count": String(count)])
        case .mergeKeptAside: return t(.problemMergeKeptAside)
        case .git(.unmerged): return t(.problemGitUnmerged)
        case .git(.detachedHead): return t(.problemGitDetached)
        case .git(.busy(let what)): return t(.problemGitBusy, ["what": what])
        case .git(.tracksLocalFile): return t(.problemGitTracksLocal)
        case .git(.strayFile): return t(.problemGitStray)
        case .git(.noMergeDriver): return t(.problemGitNoDriver)
        }
    }
}

extension ErrorText {
    /// Why an operation on the store's data was refused.
    public func refusal(_ r: Refusal) -> String {
        switch r {
        case .emptyName: return t(.emptyName)
        case .emptyTitle: return t(.emptyTitle)
        case .emptyArea: return t(.emptyArea)
        case .badGrades(let v): return t(.badGrades, ["value": v])
        case .badSchoolCode(let v): return t(.badSchoolCode, ["value": v])
        case .duplicateSchoolCode(let v, let school): return t(.duplicateSchoolCode, ["value": v, "school": school])
        case .duplicateSchool(let name): return t(.schoolDuplicate, ["name": name])
        case .schoolNotFound(let q): return t(.schoolNotFound, ["query": q])
        case .schoolAmbiguous(let q, let matches):
            return t(
                .schoolAmbiguous,
                ["query": q, "matches": matches.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")])
        case .areaNotFound(let q): return t(.areaNotFound, ["query": q])
        case .schoolArchived(let name): return t(.schoolArchivedNoDialogue, ["name": name])
        case .needsSchool: return t(.needsSchool)
        case .notPlanned: return t(.refusedNotPlanned)
        case .needsArea: return t(.needsArea)
        case .eventNotFound(let id): return t(.eventNotFound, ["id": id])
        case .actionNotFound(let id): return t(.actionNotFound, ["id": id])
        case .phaseNotFound(let q): return t(.phaseNotFound, ["query": q])
        case .duplicateDialogue(let d, let subject):
            return t(
                .duplicateDialogue,
                [
                    "subject": subject, "year": d.schoolYear.text, "status": t.status(d.status), "when": t.when(d.when),
                    "id": String(d.id.prefix(8)),
                ])
        case .badMonth(let v): return t(.badMonth, ["value": v])
        }
    }
}
