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
                let base = String(ch).decomposedStringWithCanonicalMapping.unicodeScalars.first!
                out.append(base.value)
            }
        }
        return out
    }

    public static func less(_ a: String, _ b: String) -> Bool {
        let ka = key(a)
        let kb = key(b)
        return ka.lexicographicallyPrecedes(kb) || (ka == kb && a < b)
    }
}
