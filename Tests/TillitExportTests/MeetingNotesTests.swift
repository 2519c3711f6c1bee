import Foundation
import TestSupport
import Testing
import TillitDomain
import TillitStore

@testable import TillitExport

/// The meeting notes as their readers get them, in every format, read back by a real parser:
/// strengths first, last time's actions under the results, note kinds kept, and what is internal
/// only for the administration.
@Suite struct MeetingNotesTests {
    /// Nytorpsskolan's dialogue with last time's actions followed up, a challenge, a decision, an
    /// internal note (with a follow-up under it) and the facilitator's reflection.
    static func dialogue() -> Dialogue {
        var d = ExportTests.dialogue()
        d.reviewedActions = [
            ReviewedAction(
                dialogueID: "x", actionID: "y", text: "Läsfokus i årskurs 4", status: .inProgress, comment: "Halvvägs")
        ]
        let time = Date(timeIntervalSince1970: 1_760_000_000)
        d.notes.append(
            Note(id: "beslut", section: .results, kind: .decision, text: "Vi prövar läsgrupper", created: time))
        d.notes.append(
            Note(id: "hemligt", section: .needs, text: "Rektorn behöver avlastning", created: time, isInternal: true))
        d.notes.append(
            Note(
                id: "under", section: .needs, kind: .question, text: "Hur märks det i vardagen", created: time,
                parentID: "hemligt"))
        return d
    }

    /// The text of an export as a reader sees it (through the format's parser).
    func read(_ format: ExportFormat, _ audience: ExportModel.Audience, _ language: Language = .sv) throws -> String {
        let data = try DialogueExporter.export(
            Self.dialogue(), context: ExportTests.context(language, audience), format: format, redact: false)
        switch format {
        case .txt: return String(decoding: data, as: UTF8.self)
        case .md: return try ExportTests().parse("md-text", data, ext: "md").joined(separator: "\n")
        case .html: return try ExportTests().parse("html-text", data, ext: "html").joined(separator: "\n")
        case .docx: return try ExportTests().parse("docx-text", data, ext: "docx").joined(separator: "\n")
        case .json: return String(decoding: data, as: UTF8.self)
        }
    }

    func position(_ s: String, _ of: String, _ format: ExportFormat) -> String.Index? {
        let r = s.range(of: of)
        #expect(r != nil, "\(format): no “\(of)”")
        return r?.lowerBound
    }

    @Test(arguments: [ExportFormat.md, .html, .txt, .docx])
    func strengthsFirstAndLastTimesActionsUnderTheResults(_ format: ExportFormat) throws {
        let s = try read(format, .school)
        let strengths = position(s, "1. Styrkor och framgångsfaktorer", format)
        let results = position(s, "2. Resultat och uppföljning", format)
        let reviewed = position(s, "Uppföljning av tidigare åtgärder", format)
        let analysis = position(s, "3. Analys", format)
        let actions = position(s, "Införa en gemensam modell", format)
        let forward = position(s, "5. Framåt", format)
        let feedback = position(s, "6. Återkoppling", format)
        guard let strengths, let results, let reviewed, let analysis, let actions, let forward, let feedback else {
            return
        }
        #expect(strengths < results && results < reviewed && reviewed < analysis, "\(format)")
        #expect(forward < actions && actions < feedback, "\(format): the actions stand under the way forward")
        #expect(s.contains("Läsfokus i årskurs 4 – pågår. Kommentar: Halvvägs"), "\(format)")
    }

    @Test(arguments: [ExportFormat.md, .html, .txt, .docx])
    func noteKindsReadAsSuch(_ format: ExportFormat) throws {
        let s = try read(format, .school)
        #expect(s.contains("Utmaning: Läsförståelsen i årskurs 4"), "\(format)")
        #expect(s.contains("Beslut: Vi prövar läsgrupper"), "\(format)")
        #expect(s.contains("Fråga: Vad är det som gör att vi lyckas bra?"), "\(format)")
        #expect(s.contains("Svar (Else-Marie Hallqvist): Två ledningsgrupper"), "\(format)")
        // A note of its section's own kind is not labelled.
        #expect(!s.contains("Styrka:") && !s.contains("Resultat: Andelen"), "\(format)")
    }

    @Test(arguments: [ExportFormat.md, .html, .txt, .docx, .json])
    func theSchoolGetsNoInternalNoteAndNoReflection(_ format: ExportFormat) throws {
        let s = try read(format, .school)
        #expect(!s.contains("Rektorn behöver avlastning"), "\(format)")
        #expect(!s.contains("Hur märks det i vardagen"), "\(format): a follow-up under an internal note is internal")
        #expect(!s.contains("Läsningen i åk 4"), "\(format): the reflection is the facilitator's")
        #expect(!s.contains("Dialogledarens reflektion"), "\(format)")
    }

    @Test(arguments: [ExportFormat.md, .html, .txt, .docx])
    func theAdministrationGetsThemMarked(_ format: ExportFormat) throws {
        let s = try read(format, .administration)
        #expect(s.contains("Rektorn behöver avlastning (internt)"), "\(format)")
        #expect(s.contains("Dialogledarens reflektion (internt)"), "\(format)")
        #expect(s.contains("Läsningen i åk 4"), "\(format)")
        #expect(
            s.contains("Intern version: innehåller interna anteckningar"), "\(format): it says who the notes are for")
        #expect(s.contains("lämnas inte till skolan"), "\(format)")
        let en = try read(format, .administration, .en)
        #expect(en.contains("The facilitator’s reflection (internal)"), "\(format)")
        #expect(en.contains("Challenge: "), "\(format)")
    }
}
