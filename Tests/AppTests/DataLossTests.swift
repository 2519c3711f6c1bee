import AppCore
import AppUI
import Foundation
import TUIKit
import TestSupport
import Testing
import TillitDomain
import TillitStore

@testable import AppRuntime

/// "Never loses a word", when the disk will not take it: quitting asks, an emergency copy is
/// written outside the store and folded in by the next start; the journal stays small however
/// long the note; what is pasted keeps its indentation and loses its control characters.
@Suite struct DataLossTests {
    static let planned = "7c2e9b41-5d0a-4f36-9e18-2b6f0c4d8a73"

    /// Nytorpsskolan's planned dialogue, started, in the strengths.
    func live(_ h: AppHarness) {
        h.keys("jjjj<Enter><Enter>")
        h.keys("s")
        h.keys("<Enter><Enter><Enter>")  // the setup, then last year's two actions
    }

    /// The journal cannot be written: its folder's place is taken by a file.
    func blockJournal(_ h: AppHarness) {
        let journal = h.folder.sub("store/journal")
        try? FileManager.default.removeItem(atPath: journal)
        FileManager.default.createFile(atPath: journal, contents: Data("x".utf8))
    }

    @Test func quittingWithChangesTheDiskWouldNotTakeAsksAndAnEmergencyCopyKeepsThem() throws {
        let h = try AppHarness()
        blockJournal(h)
        live(h)
        h.keys("a")
        h.type("Eleverna känner sig trygga")
        h.keys("<Enter>")
        #expect(h.state.unsaved?.count ?? 0 > 0)
        // q does not drop them: it says what waits and offers what to do.
        h.keys("q")
        #expect(h.state.running)
        guard case .unsavedQuit = h.state.overlay else {
            Issue.record("no question on quitting")
            return
        }
        #expect(h.shows("kunde inte sparas"))
        #expect(h.shows("nödkopia"))
        // Trying again while the disk still refuses keeps the question open.
        h.keys("<Enter>")
        guard case .unsavedQuit = h.state.overlay else {
            Issue.record("the question went away")
            return
        }
        // Esc stays in Tillit, nothing lost.
        h.keys("<Esc>")
        #expect(h.state.running && h.state.overlay == nil)
        h.keys("qx")
        #expect(!h.state.running)
        let copies = DurableFile.names(in: h.folder.sub("rescue"))
        #expect(copies.count == 1, "\(copies)")
        #expect(h.state.rescued?.paths.first?.hasPrefix(h.folder.sub("rescue")) == true)
        #expect(mode(of: h.folder.sub("rescue/\(copies[0])")) == 0o600)
        // The event log says what happened, for whoever helps (never the note's text).
        let log = String(decoding: h.folder.bytes("state/tillit.log") ?? [], as: UTF8.self)
        #expect(log.contains("journal of \(Self.planned) not written"))
        #expect(log.contains("emergency copy of"))
        #expect(!log.contains("Eleverna känner sig trygga"))
        #expect(mode(of: h.folder.sub("state/tillit.log")) == 0o600)

        // The disk is back: the next start folds the copy in and says so.
        try FileManager.default.removeItem(atPath: h.folder.sub("store/journal"))
        h.store.close()
        let store = try Store.open(at: h.folder.sub("store"), mode: .write(command: "next start"))
        let (notice, _) = Recovering(
            store: store, t: Localizer(.sv), rescue: RescueFolder(candidates: [h.folder.sub("rescue")])
        ).run()
        #expect(notice?.text.contains("nödkopia") == true)
        let d = try store.dialogue(Self.planned)
        #expect(d.notes.map(\.text).contains("Eleverna känner sig trygga"))
        #expect(DurableFile.names(in: h.folder.sub("rescue")).isEmpty)
    }

    /// A draft kept on purpose (Esc) and a clean quit: the next start has nothing to restore and
    /// says nothing of it (it said "Återställde dialogen…" at every start, and opened nothing).
    @Test func aDraftKeptAndACleanQuitAreNotCalledARestore() throws {
        let h = try AppHarness()
        live(h)
        h.keys("a")
        h.type("Eleverna känner sig trygga")
        h.keys("<Esc>")
        h.keys("q")
        #expect(!h.state.running)
        _ = h.runner.effects.finish()
        h.store.close()
        let store = try Store.open(at: h.folder.sub("store"), mode: .write(command: "next start"))
        let (notice, reopen) = Recovering(
            store: store, t: Localizer(.sv), rescue: RescueFolder(candidates: [h.folder.sub("rescue")])
        ).run()
        #expect(notice == nil, "\(notice?.text ?? "")")
        #expect(reopen == nil)
        #expect(try store.dialogue(Self.planned).draft?.text == "Eleverna känner sig trygga")
    }

    @Test func aHangupWithChangesTheDiskWouldNotTakeWritesTheEmergencyCopyItself() throws {
        let h = try AppHarness()
        blockJournal(h)
        live(h)
        h.keys("a")
        h.type("Skrivet när disken var full")
        h.runner.step([.hangup])
        #expect(!h.state.running)
        guard case .rescued(let report)? = h.runner.effects.finish() else {
            Issue.record("no emergency copy")
            return
        }
        #expect(report.paths.first?.hasPrefix(h.folder.sub("rescue")) == true)
        let (copies, _) = RescueFolder(candidates: [h.folder.sub("rescue")]).copies(forStore: h.folder.sub("store"))
        #expect(copies.count == 1)
        let whole = try #require(copies.first?.document.dialogue)
        #expect(whole.draft?.text == "Skrivet när disken var full")
    }

    /// A keystroke costs the journal the same at the start and at the end of a long note, and a
    /// large paste is written once, not again with every key after it.
    @Test func theJournalGrowsWithWhatIsTypedNotWithTheNotesLength() throws {
        let h = try AppHarness()
        live(h)
        h.keys("a")
        let journal = h.folder.sub("store/journal/\(Self.planned).jsonl")
        func size() -> Int { Int(FileFingerprint.of(journal)?.size ?? 0) }
        h.type("Början")
        let startSize = size()
        h.type("a")
        let firstKey = size() - startSize
        h.type(String(repeating: "Läsförståelsen har ökat i alla årskurser. ", count: 30))
        let before = size()
        h.type("b")
        let lastKey = size() - before
        #expect(lastKey <= firstKey + 8, "a key at the end cost \(lastKey) bytes, at the start \(firstKey)")
        #expect(lastKey < 120)
        // (Before, each key after a paste wrote the whole note again: 24 keys after 200 kB
        // would have written 4.8 MB.)
        let pasted = String(repeating: "x", count: 200_000)
        let beforePaste = size()
        h.paste(pasted)
        h.type(String(repeating: "y", count: 24))
        #expect(size() - beforePaste < 220_000)
        // And it all comes back.
        let d = try h.store.dialogueWithJournal(Self.planned).dialogue
        #expect(d.draft?.text.hasSuffix(pasted + String(repeating: "y", count: 24)) == true)
    }

    @Test func aPasteKeepsItsIndentationAndLosesItsControlCharacters() throws {
        let h = try AppHarness()
        live(h)
        h.keys("a")
        h.paste("Punkter:\n  - läsning\n\t- skrivning\u{1B}[2J\u{07}\u{0}\u{9B}")
        h.keys("<Enter>")
        let note = try #require(h.state.notebook.open?.dialogue.notes.last)
        #expect(note.text == "Punkter:\n  - läsning\n\t- skrivning[2J")
        let saved = try h.store.dialogueWithJournal(Self.planned).dialogue
        #expect(saved.notes.last?.text == note.text)
    }

    /// The screen's export never replaces a file: it offers a free name beside it.
    @Test func exportingOverAnExistingFileOffersANewName() throws {
        let h = try AppHarness()
        let home = h.folder.sub("home")
        setenv("HOME", home, 1)
        h.keys("jjjj<Enter>")
        h.keys("j<Enter>")  // last year's closed dialogue
        let target = h.folder.sub("out/notes")
        try FileManager.default.createDirectory(atPath: h.folder.sub("out"), withIntermediateDirectories: true)
        h.folder.write("out/notes.md", "edited by hand")
        h.keys("x")
        guard case .form = h.state.overlay else {
            Issue.record("no export form")
            return
        }
        // The path field: replace it with the existing file's name.
        h.keys("<Tab>")
        h.type(target)
        h.keys("<Tab><Right><Enter>")  // no masking; save
        guard case .form(let again) = h.state.overlay else {
            Issue.record("the form did not come back")
            return
        }
        #expect(again.error?.contains("finns redan") == true)
        #expect(again.value(.path) == target + "-2")
        #expect(h.folder.bytes("out/notes.md") == Array("edited by hand".utf8))
        h.keys("<Enter>")
        #expect(FileManager.default.fileExists(atPath: target + "-2.md"))
        #expect(h.folder.bytes("out/notes.md") == Array("edited by hand".utf8))
    }
}
