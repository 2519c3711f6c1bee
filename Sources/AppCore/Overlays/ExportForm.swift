import TUIKit
import TillitDomain
import TillitExport

/// The export form: format, file, and whether to mask personal data (yes when some is found).
public enum ExportForm {
    static func make(
        _ d: Dialogue, _ state: AppState, format: String = "md", path: String? = nil,
        redact: Bool? = nil, includeInternal: Bool = false
    ) -> FormState {
        let found = !personalData(d).isEmpty
        return FormState(
            purpose: .export,
            fields: [
                FormField(.format, choices: ["md", "html", "docx", "txt", "json"], choice: format),
                FormField(.path, text: path ?? defaultPath(d, state, internal: includeInternal)),
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

    /// The lines above the fields: what personal data there is, and where.
    public static func summary(_ d: Dialogue, _ t: Localizer) -> String {
        let found = DialogueExporter.personalData(in: d, t: t, format: .md, audience: .administration)
        if found.isEmpty { return t(.exportNoPersonalData) }
        let places = found.map {
            t(.exportFoundAt, ["where": $0.place, "kind": t.personalData($0.finding.kind), "text": $0.finding.text])
        }
        return t(.exportPersonalDataHere, ["count": String(found.count), "places": places.joined(separator: "; ")])
    }

    /// The file a form proposes: the school's version, or the administration's marked "-intern".
    public static func defaultPath(_ d: Dialogue, _ state: AppState, internal isInternal: Bool) -> String {
        let subject = state.data.subject(of: DialogueSummary(d, fingerprint: nil))
        return "~/Tillit-export/\(Slug.make(subject))-\(d.date.iso)"
            + (isInternal ? "-" + state.t(.exportInternalSuffix) : "")
    }

    /// Choosing whether internal notes go along changes the proposed file name with it (as long as
    /// the name is still the proposed one), so the administration's version is never saved under
    /// the school's name.
    static func followInternalChoice(_ form: inout FormState, _ state: AppState) {
        guard form.purpose == .export, let d = state.notebook.open?.dialogue,
            let path = form.fields.firstIndex(where: { $0.key == .path })
        else { return }
        let wantsInternal = form.value(.includeInternal) == "yes"
        let current = form.fields[path].editor.text
        let school = defaultPath(d, state, internal: false)
        let admin = defaultPath(d, state, internal: true)
        if wantsInternal, current == school { form.fields[path].editor = LineEditor(admin) }
        if !wantsInternal, current == admin { form.fields[path].editor = LineEditor(school) }
    }
}
