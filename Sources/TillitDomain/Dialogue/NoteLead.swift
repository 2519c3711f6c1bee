/// What goes before a note's text wherever it is written (meeting notes, the screen, the report,
/// the comparison): its kind when that is not its section's own, and who said it.
/// "Utmaning (Else-Marie Hallqvist): ", "Utmaning: ", "Else-Marie Hallqvist: ".
public enum NoteLead {
    public static func make(kind: String?, speaker: String?) -> String {
        switch (kind, speaker) {
        case (let k?, let s?): return capitalised(k) + " (\(s)): "
        case (let k?, nil): return capitalised(k) + ": "
        case (nil, let s?): return s + ": "
        case (nil, nil): return ""
        }
    }

    public static func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}

extension Note {
    /// The kind in words when it is not the section's own kind, else nil; for the other
    /// computer's version of a note both changed (a merge conflict not yet resolved), that.
    public func kindLabel(_ t: Localizer) -> String? {
        if conflictOf != nil { return t(.conflictOtherVersion) }
        return kind == section.defaultNoteKind ? nil : t.noteKind(kind)
    }

    /// What goes before the note's text (see `NoteLead`).
    public func lead(_ t: Localizer) -> String { NoteLead.make(kind: kindLabel(t), speaker: speaker) }
}
