import TillitDomain
import TillitStore

/// What the reducer asks the outside world to do; results come back as actions.
public enum AppEffect: Equatable, Sendable {
    case loadDialogue(String)
    case saveSchools(SchoolsDocument)
    case saveWheel(Wheel)
    case createDialogue(Dialogue)
    /// Append a change of a dialogue to its journal (before the screen shows it).
    case journal(String, DialogueChange)
    /// Write a dialogue's journal into its file (on leaving it, and on quitting).
    case foldJournal(String)
    case suspend
    case quit
}
