/// Numbers padded to a width, as `String(format: "%04d")` would, without Foundation's formatter:
/// dates, weeks and school years are written on many rows of every frame.
public enum Padded {
    /// `n` with zeros in front to at least `width` digits (a minus sign first if negative).
    public static func zeros(_ n: Int, _ width: Int) -> String {
        let s = String(n.magnitude)
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// `n` with spaces in front to at least `width` characters.
    public static func spaces(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }

    /// Two or three numbers, each with zeros in front to its width, with ASCII text between them:
    /// `joined((2026, 4), "-", (9, 2), "-", (18, 2))` is "2026-09-18". Written straight into the
    /// string's bytes (a date is short enough to need no memory of its own). The numbers are not
    /// negative.
    static func joined(
        _ a: (Int, Int), _ ab: StaticString, _ b: (Int, Int), _ bc: StaticString = "", _ c: (Int, Int)? = nil
    ) -> String {
        func length(_ n: (Int, Int)) -> Int { max(n.1, digitCount(n.0.magnitude)) }
        let total = length(a) + ab.utf8CodeUnitCount + length(b) + (c.map { bc.utf8CodeUnitCount + length($0) } ?? 0)
        return String(unsafeUninitializedCapacity: total) { out in
            var end = 0
            func put(_ n: (Int, Int)) {
                var v = n.0.magnitude
                let count = length(n)
                for place in stride(from: end + count - 1, through: end, by: -1) {
                    out[place] = UInt8(ascii: "0") + UInt8(v % 10)
                    v /= 10
                }
                end += count
            }
            func put(_ text: StaticString) {
                text.withUTF8Buffer { bytes in
                    for byte in bytes {
                        out[end] = byte
                        end += 1
                    }
                }
            }
            put(a)
            put(ab)
            put(b)
            if let c {
                put(bc)
                put(c)
            }
            return end
        }
    }

    private static func digitCount(_ n: UInt) -> Int {
        var count = 1
        var v = n
        while v >= 10 {
            v /= 10
            count += 1
        }
        return count
    }
}
