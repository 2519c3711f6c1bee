import TillitDomain
import TillitStore

/// What the screen knows of the store: the school list, the wheel and the dialogue index.
public struct StoreData: Equatable, Sendable {
    /// The store folder as shown to the user (`~/.local/share/tillit`).
    public var storePath: String
    public var schoolsDocument: SchoolsDocument
    public var wheel: Wheel
    public var dialogues: [DialogueSummary] {
        didSet { schoolStats = SchoolStats.compute(dialogues) }
    }
    /// Per-school figures (last dialogue, open actions), kept with the dialogues so that no frame
    /// has to go through every dialogue.
    public private(set) var schoolStats: [String: SchoolStats] = [:]
    /// The follow-up questions.
    public var prompts: PromptBank = DefaultPrompts.bank
    /// Agenda templates to start from.
    public var agendas: [AgendaTemplate] = AgendaTemplate.defaults
    /// Why the store cannot be changed (in the user's words), or nil when it can.
    public var readOnlyReason: String?

    public init(storePath: String, schoolsDocument: SchoolsDocument, wheel: Wheel, dialogues: [DialogueSummary],
                readOnlyReason: String? = nil) {
        self.storePath = storePath
        self.schoolsDocument = schoolsDocument
        self.wheel = wheel
        self.dialogues = dialogues
        self.readOnlyReason = readOnlyReason
        schoolStats = SchoolStats.compute(dialogues)
    }

    public var schools: [School] { schoolsDocument.schools }
    public var areas: [Area] { schoolsDocument.areas }

    public func school(_ id: String?) -> School? { id.flatMap { id in schools.first { $0.id == id } } }
    public func area(_ id: String?) -> Area? { id.flatMap { id in areas.first { $0.id == id } } }

    /// A school's dialogues, newest first.
    public func dialogues(of schoolID: String) -> [DialogueSummary] {
        dialogues.filter { $0.schoolID == schoolID }
    }

    /// What a dialogue is about: its school, area or the organisation.
    public func subject(of d: DialogueSummary) -> String {
        switch d.level {
        case .school: return school(d.schoolID)?.name ?? d.schoolID ?? "?"
        case .area: return area(d.areaID)?.name ?? d.areaID ?? "?"
        case .organisation: return schoolsDocument.organisation.name
        }
    }
}
