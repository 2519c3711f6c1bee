import TillitDomain
import TillitStore

/// The export form: format, file, and whether to mask personal data (yes when some is found).
public enum ExportForm {
    static func make(_ d: Dialogue, _ state: AppState) -> FormState {
        let subject = state.data.subject(of: DialogueSummary(d, fingerprint: nil))
        let found = !personalData(d).isEmpty
        return FormState(purpose: .export, fields: [
            FormField(.format, choices: ["md", "html", "docx", "txt", "json"], choice: "md"),
            FormField(.path, text: "~/Tillit-export/\(Slug.make(subject))-\(d.date.iso)"),
            FormField(.redact, choices: ["yes", "no"], choice: found ? "yes" : "no"),
        ])
    }

    /// Where personal data stands in a dialogue, as places for people.
    static func personalData(_ d: Dialogue) -> [PersonalData.Finding] {
        d.notes.flatMap { PersonalData.find(in: $0.text) } + d.actions.flatMap { PersonalData.find(in: $0.text) }
    }

    /// The lines above the fields: what personal data there is.
    public static func summary(_ d: Dialogue, _ t: Localizer) -> String {
        let found = personalData(d)
        if found.isEmpty { return t(.exportNoPersonalData) }
        return t(.exportPersonalDataHere, ["count": String(found.count),
                                           "places": found.map { "“\($0.text)”" }.joined(separator: ", ")])
    }
}
