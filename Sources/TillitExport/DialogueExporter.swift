import Foundation
import TillitDomain

/// The formats a dialogue exports to.
public enum ExportFormat: String, CaseIterable, Sendable {
    case md, html, txt, json, docx

    public var fileExtension: String { rawValue }
}

/// Exports one dialogue; with `redact`, personal data is masked first, in every field.
public enum DialogueExporter {
    public static func export(_ d: Dialogue, context: ExportModel.Context, format: ExportFormat, redact: Bool) throws
        -> Data
    {
        let model = ExportModel(d, context: context, redact: redact)
        switch format {
        case .md: return Data(MarkdownExporter.render(model).utf8)
        case .txt: return Data(TextExporter.render(model).utf8)
        case .html: return Data(HTMLExporter.render(model).utf8)
        case .docx: return DocxExporter.render(model)
        case .json:
            let labels = ExportModel.redactionLabels(Localizer(context.language))
            var dialogue = ExportModel.shared(d, for: context.audience).withoutControlCharacters
            if redact { dialogue = redacted(dialogue, labels: labels) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            var data = try encoder.encode(dialogue)
            data.append(0x0A)
            return data
        }
    }

    /// The dialogue with personal data masked in every piece of free text.
    public static func redacted(_ d: Dialogue, labels: [PersonalData.Kind: String]) -> Dialogue {
        d.mappingTexts { PersonalData.redact($1, labels: labels) }
    }

    /// Where personal data stands in what a format writes of a dialogue for an audience: a place
    /// for people ("Analys #2") and what. Only the JSON export holds a live dialogue's draft.
    public static func personalData(
        in d: Dialogue, t: Localizer, format: ExportFormat = .json, audience: ExportModel.Audience = .administration
    ) -> [(place: String, finding: PersonalData.Finding)] {
        var out: [(String, PersonalData.Finding)] = []
        var exported = ExportModel.shared(d, for: audience)
        if format != .json { exported.draft = nil }
        exported.forEachText { place, text in
            for f in PersonalData.find(in: text) { out.append((describe(place, t), f)) }
        }
        return out
    }

    /// A place in a dialogue, for people.
    public static func describe(_ place: TextPlace, _ t: Localizer) -> String {
        switch place {
        case .facilitator: return t(.labelFacilitators)
        case .participant: return t(.labelParticipants)
        case .place: return t(.labelPlace)
        case .note(let s, let n): return "\(t.sectionShort(s)) #\(n)"
        case .speaker(let s, let n): return "\(t.sectionShort(s)) #\(n), \(t(.placeSpeaker))"
        case .noteTag(let s, let n): return "\(t.sectionShort(s)) #\(n), \(t(.labelTags))"
        case .action(let n): return "\(t(.labelActions)) #\(n)"
        case .actionOwner(let n): return "\(t(.labelActions)) #\(n), \(t(.labelOwner))"
        case .actionTag(let n): return "\(t(.labelActions)) #\(n), \(t(.labelTags))"
        case .actionFollowUp(let n): return "\(t(.labelActions)) #\(n), \(t(.labelFollowUp))"
        case .reviewedAction(let n): return "\(t(.reviewedTitle)) #\(n)"
        case .reflection: return t(.reflectionLabel)
        case .draft: return t(.placeDraft)
        }
    }
}
