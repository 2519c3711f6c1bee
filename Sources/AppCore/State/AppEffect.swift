import TillitDomain

/// What the reducer asks the outside world to do; results come back as actions.
public enum AppEffect: Equatable, Sendable {
    case loadDialogue(String)
    case saveSchools(SchoolList)
    case saveWheel(Wheel)
    case createDialogue(Dialogue)
    /// Append a change of a dialogue to its journal (before the screen shows it).
    case journal(String, DialogueChange)
    /// Write a dialogue's journal into its file (on leaving it, and on quitting).
    case foldJournal(String)
    /// Export a dialogue to a file (format: md, html, txt, json, docx).
    case export(dialogueID: String, format: String, path: String, redact: Bool)
    /// Build the quality report for a school year.
    case loadReport(SchoolYear)
    /// Find the school's dialogue before this one, to compare with.
    case loadComparison(String)
    /// Search every note for a query.
    case search(String, ignoreDiacritics: Bool)
    /// Find the school's previous dialogue before starting this one (for participants and actions).
    case prepareStart(String)
    /// Record a follow-up on an action in the dialogue that created it.
    case followUpAction(dialogueID: String, actionID: String, ActionFollowUp)
    /// Try again to write the changes that wait for the disk.
    case retryWrites
    /// Write the changes that wait for the disk to an emergency copy outside the store.
    case writeRescue
    case suspend
    case quit
}
