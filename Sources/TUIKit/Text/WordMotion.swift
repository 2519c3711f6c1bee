/// The one rule for what a word is when the cursor jumps or Ctrl-W deletes, in one-line fields
/// and in the note editor alike: letters, digits, combining marks and `_`. Everything else (spaces,
/// punctuation, `#`, `+`, `@`) separates words, so `#läs` is the word `läs` after a `#`.
public enum WordMotion {
    public static func isWordCharacter(_ c: Character) -> Bool {
        c == "_"
            || c.unicodeScalars.contains { s in
                let p = s.properties
                return p.isAlphabetic || p.numericType != nil
                    || [.nonspacingMark, .spacingMark, .enclosingMark].contains(p.generalCategory)
            }
    }

    /// Where the word before `i` starts (skipping what separates words first).
    public static func start(before i: Int, in chars: [Character]) -> Int {
        var j = i
        while j > 0, !isWordCharacter(chars[j - 1]) { j -= 1 }
        while j > 0, isWordCharacter(chars[j - 1]) { j -= 1 }
        return j
    }

    /// Where the word after `i` ends (skipping what separates words first).
    public static func end(after i: Int, in chars: [Character]) -> Int {
        var j = i
        while j < chars.count, !isWordCharacter(chars[j]) { j += 1 }
        while j < chars.count, isWordCharacter(chars[j]) { j += 1 }
        return j
    }
}
