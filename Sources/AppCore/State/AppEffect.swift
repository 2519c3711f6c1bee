import TillitDomain
import TillitStore

/// What the reducer asks the outside world to do; results come back as actions.
public enum AppEffect: Equatable, Sendable {
    case loadDialogue(String)
    case saveSchools(SchoolsDocument)
    case saveWheel(Wheel)
    case createDialogue(Dialogue)
    case suspend
    case quit
}
