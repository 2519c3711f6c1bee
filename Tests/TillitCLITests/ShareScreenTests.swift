import AppCore
import AppRuntime
import Foundation
import TestSupport
import Testing
import TillitDomain
import TillitShare
import TillitStore

/// Syncing from the screen: in the background while a dialogue is live, typing never waits, and
/// what the other computer wrote in the same dialogue appears beside what is being typed.
@Suite struct ShareScreenTests {
    /// The screen on store a of `share`, syncing through its remote.
    static func screen(_ share: ShareTests) throws -> AppHarness {
        let env = ["HOME": share.folder.path, "PATH": "/usr/bin:/bin", "LC_ALL": "C"]
        let sharing = try #require(
            SharingRunner.forStore(
                share.store("a"), t: Localizer(.sv), environment: env, fallbackAuthor: nil,
                driver: TillitProcess.executable))
        return try AppHarness(root: share.store("a"), sharing: sharing)
    }

    @Test func theScreenSyncsWhileADialogueIsLive() throws {
        let share = ShareTests()
        try share.setUp()
        // B writes in the planned dialogue and shares it.
        try share.addNote("Från Jonas dator", id: "from-b", in: "b")
        _ = try share.sync("b")
        let h = try Self.screen(share)
        #expect(h.state.sharing.shared)
        h.runner.effects.countNotShared()
        h.settle()
        #expect(h.state.sharing.notShared == 0)
        // Nytorpsskolan's planned dialogue, started and live.
        h.keys("2")
        while h.state.selectedSchool?.name != "Nytorpsskolan" { h.keys("j") }
        h.keys("<Enter>")
        h.keys("<Enter>")
        h.settle()
        #expect(h.state.notebook.open?.dialogue.id == ShareTests.planned)
        h.keys("s")
        h.settle()
        h.keys("<Enter>")
        h.settle()
        if case .form = h.state.overlay { h.keys("<Esc>") }
        #expect(h.state.notebook.open?.isLive == true)
        h.keys("a")
        h.type("Skrivet innan synken")
        h.keys("<Enter>")
        // S syncs in the background; typing goes on at once.
        h.keys("S")
        #expect(h.state.sharing.syncing)
        h.keys("a")
        h.type("Skrivet under synken")
        #expect(h.state.notebook.open?.editor?.buffer.text == "Skrivet under synken")
        h.settle()
        #expect(!h.state.sharing.syncing)
        #expect(h.state.status?.text.hasPrefix("Synkat:") == true, "\(h.state.status?.text ?? "")")
        h.keys("<Enter>")
        let texts = h.state.notebook.open?.dialogue.notes.map(\.text) ?? []
        #expect(texts.contains("Från Jonas dator"), "\(texts)")
        #expect(texts.contains("Skrivet innan synken") && texts.contains("Skrivet under synken"))
        // Leaving folds it; the next sync shares it, and B has every word.
        h.keys("<Esc>")
        h.settle()
        #expect((h.state.sharing.notShared ?? 0) > 0)
        h.keys("S")
        h.settle()
        #expect(h.state.sharing.notShared == 0, "\(h.state.status?.text ?? "")")
        _ = try share.sync("b")
        let atB = try share.texts("b", ShareTests.planned)
        #expect(
            atB.contains("Skrivet innan synken") && atB.contains("Skrivet under synken")
                && atB.contains("Från Jonas dator"))
        h.runner.effects.close()
    }

    /// A sync that brings nothing in and folds no journal leaves the screen's data as it was (on
    /// a large store, making it again is a wait for the next key); one that brings a dialogue in
    /// shows it.
    @Test func aSyncThatChangesNothingKeepsTheScreensData() throws {
        let share = ShareTests()
        try share.setUp()
        let h = try Self.screen(share)
        func notes() -> Int? { h.state.data.dialogues.first { $0.id == ShareTests.planned }?.noteCount }
        let before = (stamp: h.state.data.stamp.value, notes: notes())
        h.keys("S")
        h.settle()
        #expect(h.state.status?.text == h.state.t(.syncNothing), "\(h.state.status?.text ?? "")")
        #expect(h.state.data.stamp.value == before.stamp)
        // B writes in the planned dialogue and shares it: A's next sync brings it to the screen.
        try share.addNote("Från Jonas dator", id: "from-b", in: "b")
        _ = try share.sync("b")
        h.keys("S")
        h.settle()
        #expect(h.state.data.stamp.value != before.stamp)
        #expect(notes() == (before.notes ?? 0) + 1)
        h.runner.effects.close()
    }

    /// A merge says whether it changed a file, also one an earlier merge of the same sync brought
    /// in already (after a refused push the screen merges again): the screen reads the store
    /// again on that, not on its count of files received growing.
    @Test func aMergeSaysWhetherItChangedAFileAlreadyReceived() throws {
        let share = ShareTests()
        try share.setUp()
        let env = ["HOME": share.folder.path, "PATH": "/usr/bin:/bin", "LC_ALL": "C", "GIT_CONFIG_NOSYSTEM": "1"]
        let sync = ShareSync(
            root: share.store("a"), driver: TillitProcess.executable, t: Localizer(.sv), environment: env)
        var report = SyncReport()
        try sync.fetch()
        #expect(try sync.mergeIncoming(&report) == false)
        try share.addNote("Från Jonas dator", id: "from-b", in: "b")
        _ = try share.sync("b")
        try sync.fetch()
        #expect(try sync.mergeIncoming(&report) == true)
        let received = report.received
        #expect(received == ["dialogues/\(ShareTests.planned).json"])
        // The same dialogue changed again: the files received are the same, and the merge changed one.
        try share.addNote("Och en till", id: "from-b-2", in: "b")
        _ = try share.sync("b")
        try sync.fetch()
        #expect(try sync.mergeIncoming(&report) == true)
        #expect(report.received == received)
        #expect(try share.texts("a", ShareTests.planned).contains("Och en till"))
    }
}
