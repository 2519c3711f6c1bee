import Foundation
import TestSupport
import Testing
import TillitDomain

@testable import TillitStore

/// Processes, locks, kills and files from offices.
@Suite struct RobustnessTests {
    let folder = TempFolder("robust")
    var store: String { folder.sub("store") }
    var tillit: TillitProcess { TillitProcess(home: folder.path, extra: ["TILLIT_HOME": store]) }

    @Test func aSecondWriterIsToldWhoHoldsTheStoreAndChangesNothing() throws {
        #expect(try tillit.run(["init", "--demo"]).status == 0)
        let before = folder.bytes("\(store)/schools.json")
        // This test process holds the lock, as a running Tillit would.
        guard case .success(let lock) = StoreLock.acquire("\(store)/lock", command: "tillit (test holder)") else {
            Issue.record("could not take the lock")
            return
        }
        let out = try tillit.run(["school", "add", "--name", "Ny skola", "--area", "Nordost"])
        #expect(out.status == 1)
        #expect(out.stderr.contains("process \(getpid())"))
        #expect(out.stderr.contains("tillit (test holder)"))
        #expect(folder.bytes("\(store)/schools.json") == before)
        // Reading still works meanwhile.
        #expect(try tillit.run(["school", "list", "--json"]).status == 0)
        lock.release()
        #expect(try tillit.run(["school", "add", "--name", "Ny skola", "--area", "Nordost"]).status == 0)
    }

    @Test func aWriterKilledBetweenWritingAndRenamingLeavesTheOldFileIntact() throws {
        #expect(try tillit.run(["init", "--demo"]).status == 0)
        let schools = "\(store)/schools.json"
        let before = try #require(folder.bytes(schools))
        let marker = folder.sub("paused")
        let process = try tillit.start(
            ["school", "add", "--name", "Ny skola", "--area", "Nordost"],
            extra: [DurableFile.pauseBeforeRenameVariable: marker])
        #expect(waitUntil { FileManager.default.fileExists(atPath: marker) }, "the writer never reached the rename")
        // The new content is fully written and synced in the temporary file at this point.
        let temp = String(decoding: try #require(folder.bytes(marker)), as: UTF8.self)
        #expect(String(decoding: try #require(folder.bytes(temp)), as: UTF8.self).contains("Ny skola"))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(folder.bytes(schools) == before)
        #expect(try tillit.run(["doctor"]).stdout.contains("temporary file"))
        // The kernel freed the lock; the next writer cleans up and succeeds.
        #expect(try tillit.run(["school", "add", "--name", "Ny skola", "--area", "Nordost"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: temp))
        #expect(try tillit.run(["doctor"]).status == 0)
    }

    @Test func importAllOrNothingFromOfficeFiles() throws {
        #expect(try tillit.run(["init", "--demo"]).status == 0)
        let before = folder.bytes("\(store)/schools.json")
        // Windows-1252 with semicolons and CRLF, as Excel saves "CSV (semikolonavgränsad)":
        // every character here is in Latin-1, where Windows-1252 has the same byte.
        let bytes = "Skolenhet;Utbildningsområde;Rektor;Årskurser\r\nBjörkekärrsskolan;Nordost;Ulla Ek;F-6\r\n"
            .unicodeScalars.map { UInt8($0.value) }
        folder.write("skolor.csv", bytes)
        var out = try tillit.run(["school", "import", folder.sub("skolor.csv"), "--dry-run"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("would add: Björkekärrsskolan"))
        #expect(out.stderr.contains("Windows-1252"))
        #expect(folder.bytes("\(store)/schools.json") == before)
        out = try tillit.run(["school", "import", folder.sub("skolor.csv")])
        #expect(out.status == 0, "\(out.stderr)")
        let rows = try #require(
            try JSONSerialization.jsonObject(with: try tillit.run(["school", "list", "--json"]).stdoutData)
                as? [[String: Any]])
        #expect(rows.contains { $0["name"] as? String == "Björkekärrsskolan" && $0["grades"] as? String == "F-6" })

        // A file with one bad row imports nothing and names the line.
        let afterGood = folder.bytes("\(store)/schools.json")
        folder.write("bad.csv", "\u{FEFF}name,area,grades\nA skola,Nordost,F-3\nB skola,Nordost,F-13\n")
        out = try tillit.run(["school", "import", folder.sub("bad.csv")])
        #expect(out.status == 1)
        #expect(out.stderr.contains("bad.csv:3:"))
        #expect(out.stderr.contains("F-13"))
        #expect(folder.bytes("\(store)/schools.json") == afterGood)
    }

    @Test func aNewerStoreIsReadButNeverWritten() throws {
        #expect(try tillit.run(["init", "--demo"]).status == 0)
        try Data("{\"format\": \"tillit-store\", \"formatVersion\": 9}\n".utf8)
            .write(to: URL(fileURLWithPath: "\(store)/manifest.json"))
        let before = folder.bytes("\(store)/schools.json")
        #expect(try tillit.run(["school", "list"]).status == 0)
        let out = try tillit.run(["school", "archive", "Hagenskolan"])
        #expect(out.status == 1)
        #expect(out.stderr.contains("format version 9"))
        #expect(folder.bytes("\(store)/schools.json") == before)
    }
}
