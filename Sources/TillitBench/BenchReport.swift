import Foundation

extension Bench {
    /// Prints the table and writes the JSON file.
    static func report(_ results: [Stats], dialogueCount: Int, noteCount: Int, jsonPath: String) {
        // The table.
        func f(_ v: Double) -> String { v >= 100 ? String(format: "%.0f", v) : String(format: "%.2f", v) }
        print(
            "\n" + "measurement".padding(toLength: 36, withPad: " ", startingAt: 0)
                + "median ms    p99 ms  p99.9 ms    max ms  target")
        for r in results {
            print(
                r.name.padding(toLength: 36, withPad: " ", startingAt: 0)
                    + [r.median, r.p99, r.p999, r.max].map { f($0).leftPad(9) }.joined(separator: " ") + "  " + r.target
            )
        }
        let memory = Clock.peakMemoryMB()
        print(String(format: "peak memory: %.0f MB (target ≤ 200 MB)", memory))
        struct Output: Encodable {
            var dialogues: Int
            var notes: Int
            var results: [Stats]
            var peakMemoryMB: Double
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            try encoder.encode(
                Output(dialogues: dialogueCount, notes: noteCount, results: results, peakMemoryMB: memory)
            )
            .write(to: URL(fileURLWithPath: jsonPath))
            print("Wrote \(jsonPath).")
        } catch {
            print("Could not write \(jsonPath): \(error)")
        }
    }
}
