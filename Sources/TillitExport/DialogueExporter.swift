import Foundation
import TillitDomain

/// The formats a dialogue exports to.
public enum ExportFormat: String, CaseIterable, Sendable {
    case md, html, txt, json, docx

    public var fileExtension: String { rawValue }
}

/// Exports one dialogue; with `redact`, personal data is masked first.
public enum DialogueExporter {
    public static func export(_ d: Dialogue, context: ExportModel.Context, format: ExportFormat, redact: Bool) throws -> Data {
        let model = ExportModel(d, context: context, redact: redact)
        switch format {
        case .md: return Data(MarkdownExporter.render(model).utf8)
        case .txt: return Data(TextExporter.render(model).utf8)
        case .html: return Data(HTMLExporter.render(model).utf8)
        case .docx: return DocxExporter.render(model)
        case .json:
            var dialogue = d
            if redact {
                let labels = ExportModel.redactionLabels(Localizer(context.language))
                for i in dialogue.notes.indices { dialogue.notes[i].text = PersonalData.redact(dialogue.notes[i].text, labels: labels) }
                for i in dialogue.actions.indices { dialogue.actions[i].text = PersonalData.redact(dialogue.actions[i].text, labels: labels) }
                dialogue.draft = nil
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            var data = try encoder.encode(dialogue)
            data.append(0x0A)
            return data
        }
    }

    /// Where personal data stands in a dialogue: a place for people ("Analys, anteckning 2") and what.
    public static func personalData(in d: Dialogue, t: Localizer) -> [(place: String, finding: PersonalData.Finding)] {
        var out: [(String, PersonalData.Finding)] = []
        for section in SectionKind.allCases {
            for (i, item) in d.threaded(in: section).enumerated() {
                for f in PersonalData.find(in: item.note.text) { out.append(("\(t.sectionShort(section)) #\(i + 1)", f)) }
            }
        }
        for (i, a) in d.actions.enumerated() {
            for f in PersonalData.find(in: a.text) { out.append(("\(t(.labelActions)) #\(i + 1)", f)) }
        }
        for p in d.participants { for f in PersonalData.find(in: p.name) { out.append((t(.labelParticipants), f)) } }
        return out
    }
}
