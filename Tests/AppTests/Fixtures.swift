import AppCore
import Foundation
import TUIKit
import TestSupport
import Testing
import TillitDomain
import TillitStore

/// The demo store as screen data, on a fixed day, without touching the disk.
enum Fixtures {
    static let today = LocalDate(iso: "2026-11-23")!

    static func data() -> StoreData {
        let content = DemoStore.content(today: today)
        var data = StoreData(
            storePath: "~/tillit", schoolList: content.schools, wheel: content.wheel,
            dialogues: content.dialogues.map { DialogueSummary($0, fingerprint: nil) }
                .sorted(by: DialogueSummary.newestFirst))
        data.figures = content.figures
        return data
    }

    static func dialogue(_ id: String) -> Dialogue {
        DemoStore.content(today: today).dialogues.first { $0.id == id }!
    }

    static func state(_ size: Size = Size(width: 120, height: 40), language: Language = .sv) -> AppState {
        AppState(language: language, today: today, size: size, data: data())
    }

    /// Ids `id-1`, `id-2`... and a fixed time.
    static var env: AppEnvironment {
        let counter = IDCounter()
        return AppEnvironment(
            makeID: { counter.next() }, today: today, now: { Date(timeIntervalSince1970: 1_795_000_000) })
    }

    static let nytorp2025 = "2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28"
    static let nytorpPlanned = "7c2e9b41-5d0a-4f36-9e18-2b6f0c4d8a73"
}

/// Sends keys to the reducer and collects the effects.
struct Driver {
    var state: AppState
    var effects: [AppEffect] = []
    let env = Fixtures.env

    init(_ state: AppState = Fixtures.state()) {
        self.state = state
        // As the run loop does: the clock is read into the state before the first key.
        self.state.now = env.now()
    }

    mutating func send(_ action: AppAction) {
        effects += AppReducer.reduce(&state, action, env)
    }

    mutating func press(_ keys: KeyEvent...) {
        for k in keys { send(.input(.key(k))) }
    }

    mutating func type(_ text: String) {
        for c in text { send(.input(.key(KeyEvent(.char(c))))) }
    }

    /// Keys as a person types them: `d.keys("jjjj<Enter>")` (see `KeyMacro`).
    mutating func keys(_ macro: String) {
        for k in KeyMacro.parse(macro) { send(.input(.key(k))) }
    }

    /// The Composable Architecture's exhaustive send: the test states the whole change it
    /// expects, and any other change fails with the lines that differ.
    mutating func send(
        _ action: AppAction, sourceLocation: SourceLocation = #_sourceLocation,
        _ change: (inout AppState) -> Void
    ) {
        var expected = state
        change(&expected)
        send(action)
        #expect(
            state == expected, "\(StateDiff.lines(expected: expected, actual: state))", sourceLocation: sourceLocation)
    }

    /// Keys, with the whole change they are expected to make.
    mutating func keys(
        _ macro: String, sourceLocation: SourceLocation = #_sourceLocation,
        _ change: (inout AppState) -> Void
    ) {
        var expected = state
        change(&expected)
        keys(macro)
        #expect(
            state == expected, "\(StateDiff.lines(expected: expected, actual: state))", sourceLocation: sourceLocation)
    }

    /// The effects asked for since the last call, and forgets them (TCA's `receive`).
    mutating func takeEffects() -> [AppEffect] {
        defer { effects = [] }
        return effects
    }
}

extension KeyEvent {
    static let enter = KeyEvent(.enter)
    static let esc = KeyEvent(.escape)
    static let tab = KeyEvent(.tab)
    static let backTab = KeyEvent(.backTab)
    static let down = KeyEvent(.down)
    static let up = KeyEvent(.up)
    static let left = KeyEvent(.left)
    static let right = KeyEvent(.right)
}

final class IDCounter: @unchecked Sendable {
    private var n = 0
    func next() -> String {
        n += 1
        return "id-\(n)"
    }
}
