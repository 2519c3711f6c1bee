import AppCore
import AppUI
import Foundation
import TUIKit
import TillitDomain

/// The run loop: input → events → actions → reducer → effects → frame. Production and tests
/// share `step`, so what the tests drive is what users get.
public final class AppRunner {
    public private(set) var state: AppState
    let terminal: TerminalIO
    public let effects: EffectRunner
    let env: AppEnvironment
    var decoder = KeyDecoder()
    var lastFrame: Frame?
    /// The panes of the last frame, for drawing only what changed.
    public private(set) var memo = ViewMemo()

    public init(state: AppState, terminal: TerminalIO, effects: EffectRunner, env: AppEnvironment) {
        self.state = state
        self.terminal = terminal
        self.effects = effects
        self.env = env
    }

    /// Runs until the user quits or the terminal goes away.
    public func run() {
        FreedMemory.keepForFrames()
        // Every key's frame is presented, and `present()` wakes the journal's thread after it.
        effects.flusher.defersWakes = true
        dispatch(.resized(terminal.size))
        present()
        // The first screen is up: now read the earlier school years, on another thread.
        startReadingHistory()
        while state.running {
            if takeBackgroundWork() { present() }
            // Look every 10 ms for work on other threads (the earlier school years, a search)
            // while there is some; wake twice a second while journals wait for fdatasync or for
            // the disk, once a second while a live dialogue's clock runs; otherwise sleep until a
            // key (0 % CPU).
            let clockRuns = state.notebook.open.map { $0.isLive && $0.dialogue.clock?.isRunning == true } ?? false
            let timeout: Int? = effects.backgroundPending ? 10 : effects.hasUnsynced ? 500 : clockRuns ? 1000 : nil
            let raw = terminal.read(timeoutMilliseconds: timeout)
            if raw.isEmpty {
                for action in effects.sync() { dispatch(action) }
                if clockRuns { dispatch(.tick(env.now())) }
                present()
                continue
            }
            step(raw)
        }
        let left = effects.finish()
        // A copy written when the user chose it is what there is to say; else what finishing found.
        ending = state.rescued.map(EffectRunner.Ending.rescued) ?? left
    }

    /// What became of changes that waited for the disk when the program ended, to say on the
    /// terminal once the screen is closed.
    public private(set) var ending: EffectRunner.Ending?

    /// Starts reading the school years the first screen did not need, on another thread.
    public func startReadingHistory() { effects.startReadingHistory() }

    /// Whether the earlier school years, the word lists of search or a search are still being
    /// worked on, on other threads.
    public var workingInBackground: Bool { effects.backgroundPending }

    /// Takes in what work on other threads has finished (the earlier school years, a search's
    /// answer); true when anything came.
    @discardableResult
    public func takeBackgroundWork() -> Bool {
        let arrived = effects.pollBackground()
        for action in arrived { dispatch(action) }
        return !arrived.isEmpty
    }

    /// Handles one batch of raw input and shows the result.
    public func step(_ raw: [RawInput]) {
        for event in decoder.decode(raw) {
            if event == .resize {
                dispatch(.resized(terminal.size))
            } else {
                dispatch(.input(event))
            }
            if !state.running { return }
        }
        present()
    }

    /// Applies an action and every action its effects lead to.
    public func dispatch(_ action: AppAction) {
        var queue = [action]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in AppReducer.reduce(&state, next, env) {
                queue += effects.perform(effect, terminal: terminal)
                if effect == .suspend { lastFrame = nil }
            }
        }
    }

    /// Draws the state; the terminal writes only the cells that changed.
    public func present() {
        let frame = AppView.render(state, memo: &memo)
        // Tests run with assertions: every frame they see is checked against drawing it afresh.
        assert(frame == AppView.render(state), "a pane copied from the memo differs from drawing it afresh")
        // Not compared with the last frame here: the terminal's encoder compares them row by row
        // anyway and writes nothing when nothing changed (a second pass over both frames' memory
        // for every key cost more than drawing most panes).
        let shown = lastFrame
        lastFrame = frame
        terminal.present(frame.screen, cursor: frame.cursor)
        // The frame is out: now the journal's thread may be woken for what the key wrote.
        effects.frameShown()
        // The frame before is no longer the terminal's either: the next one is drawn in it.
        if let shown { memo.recycle(shown.screen) }
    }
}

extension AppRunner {
    /// Starts with a dialogue open in the notebook (`tillit open ID`, or to resume its draft
    /// after a crash).
    public func open(dialogue id: String, intent: LoadIntent = .show) {
        guard let summary = state.data.dialogues.first(where: { $0.id == id }) else { return }
        dispatch(.openDialogueRequested(id: id, schoolID: summary.schoolID, intent: intent))
    }
}
