import TillitDomain

/// The export form: format, file, and whether to mask personal data (yes when some is found).
public enum ExportForm {
    static func make(
        _ d: Dialogue, _ state: AppState, format: String = "md", path: String? = nil,
        redact: Bool? = nil, includeInternal: Bool = false
    ) -> FormState {
        let subject = state.data.subject(of: DialogueSummary(d, fingerprint: nil))
        let found = !personalData(d).isEmpty
        return FormState(
            purpose: .export,
            fields: [
                FormField(.format, choices: ["md", "html", "docx", "txt", "json"], choice: format),
                FormField(.path, text: path ?? "~/Tillit-export/\(Slug.make(subject))-\(d.date.iso)"),
                FormField(.redact, choices: ["yes", "no"], choice: (redact ?? found) ? "yes" : "no"),
                // The school's notes leave out what is internal unless asked for.
                FormField(.includeInternal, choices: ["no", "yes"], choice: includeInternal ? "yes" : "no"),
            ])
    }

    /// Personal data anywhere in a dialogue (notes, actions, names, comments, the draft).
    static func personalData(_ d: Dialogue) -> [PersonalData.Finding] {
        var out: [PersonalData.Finding] = []
        d.forEachText { _, text in out += PersonalData.find(in: text) }
        return out
    }

    /// The lines above the fields: what personal data there is.
    public static func summary(_ d: Dialogue, _ t: Localizer) -> String {
        let found = personalData(d)
        if found.isEmpty { return t(.exportNoPersonalData) }
        return t(
            .exportPersonalDataHere,
            [
                "count": String(found.count),
                "places": found.map { "“\($0.text)”" }.joined(separator: ", "),
            ])
    }
}
