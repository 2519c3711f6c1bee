/// Sorting as a Swedish reader expects: case-insensitive, å ä ö after z (in that order),
/// other accented letters with their base letter (é with e, ü with y as Swedish dictionaries do).
public enum SwedishOrder {
    public static func key(_ s: String) -> [UInt32] {
        var out: [UInt32] = []
        for ch in s.lowercased() {
            switch ch {
            case "å": out.append(UInt32(("z" as Unicode.Scalar).value) + 1)
            case "ä", "æ": out.append(UInt32(("z" as Unicode.Scalar).value) + 2)
            case "ö", "ø": out.append(UInt32(("z" as Unicode.Scalar).value) + 3)
            case "ü": out.append(UInt32(("y" as Unicode.Scalar).value))
            default:
                // ASCII needs nothing more; other letters sort with their base letter (é with e).
                let first = ch.unicodeScalars.first!
                if first.isASCII {
                    out.append(first.value)
                } else {
                    out.append(String(ch).decomposedStringWithCanonicalMapping.unicodeScalars.first!.value)
                }
            }
        }
        return out
    }

    /// Sorts by a string, computing each sort key once.
    public static func sorted<T>(_ items: [T], by name: (T) -> String) -> [T] {
        items.map { (key(name($0)), name($0), $0) }
            .sorted { $0.0 != $1.0 ? $0.0.lexicographicallyPrecedes($1.0) : $0.1 < $1.1 }
            .map(\.2)
    }

    public static func less(_ a: String, _ b: String) -> Bool {
        let ka = key(a)
        let kb = key(b)
        return ka.lexicographicallyPrecedes(kb) || (ka == kb && a < b)
    }
}
