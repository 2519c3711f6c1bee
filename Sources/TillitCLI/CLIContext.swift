import AppRuntime
import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// What a command needs from its surroundings: language, store path, today's date, output.
struct CLIContext {
    let t: Localizer
    let storePath: String
    let today: LocalDate

    init(_ options: GlobalOptions) throws {
        let env = ProcessInfo.processInfo.environment
        if let lang = options.lang, Language(code: lang) == nil {
            let t = Localizer(Language.resolve(flag: nil, environment: env))
            CLIContext.printError(t(.langInvalid, ["value": lang]), t)
            throw ExitCode(2)
        }
        // The config file's language comes after TILLIT_LANG and before the locale.
        var langEnv = env
        if env["TILLIT_LANG"] == nil, let lang = ConfigFile.load(folder: ConfigFile.folder(environment: env), t: Localizer(.en)).lang {
            langEnv["TILLIT_LANG"] = lang
        }
        t = Localizer(Language.resolve(flag: options.lang, environment: langEnv))
        guard let path = StoreLocation.resolve(flag: options.store, environment: env) else {
            CLIContext.printError(t(.noStore, ["path": "~/.local/share/tillit"]), t)
            throw ExitCode(2)
        }
        storePath = path
        today = LocalDate(Date())
        umask(0o077)
    }

    static func printError(_ message: String, _ t: Localizer) {
        FileHandle.standardError.write(Data("\(t(.errorPrefix)): \(message)\n".utf8))
    }

    func warn(_ message: String) {
        FileHandle.standardError.write(Data("\(t(.warningPrefix)): \(message)\n".utf8))
    }

    /// Reports an error on stderr and ends the command with exit status 1.
    func fail(_ message: String, code: Int32 = 1) -> ExitCode {
        CLIContext.printError(message, t)
        return ExitCode(code)
    }

    func fail(_ error: StoreError) -> ExitCode {
        fail(ErrorText(t).store(error))
    }

    /// Opens the store; problems found on the way are mentioned on stderr unless `quiet`.
    func open(_ mode: Store.Mode, quiet: Bool = false, scope: Store.Scope = .everything) throws -> Store {
        let store: Store
        do {
            store = try Store.open(at: storePath, mode: mode, scope: scope)
        } catch {
            throw fail(error)
        }
        if !quiet, !store.problems.isEmpty {
            warn(t(.overviewProblems, ["count": String(store.problems.count)]))
        }
        return store
    }

    /// The dialogue named by an id or the unique start of one, with its journal (what a running
    /// or crashed Tillit recorded and not yet folded in).
    func dialogue(_ id: String, in store: Store) throws -> Dialogue {
        do {
            return try store.dialogueWithJournal(store.resolveDialogue(id)).dialogue
        } catch {
            throw fail(error)
        }
    }

    /// Opens the store to change it; refuses at once when it may only be read.
    func openForWriting(_ command: String) throws -> Store {
        let store = try open(.write(command: command))
        if let reason = store.readOnlyReason {
            throw fail(t(.readOnlyRefused, ["reason": ErrorText(t).readOnly(reason)]))
        }
        return store
    }

    /// Writes what a command produced: to standard output, or to a private file (0600, never
    /// replacing one unless `force`), saying where.
    func writeOutput(_ data: Data, to output: String?, force: Bool) throws {
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        let path = StoreLocation.absolute(output, ProcessInfo.processInfo.environment)
        if FileManager.default.fileExists(atPath: path), !force { throw fail(t(.exportFileExists, ["path": path])) }
        do {
            try DurableFile.replace(path, with: data)
        } catch let e as FileError {
            throw fail(ErrorText(t).file(e))
        }
        print(t(.exportWritten, ["path": path]))
    }

    func printJSON<T: Encodable>(_ value: T) throws {
        let data = try StoreJSON.encode(value)
        FileHandle.standardOutput.write(data)
    }
}
