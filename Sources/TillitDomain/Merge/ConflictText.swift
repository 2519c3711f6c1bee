/// Where a merge conflict stands, in words: "Nytorpsskolan: rektor", "Anteckning i Analys".
extension Localizer {
    public func conflictPlace(_ c: MergeConflict, schools: SchoolList?, dialogue: Dialogue? = nil) -> String {
        let parts = c.place.split(separator: "/").map(String.init)
        let id = parts.count > 1 ? parts[1] : ""
        let field = parts.last ?? ""
        switch parts.first {
        case "notes":
            let section = dialogue?.notes.first { $0.id == id }?.section
            return self(.conflictNote, ["section": section.map(self.section) ?? id])
        case "actions":
            let text = dialogue?.actions.first { $0.id == id }?.text ?? id
            let what = field == "owner" ? self(.labelOwner) : field == "due" ? self(.labelDue) : self(.fieldActionText)
            return self(.conflictAction, ["action": String(text.prefix(40)), "field": what])
        case "dialogue":
            switch field {
            case "place": return self(.labelPlace)
            case "startTime": return self(.labelTime)
            case "reflection": return self(.reflectionLabel)
            default: return self(.labelDate)
            }
        case "schools":
            let name = schools?.school(id)?.name ?? id
            if field == "same-name" { return self(.conflictSameName, ["name": name]) }
            return "\(name): " + fieldWord(field).lowercased()
        case "areas":
            let name = schools?.area(id)?.name ?? id
            return "\(name): " + fieldWord(field).lowercased()
        case "organisation": return self(.labelOrganisation)
        case "events", "phases", "wheel": return self(.conflictWheel, ["what": id])
        case "prompts": return self(.conflictPrompt, ["id": id])
        case "agendas": return self(.conflictAgenda, ["name": id])
        default: return c.place
        }
    }

    func fieldWord(_ field: String) -> String {
        switch field {
        case "name": return self(.fieldName)
        case "principal": return self(.fieldPrincipal)
        case "grades": return self(.fieldGrades)
        case "address": return self(.fieldAddress)
        case "area": return self(.fieldArea)
        case "head": return self(.conflictHead)
        default: return field
        }
    }
}
