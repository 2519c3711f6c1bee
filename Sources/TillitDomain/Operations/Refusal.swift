/// Why an operation on the store's data was refused (nothing changed): the same rules, and the
/// same words (`ErrorText.refusal`), for the command line, the screen and the importer.
public enum Refusal: Error, Hashable, Sendable {
    case emptyName
    case emptyTitle
    case emptyArea
    case badGrades(String)
    case duplicateSchool(String)
    case schoolNotFound(String)
    case schoolAmbiguous(String, [School])
    case areaNotFound(String)
    case schoolArchived(String)
    case needsSchool
    case needsArea
    /// Only a planned dialogue is moved or removed; one held stays as it was.
    case notPlanned
    case eventNotFound(String)
    case actionNotFound(String)
    case phaseNotFound(String)
    /// The school (area, organisation) already has a dialogue that school year.
    case duplicateDialogue(DialogueSummary, subject: String)
    case badMonth(String)
    /// A school unit code is eight digits.
    case badSchoolCode(String)
    /// Another school has the code.
    case duplicateSchoolCode(String, school: String)
}
