import TillitDomain

/// The format this program reads and writes. A file with a higher number opens read-only.
public enum StoreFormat {
    public static let name = "tillit-store"
    public static let version = 1
}

/// A store file: JSON with the format version it was written in.
public protocol VersionedDocument: Codable {
    var formatVersion: Int { get }
}

/// `manifest.json`: marks a folder as a Tillit store and names its format version.
public struct Manifest: VersionedDocument, Hashable, Sendable {
    public var format: String
    public var formatVersion: Int

    public init(format: String = StoreFormat.name, formatVersion: Int = StoreFormat.version) {
        self.format = format
        self.formatVersion = formatVersion
    }
}

/// `schools.json`: the school list (the organisation, its education areas and its schools).
public struct SchoolsDocument: VersionedDocument, Hashable, Sendable {
    public var formatVersion: Int
    public var organisation: Organisation
    public var areas: [Area]
    public var schools: [School]
    public var conflicts: [MergeConflict]?

    public init(_ list: SchoolList) {
        formatVersion = StoreFormat.version
        organisation = list.organisation
        areas = list.areas
        schools = list.schools
        conflicts = list.conflicts
    }

    public var list: SchoolList {
        SchoolList(organisation: organisation, areas: areas, schools: schools, conflicts: conflicts)
    }
}

/// `wheel.json`: the annual wheel.
public struct WheelDocument: VersionedDocument, Hashable, Sendable {
    public var formatVersion: Int
    public var wheel: Wheel

    public init(wheel: Wheel) {
        self.formatVersion = StoreFormat.version
        self.wheel = wheel
    }
}

/// `dialogues/ID.json`: one dialogue.
public struct DialogueDocument: VersionedDocument, Hashable, Sendable {
    public var formatVersion: Int
    public var dialogue: Dialogue

    public init(dialogue: Dialogue) {
        self.formatVersion = StoreFormat.version
        self.dialogue = dialogue
    }
}

/// `figures.json`: the measures and the figures (results, surveys, attendance) of schools,
/// areas and the organisation.
public struct FiguresDocument: VersionedDocument, Hashable, Sendable {
    public var formatVersion: Int
    public var measures: [Measure]
    public var figures: [Figure]
    public var conflicts: [MergeConflict]?

    public init(_ book: FigureBook) {
        formatVersion = StoreFormat.version
        measures = book.measures
        figures = book.figures
        conflicts = book.conflicts
    }

    public var book: FigureBook { FigureBook(measures: measures, figures: figures, conflicts: conflicts) }
}

/// Any document's version, read before the rest so that a newer file is recognised as such.
struct VersionProbe: Decodable {
    var formatVersion: Int?
}

/// `prompts.json`: the bank of follow-up questions (edit it to make the questions your own).
public struct PromptsDocument: VersionedDocument, Hashable, Sendable {
    public var formatVersion: Int
    public var bank: PromptBank
    public var conflicts: [MergeConflict]?

    public init(bank: PromptBank) {
        formatVersion = StoreFormat.version
        self.bank = bank
    }
}

/// `agendas.json`: agenda templates (minutes per section) to start dialogues from.
public struct AgendasDocument: VersionedDocument, Hashable, Sendable {
    public var formatVersion: Int
    public var templates: [AgendaTemplate]
    public var conflicts: [MergeConflict]?

    public init(templates: [AgendaTemplate]) {
        formatVersion = StoreFormat.version
        self.templates = templates
    }
}

extension SchoolList {
    /// The school list with control characters (and line breaks) kept out of every name.
    public var withoutControlCharacters: SchoolList {
        func clean(_ s: String) -> String { ControlCharacters.clean(s, multiline: false) }
        var doc = self
        doc.organisation.name = clean(organisation.name)
        for i in doc.areas.indices {
            doc.areas[i].name = clean(areas[i].name)
            doc.areas[i].head = areas[i].head.map(clean)
        }
        for i in doc.schools.indices {
            doc.schools[i].name = clean(schools[i].name)
            doc.schools[i].principal = schools[i].principal.map(clean)
            doc.schools[i].address = schools[i].address.map(clean)
        }
        return doc
    }
}
