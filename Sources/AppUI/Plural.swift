import TillitDomain

/// Counted words: "1 öppen åtgärd", "2 öppna åtgärder".
enum Plural {
    static func openActions(_ n: Int, _ t: Localizer) -> String {
        n == 1 ? t(.openActionOne) : t(.openActionsShort, ["count": String(n)])
    }

    static func matches(_ n: Int, _ t: Localizer) -> String {
        n == 1 ? t(.matchOne) : t(.matchCount, ["count": String(n)])
    }

    static func notes(_ n: Int, _ t: Localizer) -> String {
        n == 1 ? t(.noteOne) : t(.notesShort, ["count": String(n)])
    }
}
