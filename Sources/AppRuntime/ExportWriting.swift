import AppCore
import Foundation
import TUIKit
import TillitDomain
import TillitExport
import TillitStore

/// Writing an export the screen asked for: the dialogue with its journal, as the format says,
/// into a new file only (never over one that is there: a free name beside it is offered).
enum ExportWriting {
    static func write(_ request: ExportRequest, from store: Store, log: EventLog?) -> AppAction {
        do throws(StoreError) {
            let d = try store.dialogueWithJournal(request.dialogueID).dialogue
            var context = ExportModel.Context(
                subject: store.schools.subject(of: DialogueSummary(d, fingerprint: nil)),
                area: d.areaID.flatMap { store.area($0)?.name },
                organisation: store.schools.organisation.name, language: request.language,
                exportedOn: request.exportedOn, audience: request.includeInternal ? .administration : .school,
                address: d.schoolID.flatMap { store.school($0)?.address })
            context.figures = store.figureTrends(for: d)
            let format = ExportFormat(rawValue: request.format) ?? .md
            let bytes: Data
            do {
                bytes = try DialogueExporter.export(d, context: context, format: format, redact: request.redact)
            } catch {
                throw .file(FileError(.write, path: request.path, code: EIO))
            }
            var path = request.path
            if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
                path = home + path.dropFirst()
            }
            do {
                try DurableFile.makeFolder((path as NSString).deletingLastPathComponent, private: false)
                // Never over a file that is already there (the user may have edited it).
                try DurableFile.create(path, with: bytes)
            } catch let e as FileError where e.code == EEXIST {
                return .exportTargetExists(request, suggestion: Self.freeName(request.path, format: request.format))
            } catch let e as FileError {
                throw .file(e)
            } catch {
                throw .file(FileError(.write, path: path, code: EIO))
            }
            return .exported(request.path)
        } catch {
            log?.record("export of \(request.dialogueID) failed: " + EventLog.words.store(error))
            return .exportFailed(error)
        }
    }

    /// A name beside `path` that is free: `name-2.md`, `name-3.md`... (without the extension, as
    /// the export form holds it).
    static func freeName(_ path: String, format: String) -> String {
        let ext = "." + format
        let base = path.hasSuffix(ext) ? String(path.dropLast(ext.count)) : path
        var expanded = base
        if expanded.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            expanded = home + expanded.dropFirst()
        }
        var n = 2
        while SpecialFile.at("\(expanded)-\(n)\(ext)") != nil { n += 1 }
        return "\(base)-\(n)"
    }
}
