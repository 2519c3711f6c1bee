import Foundation
import TUIKit

/// Compares a screen with a golden file beside the test (text, then one letter per style role).
/// `TILLIT_RECORD=1` writes the files; a mismatch writes `NAME.actual.txt` next to the golden one.
public enum Snapshot {
    public enum Outcome: Equatable {
        case matched
        case recorded
        case missing(String)
        case mismatch(String)
    }

    public static func check(_ screen: Screen, named name: String, testFile: String = #filePath) -> Outcome {
        let folder = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let golden = folder.appendingPathComponent("\(name).txt")
        let actual = screen.snapshot()
        if ProcessInfo.processInfo.environment["TILLIT_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: golden, atomically: true, encoding: .utf8)
            return .recorded
        }
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            return .missing("no snapshot \(golden.path); record it with TILLIT_RECORD=1")
        }
        if expected == actual { return .matched }
        let path = folder.appendingPathComponent("\(name).actual.txt")
        try? actual.write(to: path, atomically: true, encoding: .utf8)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for i in 0..<max(e.count, a.count) where (i < e.count ? e[i] : "") != (i < a.count ? a[i] : "") {
            diff.append("line \(i + 1):\n- \(i < e.count ? e[i] : "")\n+ \(i < a.count ? a[i] : "")")
            if diff.count == 6 { break }
        }
        return .mismatch("\(name) differs (see \(path.path)):\n" + diff.joined(separator: "\n"))
    }
}
