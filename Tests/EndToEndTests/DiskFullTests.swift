import Foundation
import TestSupport
import Testing

/// A full disk in the middle of a meeting, on a small tmpfs: what was typed is never lost,
/// whether the facilitator quits, the terminal is closed, or the program is told to stop.
/// (Skipped, saying so, where a tmpfs cannot be mounted.)
@Suite(.serialized) struct DiskFullTests {
    let folder = TempFolder("diskfull")
    var bin: String { TillitProcess.executable }
    var disk: String { folder.sub("disk") }
    var store: String { folder.sub("disk/store") }
    var rescue: String { folder.sub("state/tillit/rescue") }
    var environment: [String: String] {
        [
            "HOME": folder.path, "TMPDIR": folder.path, "TILLIT_HOME": store, "LANG": "C.UTF-8",
            "XDG_STATE_HOME": folder.sub("state"),
        ]
    }
    var cli: TillitProcess {
        TillitProcess(home: folder.path, extra: ["TILLIT_HOME": store, "XDG_STATE_HOME": folder.sub("state")])
    }

    @discardableResult
    func sh(_ command: String) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try? p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// A 6 MB tmpfs with a demo store on it; false (and a word in the log) when it cannot be made.
    func mountDisk() -> Bool {
        try? FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        guard sh("mount -t tmpfs -o size=6m,mode=0700 tmpfs '\(disk)'") == 0 else {
            print("skipped: cannot mount a tmpfs here (needs root); the full-disk cases were not run")
            return false
        }
        return (try? cli.run(["init", "--demo"]).status) == 0
    }

    func unmount() { sh("umount -l '\(disk)'") }

    /// Opens Nytorpsskolan's planned dialogue, starts it, fills the disk, writes and saves a note.
    func typeOnAFullDisk(_ tmux: TmuxSession) {
        tmux.startNytorpsDialogue()
        // The disk fills up.
        sh("head -c 20000000 /dev/zero > '\(disk)/filler'")
        tmux.keys("a")
        #expect(tmux.waitFor("Ny anteckning"))
        tmux.type("Läsningen lyfte när disken var full")
        tmux.keys("Enter")
        #expect(tmux.waitFor("Kan inte spara just nu"))
    }

    /// After the disk has room again: the next start folds the copy in; the note is there.
    func nextStartFoldsTheCopyIn() throws {
        unlink("\(disk)/filler")
        let again = try TmuxSession(width: 110, height: 32, command: "exec \(bin) --lang sv", environment: environment)
        #expect(again.waitFor("nödkopia"))
        again.keys("q")
        let shown = try cli.run(["dialogue", "show", "7c2e9b41", "--json"])
        #expect(shown.stdout.contains("Läsningen lyfte när disken var full"), "\(shown.stderr)")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: rescue)) ?? []).isEmpty)
    }

    @Test func quittingOnAFullDiskOffersAnEmergencyCopy() throws {
        guard mountDisk() else { return }
        defer { unmount() }
        let tmux = try TmuxSession(
            width: 110, height: 32,
            command: "\(bin) --lang sv; echo \"EXIT:$?\"; sleep 30", environment: environment)
        typeOnAFullDisk(tmux)
        tmux.keys("q")
        #expect(tmux.waitFor("kunde inte sparas"))
        tmux.keys("x")
        #expect(tmux.waitFor("EXIT:0"))
        #expect(tmux.screen().contains("nödkopia"))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: rescue)) ?? []).count == 1)
        try nextStartFoldsTheCopyIn()
    }

    @Test(arguments: ["hangup", "terminate", "kill"])
    func aHangupOrSigtermOnAFullDiskWritesTheEmergencyCopyItself(_ how: String) throws {
        guard mountDisk() else { return }
        defer { unmount() }
        let tmux = try TmuxSession(width: 110, height: 32, command: "exec \(bin) --lang sv", environment: environment)
        typeOnAFullDisk(tmux)
        let pid = Int32(tmux.format("#{pane_pid}")) ?? 0
        #expect(pid > 0)
        // A kill -9 gives no chance to write anything: the copy kept up to date while changes
        // waited is what is there.
        switch how {
        case "hangup": tmux.close()
        case "terminate": kill(pid, SIGTERM)
        default: kill(pid, SIGKILL)
        }
        #expect(waitUntil { processEnded(pid) })
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: rescue)) ?? []).count == 1)
        try nextStartFoldsTheCopyIn()
    }
}
