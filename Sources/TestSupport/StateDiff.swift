/// The lines in which two values' dumps differ: what an exhaustive expectation prints when a
/// state changed other than the test said.
public enum StateDiff {
    public static func lines<T>(expected: T, actual: T, context: Int = 2) -> String {
        var a = ""
        var b = ""
        dump(expected, to: &a)
        dump(actual, to: &b)
        let left = a.split(separator: "\n", omittingEmptySubsequences: false)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for i in 0..<max(left.count, right.count) {
            let l = i < left.count ? left[i] : ""
            let r = i < right.count ? right[i] : ""
            if l != r { out.append("  expected: \(l.trimmingCharacters())\n  actual:   \(r.trimmingCharacters())") }
            if out.count >= 12 { break }
        }
        return out.joined(separator: "\n")
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String { String(drop { $0 == " " }) }
}
