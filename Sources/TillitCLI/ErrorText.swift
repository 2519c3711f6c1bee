import TillitDomain
import TillitStore

/// Store errors and file problems in the user's language.
struct ErrorText {
    let t: Localizer

    init(_ t: Localizer) { self.t = t }

    func store(_ error: StoreError) -> String {
        switch error {
        case .noStore(let path): return t(.noStore, ["path": path])
        case .alreadyExists(let path): return t(.storeExists, ["path": path])
        case .inUse(let holder):
            return t(.storeInUse, ["pid": holder.pid.map(String.init) ?? t(.unknownProcess),
                                   "command": holder.command ?? t(.unknownProcess)])
        case .readOnly(let reason): return t(.readOnlyRefused, ["reason": readOnly(reason)])
        case .protected(let p): return t(.protectedFile, ["problem": problem(p)])
        case .file(let e): return file(e)
        case .dialogueNotFound(let id): return t(.dialogueNotFound, ["id": id])
        case .ambiguousDialogue(let id, let matches):
            return t(.dialogueAmbiguous, ["id": id, "matches": matches.map { String($0.prefix(8)) }.joined(separator: ", ")])
        }
    }

    func readOnly(_ reason: ReadOnlyReason) -> String {
        switch reason {
        case .newerVersion(let file, let found, let supported):
            return t(.readOnlyNewer, ["file": file, "found": String(found), "supported": String(supported)])
        case .unreadableManifest(let p): return t(.readOnlyManifest, ["problem": problem(p)])
        case .openedForReading: return t(.readOnlyForReading)
        }
    }

    func file(_ e: FileError) -> String {
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
    func problem(_ p: StoreProblem) -> String {
        var place = p.file
        if let line = p.place?.line, let column = p.place?.column {
            place = t(.problemAt, ["file": p.file, "line": String(line), "column": String(column)])
        }
        if let path = p.place?.path, !path.isEmpty { place += " (\(path))" }
        return "\(place): \(kind(p.kind))"
    }

    func kind(_ k: StoreProblem.Kind) -> String {
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
        }
    }
}
