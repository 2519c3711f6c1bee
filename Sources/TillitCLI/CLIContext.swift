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
    /// Errors and refusals, for whoever helps.
    let log: EventLog?

    init(_ options: GlobalOptions) throws {
        let env = ProcessInfo.processInfo.environment
        if let lang = options.lang, Language(code: lang) == nil {
            let t = Localizer(Language.resolve(flag: nil, environment: env))
            CLIContext.printError(t(.langInvalid, ["value": lang]), t)
            throw ExitCode(2)
        }
        // The config file's language comes after TILLIT_LANG and before the locale.
        var langEnv = env
        if env["TILLIT_LANG"] == nil,
            let lang = ConfigFile.load(folder: ConfigFile.folder(environment: env), t: Localizer(.en)).lang
        {
            langEnv["TILLIT_LANG"] = lang
        }
        t = Localizer(Language.resolve(flag: options.lang, environment: langEnv))
        if let flag = options.store, flag.trimmingCharacters(in: .whitespaces).isEmpty {
            // An empty --store must not quietly mean the default store.
            CLIContext.printError(t(.storeFlagEmpty), t)
            throw ExitCode(2)
        }
        guard let path = StoreLocation.resolve(flag: options.store, environment: env) else {
            CLIContext.printError(t(.noStore, ["path": "~/.local/share/tillit"]), t)
            throw ExitCode(2)
        }
        storePath = path
        today = LocalDate(Date())
        log = EventLog.standard(environment: env)
        umask(0o077)
    }

    static func printError(_ message: String, _ t: Localizer) {
        TerminalOutput.error("\(t(.errorPrefix)): \(message)\n")
    }

    func warn(_ message: String) {
        TerminalOutput.error("\(t(.warningPrefix)): \(message)\n")
    }

    /// A line on standard error that is neither an error nor a warning (what an export masked).
    func note(_ message: String) {
        TerminalOutput.error(message + "\n")
    }

    /// Reports an error on stderr and ends the command with exit status 1.
    func fail(_ message: String, code: Int32 = 1) -> ExitCode {
        CLIContext.printError(message, t)
        return ExitCode(code)
    }

    /// A store error; `reading` for a command that changes nothing (it never says "Nothing was
    /// changed" then). It goes to the event log too.
    func fail(_ error: StoreError, reading: Bool = false) -> ExitCode {
        log?.record("\(Self.commandName): " + EventLog.words.store(error, reading: reading))
        return fail(ErrorText(t).store(error, reading: reading))
    }

    /// A change the rules refused (logged too).
    func fail(_ refusal: Refusal) -> ExitCode {
        log?.record("\(Self.commandName) refused: " + EventLog.words.refusal(refusal))
        return fail(ErrorText(t).refusal(refusal))
    }

    /// `tillit school add` and the like, for the log.
    static var commandName: String {
        (["tillit"] + CommandLine.arguments.dropFirst().prefix { !$0.hasPrefix("-") }.prefix(2)).joined(separator: " ")
    }

    /// Opens the store; problems found on the way are mentioned on stderr unless `quiet`.
    func open(_ mode: Store.Mode, quiet: Bool = false, scope: Store.Scope = .everything) throws -> Store {
        let store: Store
        do {
            store = try Store.open(at: storePath, mode: mode, scope: scope)
        } catch {
            throw fail(error, reading: { if case .read = mode { true } else { false } }())
        }
        if !quiet, !store.problems.isEmpty {
            warn(t(.overviewProblems, ["count": String(store.problems.count)]))
        }
        return store
    }

    /// The dialogue named by an id or the unique start of one, with its journal (what a running
    /// or crashed Tillit recorded and not yet folded in).
    func dialogue(_ id: String, in store: Store) throws -> Dialogue {
        guard !id.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail(t(.dialogueIDEmpty)) }
        do {
            let replay = try store.dialogueWithJournal(store.resolveDialogue(id))
            if let line = replay.newerLine {
                warn(
                    ErrorText(t).problem(
                        StoreProblem(
                            file: StoreLayout.journalFile(replay.dialogue.id), place: .init(line: line),
                            kind: .journalFromNewerVersion(line: line))))
            }
            if !replay.unreadableLines.isEmpty {
                warn(
                    ErrorText(t).problem(
                        StoreProblem(
                            file: StoreLayout.journalFile(replay.dialogue.id),
                            place: .init(line: replay.unreadableLines[0]),
                            kind: .journalDamaged(lines: replay.unreadableLines))))
            }
            return replay.dialogue
        } catch {
            throw fail(error, reading: true)
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

    /// Writes what a command produced: to standard output (no `-o`, or `-o -`), or to a private
    /// file (0600, never replacing one unless `force`), saying where.
    /// Whether `output` can be written, checked before the work that makes it (a report of a
    /// large store takes seconds): the absolute path, or nil for standard output.
    @discardableResult
    func checkOutput(_ output: String?, force: Bool, binary: Bool = false) throws -> String? {
        guard let output, output != "-" else {
            // A Word file is bytes for Word, not text for a terminal (a pipe takes it as it is).
            if binary, isatty(1) == 1 { throw fail(t(.binaryToTerminal)) }
            return nil
        }
        guard !output.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail(t(.outputEmpty)) }
        var path = StoreLocation.absolute(output, ProcessInfo.processInfo.environment)
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        let folder = (path as NSString).deletingLastPathComponent
        switch SpecialFile.at(path) {
        case .folder?: throw fail(t(.outputIsFolder, ["path": path]))
        case .some(let kind) where kind != .file && kind != .symlink:
            throw fail(ErrorText(t).file(FileError(.write, path: path, refusal: .notAFile(kind))))
        case .some where !force: throw fail(t(.exportFileExists, ["path": path]))
        default: break
        }
        if SpecialFile.at(folder) == nil { throw fail(t(.outputNoFolder, ["path": folder])) }
        return path
    }

    func writeOutput(_ data: Data, to output: String?, force: Bool, binary: Bool = false) throws {
        guard let path = try checkOutput(output, force: force, binary: binary) else {
            TerminalOutput.write(data)
            return
        }
        do {
            // Without --force, never over a file that appeared meanwhile.
            if force { try DurableFile.replace(path, with: data) } else { try DurableFile.create(path, with: data) }
        } catch let e as FileError where e.code == EEXIST {
            throw fail(t(.exportFileExists, ["path": path]))
        } catch let e as FileError {
            throw fail(ErrorText(t).file(e))
        }
        print(t(.exportWritten, ["path": path]))
    }

    /// A school by its id, its name or the start of its name; when the school list itself could
    /// not be read, that is what is said.
    func school(_ query: String, in store: Store) throws -> School {
        do {
            return try store.schools.findSchool(query)
        } catch {
            if let p = store.schoolListProblem { throw fail(.protected(p), reading: true) }
            throw fail(error)
        }
    }

    func printJSON<T: Encodable>(_ value: T) throws {
        TerminalOutput.write(TerminalOutput.json(try StoreJSON.encode(value)))
    }
}
