import TillitDomain
import TillitExport

/// What the reducer asks the outside world to do; results come back as actions. An effect
/// carries everything it needs (the day, the language), so the runner keeps no state of its own
/// about them.
public enum AppEffect: Equatable, Sendable {
    /// Read a dialogue, for what it is wanted for.
    case loadDialogue(String, intent: LoadIntent)
    case saveSchools(SchoolList)
    case saveFigures(FigureBook)
    case saveWheel(Wheel)
    case createDialogue(Dialogue)
    /// Remove a planned dialogue nothing has been written in.
    case removePlannedDialogue(String)
    /// Append a change of a dialogue to its journal (before the screen shows it).
    case journal(String, DialogueChange)
    /// Write a dialogue's journal into its file (on leaving it, and on quitting).
    case foldJournal(String)
    /// Export a dialogue to a file.
    case export(ExportRequest)
    /// Build the quality report for a school year, as of `today`, in `language`.
    case loadReport(SchoolYear, today: LocalDate, language: Language)
    /// Find the school's dialogue before this one, to compare with.
    case loadComparison(String)
    /// Search every note for a query.
    case search(String, ignoreDiacritics: Bool)
    /// Find the school's previous dialogue before starting this one (for participants and actions).
    case prepareStart(String)
    /// The same for a dialogue not written yet: the school's newest held dialogue.
    case prepareNew(schoolID: String)
    /// Make a school year's plan (it comes back to be accepted).
    case prepareYearPlan(SchoolYear, today: LocalDate)
    /// The dialogue before this one, to follow up its actions (`F`).
    case loadPreviousForReview(String)
    /// Record a follow-up on an action in the dialogue that created it.
    case followUpAction(dialogueID: String, actionID: String, ActionFollowUp)
    /// Try again to write the changes that wait for the disk.
    case retryWrites
    /// Share the store's changes and take in the others' (in the background).
    case sync
    /// Write the changes that wait for the disk to an emergency copy outside the store.
    case writeRescue
    case suspend
    case quit
}

/// An export as the form asked for it.
public struct ExportRequest: Equatable, Sendable {
    public var dialogueID: String
    /// md, html, txt, json or docx.
    public var format: String
    /// As the user wrote it (`~/...` allowed).
    public var path: String
    public var redact: Bool
    public var language: Language
    public var exportedOn: LocalDate
    /// Internal notes and the facilitator's reflection go along (marked) only when asked for.
    public var includeInternal: Bool

    public init(
        dialogueID: String, format: String, path: String, redact: Bool, language: Language, exportedOn: LocalDate,
        includeInternal: Bool = false
    ) {
        self.dialogueID = dialogueID
        self.format = format
        self.path = path
        self.redact = redact
        self.language = language
        self.exportedOn = exportedOn
        self.includeInternal = includeInternal
    }
}
