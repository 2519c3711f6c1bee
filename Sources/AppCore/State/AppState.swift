import Foundation
import TUIKit
import TillitDomain
import TillitExport

/// Everything the screen shows, as one value.
public struct AppState: Equatable, Sendable {
    public var language: Language
    public var today: LocalDate
    public var size: Size
    public var data: StoreData
    public var focus: Pane = .schools
    /// The focused pane fills the screen (`z`; on by itself when a dialogue starts).
    public var zoomed = false
    public var wheel: WheelPaneState
    public var schools = SchoolsPaneState()
    public var notebook = NotebookPaneState()
    public var overlay: Overlay?
    public var status: StatusMessage?
    public var running = true
    /// The time now, for the clocks (set by the clock's tick and by each action that needs it).
    public var now = Date(timeIntervalSince1970: 0)
    /// Changes that could not be written yet; quitting asks what to do with them.
    public var unsaved: UnsavedChanges?
    /// Where an emergency copy went, to say on the terminal once the screen has closed.
    public var rescued: RescueReport?
    /// Whether the store is shared, a sync runs, and what is not yet shared.
    public var sharing = SharingState()

    public init(language: Language, today: LocalDate, size: Size, data: StoreData) {
        self.language = language
        self.today = today
        self.size = size
        self.data = data
        let year = SchoolYear(containing: today, startMonth: data.wheel.schoolYearStartMonth)
        wheel = WheelPaneState(
            year: year, monthIndex: WheelPaneState.index(of: today.month, startMonth: data.wheel.schoolYearStartMonth))
        schools.selectedID = SchoolRows.rows(data: data, state: schools).compactMap(\.school).first?.id
    }

    public var t: Localizer { Localizer(language) }

    /// The table of keys in force now (besides the global one).
    public var keyContext: KeyContext {
        switch overlay {
        case .help: return .help
        case .prompts: return .prompts
        case .search: return .search
        case .browse: return .browse
        case .compare: return .compare
        case .report: return .report
        case .confirm: return .confirm
        case .form: return .form
        case .unsavedQuit: return .unsavedQuit
        case .phases: return .phases
        case .speakers: return .speakers
        case .yearPlan: return .yearPlan
        case nil: break
        }
        switch focus {
        case .wheel: return .wheel
        case .schools: return schools.filtering ? .textInput : .schools
        case .notebook:
            if let open = notebook.open {
                if open.editor != nil { return .editor }
                if open.isLive { return .notebookLive }
                return open.finding ? .find : .notebookDialogue
            }
            return .notebookList
        }
    }

    /// The selected school, if any.
    public var selectedSchool: School? { data.school(schools.selectedID) }
}

/// What covers the panes, if anything.
public enum Overlay: Equatable, Sendable {
    /// The keys of the context under it, scrolled so far.
    case help(ScrollState)
    /// The bank of follow-up questions, suggestions first.
    case prompts(PromptPicker)
    /// Full-text search over every note of every dialogue.
    case search(SearchState)
    /// Every dialogue of the store, filtered.
    case browse(BrowseState)
    /// The open dialogue beside the school's previous one.
    case compare(CompareState)
    /// The quality report for a school year.
    case report(ReportState)
    case confirm(Confirmation)
    case form(FormState)
    /// Quitting while changes wait for the disk: try again, write an emergency copy, or stay.
    case unsavedQuit(UnsavedChanges)
    /// The wheel's phases, the selected one.
    case phases(Int)
    /// Who is speaking, over the note editor.
    case speakers(SpeakerPicker)
    /// A new school year's dialogues, to accept (and how far the list is scrolled).
    case yearPlan(YearPlan, ScrollState)
}

/// A yes/no question and what a yes does.
public struct Confirmation: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        case archiveSchool(String)
        case restoreSchool(String)
        case deleteEvent(String, Wheel.Scope)
        case deletePhase(String)
        /// Plan the dialogue of the form although one is there already.
        case planAnyway(FormState)
        /// Start this planned dialogue (instead of a new one).
        case startPlanned(DialogueSummary)
        /// A new dialogue today after all.
        case newDialogueAnyway
        /// Leave the strengths with none recorded, to this section.
        case leaveStrengths(SectionKind)
        /// Make a closed dialogue live again.
        case reopenDialogue
        /// Remove a planned dialogue.
        case removePlanned(String)
    }

    public var question: String
    public var action: Action
    /// What `a` does, when the question has a second yes ("every year").
    public var alternative: Action?

    public init(question: String, action: Action, alternative: Action? = nil) {
        self.question = question
        self.action = action
        self.alternative = alternative
    }

    /// The first yes in words, when the question has a second: "bara läsåret 2026/27".
    public func yesWords(_ t: Localizer) -> String {
        switch action {
        case .deleteEvent(_, .only(let year)): return t(.scopeOnly, ["year": year.text])
        case .startPlanned: return t(.keyStartPlanned)
        default: return t(.keyYes)
        }
    }

    /// The second yes in a word: "varje år", "en ny dialog".
    public var alternativeWord: M {
        if case .newDialogueAnyway = alternative { return .keyStartNew }
        return .keyEveryYear
    }

    /// The box's title: what the question is about.
    public var title: M {
        switch action {
        case .archiveSchool: return .titleArchive
        case .restoreSchool: return .titleRestore
        case .deleteEvent: return .titleDeleteEvent
        case .deletePhase: return .titleDeletePhase
        case .planAnyway: return .titleDuplicate
        case .startPlanned, .newDialogueAnyway: return .titleStartPlanned
        case .leaveStrengths: return .titleNudge
        case .reopenDialogue: return .titleReopen
        case .removePlanned: return .titleRemovePlan
        }
    }
}

/// Choosing a follow-up question to ask.
public struct PromptPicker: Equatable, Sendable {
    public var prompts: [Prompt]
    /// How many of `prompts` are the suggestions for the moment (the rest is the bank).
    public var suggested: Int
    public var selected = 0
}

/// The search overlay: what is typed, the results as the store last answered.
public struct SearchState: Equatable, Sendable {
    public var query = LineEditor()
    public var ignoreDiacritics = false
    public var hits: [NoteSearch.Hit] = []
    /// The query the hits answer (results for an older query are dropped).
    public var answered = ""
    public var selected = 0

    public init() {}
}

/// The list of every dialogue, with its filter.
public struct BrowseState: Equatable, Sendable {
    public var filter = LineEditor()
    public var selected = 0

    public init() {}
}

/// Two dialogues of a school side by side, section by section.
public struct CompareState: Equatable, Sendable {
    public var current: Dialogue
    public var previous: Dialogue
    public var scroll = ScrollState()

    public init(current: Dialogue, previous: Dialogue) {
        self.current = current
        self.previous = previous
    }
}

/// The quality report on screen: while it is put together (on a thread of its own: a large
/// store's year takes seconds), the box says so and Esc closes it.
public struct ReportState: Equatable, Sendable {
    public var blocks: [DocumentBlock]
    public var scroll = ScrollState()
    /// The school year it is, or is being put together, for.
    public var year: SchoolYear?
    public var loading = false

    public init(blocks: [DocumentBlock]) { self.blocks = blocks }

    /// The box while the report of `year` is put together.
    public init(preparing year: SchoolYear) {
        blocks = []
        self.year = year
        loading = true
    }
}
