import AppCore
import AppRuntime
import Foundation
import TUIKit
import TillitDomain
import TillitStore

/// Drives the program headless: the production run loop with a fake terminal, a demo store in a
/// temporary folder, a fixed date and predictable ids.
public final class AppHarness {
    public let folder = TempFolder("harness")
    public let terminal: FakeTerminal
    public let runner: AppRunner
    public let store: Store
    public static let today = LocalDate(iso: "2026-11-23")!

    /// `scope: .firstScreen` opens as the program does: the earlier school years are read when
    /// the test calls `runner.startReadingHistory()`.
    /// `root`: an existing store to open (else a fresh demo store); `sharing`: how it syncs.
    public init(
        size: Size = Size(width: 120, height: 40), language: Language = .sv,
        scope: Store.Scope = .everything, root existing: String? = nil, sharing: SharingRunner? = nil
    ) throws {
        let root = existing ?? folder.sub("store")
        if existing == nil { try Store.create(at: root, content: DemoStore.content(today: Self.today)) }
        store = try Store.open(at: root, mode: .write(command: "harness"), scope: scope)
        terminal = FakeTerminal(size: size)
        let counter = Counter()
        var state = AppState(
            language: language, today: Self.today, size: size,
            data: StoreSnapshot.data(store))
        state.data.storePath = "~/tillit"
        state.sharing = SharingState(shared: sharing != nil)
        runner = AppRunner(
            state: state, terminal: terminal,
            effects: EffectRunner(
                store: store, rescue: RescueFolder(candidates: [folder.sub("rescue")]),
                log: EventLog(path: folder.sub("state/tillit.log")), sharing: sharing),
            env: AppEnvironment(makeID: { counter.next() }, today: Self.today))
        runner.dispatch(.resized(size))
        runner.present()
    }

    public var state: AppState { runner.state }
    public var screen: Screen { terminal.screen }
    public var text: String { screen.textLines().joined(separator: "\n") }

    /// Whether the screen shows `text` on one of its rows.
    public func shows(_ text: String) -> Bool { screen.contains(text) }

    /// Presses keys, given as key events.
    public func press(_ keys: KeyEvent...) {
        for k in keys { runner.step([.key(k)]) }
    }

    /// Keys as a person types them: `h.keys("jjjj<Enter>")` (see `KeyMacro`).
    public func keys(_ macro: String) {
        for k in KeyMacro.parse(macro) { runner.step([.key(k)]) }
    }

    /// Presses printable keys one by one (what a person types).
    public func type(_ text: String) {
        for scalar in text.unicodeScalars { runner.step([.scalar(scalar)]) }
    }

    /// Waits for work on other threads (a search's answer, the earlier school years) to be taken
    /// in and shown, as the run loop does.
    @discardableResult
    public func settle() -> Bool {
        let done = waitUntil {
            runner.takeBackgroundWork()
            return !runner.workingInBackground
        }
        runner.present()
        return done
    }

    /// A bracketed paste.
    public func paste(_ text: String) {
        runner.step([.pasteStart] + text.unicodeScalars.map { RawInput.scalar($0) } + [.pasteEnd])
    }

    public func resize(_ width: Int, _ height: Int) {
        terminal.size = Size(width: width, height: height)
        runner.step([.resize])
    }

    /// The store as it is on disk now.
    public func reopenStore() throws -> Store { try Store.open(at: folder.sub("store"), mode: .read) }
}

/// Ids `id-0001`, `id-0002`... for deterministic tests.
final class Counter: @unchecked Sendable {
    private var n = 0
    private let lock = NSLock()

    func next() -> String {
        lock.lock()
        defer { lock.unlock() }
        n += 1
        return String(format: "id-%04d-0000-0000-0000-000000000000", n)
    }
}
