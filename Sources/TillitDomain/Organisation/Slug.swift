/// Readable identifiers made from names: "Nya Varvets skola" becomes `nya-varvets-skola`.
public enum Slug {
    /// A lowercase ASCII slug; å and ä become a, ö becomes o, other letters lose their accents.
    public static func make(_ name: String) -> String {
        var out = ""
        var lastDash = true
        for scalar in name.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) {
                out.unicodeScalars.append(scalar)
                lastDash = false
            } else if !lastDash {
                out.append("-")
                lastDash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }

    /// A slug not yet in `taken`, adding `-2`, `-3`... when needed.
    public static func unique(_ name: String, taken: Set<String>) -> String {
        let base = make(name)
        if !taken.contains(base) { return base }
        var n = 2
        while taken.contains("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }
}
