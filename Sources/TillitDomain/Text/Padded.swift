/// Numbers padded to a width, as `String(format: "%04d")` would, without Foundation's formatter:
/// dates, weeks and school years are written on many rows of every frame.
public enum Padded {
    /// `n` with zeros in front to at least `width` digits (a minus sign first if negative).
    public static func zeros(_ n: Int, _ width: Int) -> String { pad(n, width, "0") }

    /// `n` with spaces in front to at least `width` characters.
    public static func spaces(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }

    private static func pad(_ n: Int, _ width: Int, _ fill: Character) -> String {
        let s = String(n.magnitude)
        return (n < 0 ? "-" : "") + String(repeating: fill, count: max(0, width - s.count)) + s
    }
}
