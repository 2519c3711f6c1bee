import Foundation
import TUIKit
import TestSupport
import Testing
import TillitDomain
import TillitExport

@testable import AppCore

/// The key tables are the only way from a key to a command: every key the program reacts to is
/// listed (with its help), every listed key has a handler, and no key means two things.
@Suite struct KeyTableTests {
    /// A state in each context, reached as a person would.
    static func state(in context: KeyContext) -> Driver {
        var d = Driver()
        func openNytorp(_ id: String) {
            d.keys("jjjj<Enter>")
            d.send(.dialogueLoaded(Fixtures.dialogue(id)))
        }
        func live() {
            openNytorp(Fixtures.nytorpPlanned)
            d.keys("s")
            d.send(.startPrepared(previous: nil))
            d.keys("<Enter>")
        }
        switch context {
        case .global, .schools: break
        case .wheel: d.keys("1")
        case .textInput: d.keys("/Nyt")
        case .notebookList: d.keys("jjjj<Enter>")
        case .notebookDialogue: openNytorp(Fixtures.nytorp2025)
        case .find:
            openNytorp(Fixtures.nytorp2025)
            d.keys("/läs")
        case .notebookLive: live()
        case .editor:
            live()
            d.keys("aStarkt")
        case .prompts:
            live()
            d.keys("p")
        case .search: d.keys("jjjj<Enter>/läs")
        case .browse: d.keys("b")
        case .compare:
            openNytorp(Fixtures.nytorpPlanned)
            d.send(.comparisonLoaded(Fixtures.dialogue(Fixtures.nytorp2025)))
        case .report:
            d.keys("R")
            d.send(
                .reportLoaded(
                    d.state.wheel.year, [.heading(1, "Rapport"), .paragraph(String(repeating: "ord ", count: 8000))]))
        case .form: d.keys("a")
        case .confirm: d.keys("d")
        case .help: d.keys("?")
        case .phases: d.keys("1f")
        case .yearPlan:
            let plan = YearPlan.make(
                for: SchoolYear(startYear: 2027), schools: d.state.data.schoolList, dialogues: d.state.data.dialogues,
                facilitatorsOf: { _ in ["Lena Bergström"] }, startMonth: 8, makeID: { "plan" })
            d.send(.yearPlanReady(plan))
        case .speakers:
            live()
            d.keys("a<A-s>")
        case .unsavedQuit:
            d.send(.unsaved(UnsavedChanges(count: 2, trouble: nil)))
            d.keys("q")
        }
        d.effects = []
        return d
    }

    @Test(arguments: KeyContext.allCases.filter { $0 != .global })
    func eachContextIsReachable(_ context: KeyContext) {
        #expect(Self.state(in: context).state.keyContext == context)
    }

    @Test func noKeyMeansTwoThingsInAContext() {
        for context in KeyContext.allCases {
            var seen: Set<KeyEvent> = []
            for binding in Keymaps.tables(context).joined() {
                for key in binding.keys {
                    #expect(!seen.contains(key), "\(context): \(key) is bound twice")
                    seen.insert(key)
                }
            }
        }
    }

    /// Where text is typed, a printable key types itself: no table there may take one.
    @Test func fieldsLeavePrintableKeysToTyping() {
        for context in KeyContext.allCases where context.takesText {
            for binding in Keymaps.table(context) {
                #expect(binding.keys.allSatisfy { Keymaps.typed($0) == nil }, "\(context): \(binding.keyText)")
            }
        }
    }

    /// Listed but not handled: every command a context's tables list has a handler there.
    @Test(arguments: KeyContext.allCases.filter { $0 != .global })
    func everyListedKeyIsHandled(_ context: KeyContext) {
        let d = Self.state(in: context)
        for binding in Keymaps.tables(context).joined() {
            var state = d.state
            let handled = KeyDispatch.run(binding.command, in: context, &state, d.env)
            #expect(handled != nil, "\(context): \(binding.keyText) (\(binding.command)) has no handler")
        }
    }

    /// Every key a terminal can send, plain, with Alt and with Ctrl.
    static let everyKey: [KeyEvent] = {
        var keys: [Key] =
            (32...126).map { .char(Character(Unicode.Scalar($0)!)) } + ["å", "ä", "ö", "Å", "é"].map { .char($0) }
        keys += "abcdefghijklmnopqrstuvwxyz".map { .ctrl($0) }
        keys +=
            [
                .enter, .tab, .backTab, .backspace, .delete, .escape, .up, .down, .left, .right, .home, .end,
                .pageUp, .pageDown, .insert,
            ] + (1...12).map { .function($0) }
        return keys.flatMap { k in [KeyEvent(k), KeyEvent(k, alt: true), KeyEvent(k, ctrl: true)] }
    }()

    /// Handled but not listed: a key that no table in force lists (and that does not type a
    /// character into a field) changes nothing and asks for nothing.
    @Test(arguments: KeyContext.allCases.filter { $0 != .global })
    func anUnlistedKeyDoesNothing(_ context: KeyContext) {
        let d = Self.state(in: context)
        var before = d.state
        before.status = nil
        before.now = d.env.now()
        before.today = d.env.today()
        for key in Self.everyKey where Keymaps.binding(for: key, in: context) == nil {
            if context.takesText, Keymaps.typed(key) != nil { continue }
            var state = d.state
            let effects = AppReducer.reduce(&state, .input(.key(key)), d.env)
            #expect(state == before && effects.isEmpty, "\(context): \(key) does something no table says")
        }
    }

    /// A disabled key does nothing and is not offered as a hint.
    @Test func disabledKeysDoNothing() {
        var d = Self.state(in: .notebookDialogue)
        #expect(d.state.notebook.open?.dialogue.status == .closed)
        let before = d.state
        d.keys("s")
        #expect(d.state.notebook.open == before.notebook.open && d.effects.isEmpty)
        d = Self.state(in: .notebookLive)
        d.keys("u")
        #expect(d.effects.isEmpty)
    }

    /// The drifts the tables fixed: the report closes on its own key and the listed ones, and
    /// scrolls to its end and back without extra presses.
    @Test func aLongTextScrollsClampedAndClosesOnItsKeys() {
        var d = Self.state(in: .report)
        d.keys("G")
        guard case .report(let r) = d.state.overlay else {
            Issue.record("no report")
            return
        }
        let bottom = r.scroll.offset
        #expect(bottom > 0)
        d.keys("jjjjj")
        #expect(d.state.overlay == .report(r))
        d.keys("k")
        guard case .report(let up) = d.state.overlay else {
            Issue.record("no report")
            return
        }
        #expect(up.scroll.offset == bottom - 1)
        d.keys("g<PgDn>")
        guard case .report(let paged) = d.state.overlay else {
            Issue.record("no report")
            return
        }
        // A page is the box less one row.
        let rows = ReportPage.visibleRows(d.state.size)
        #expect(paged.scroll.offset == rows - 1)
        for close in ["R", "q", "<Esc>"] {
            d = Self.state(in: .report)
            d.keys(close)
            #expect(d.state.overlay == nil, "\(close) closes the report")
        }
    }
}
