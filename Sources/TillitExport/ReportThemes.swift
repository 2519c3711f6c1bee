import TillitDomain

/// The tags that the school dialogues of a list carry, gathered once (the report asks for each
/// section's themes across the schools, and again per area): each use in dialogue, note and tag
/// order, with its school, its tag made canonical and its spelling, as numbers.
struct ReportThemes {
    private struct Use {
        var school: Int32
        var key: Int32
        var spelling: Int32
    }

    /// The uses by section (`SectionKind.order`).
    private var uses: [[Use]]
    private var spellings: [String] = []
    private var schoolIDs: [String] = []
    private var keyCount = 0

    init(_ dialogues: [Dialogue]) {
        uses = Array(repeating: [], count: SectionKind.allCases.count)
        var keyNumbers: [String: Int32] = [:]
        // Each spelling's number and its key's (-1: a tag of punctuation alone, no key).
        var spellingNumbers: [String: (spelling: Int32, key: Int32)] = [:]
        var schoolNumbers: [String: Int32] = [:]
        for i in dialogues.indices where dialogues[i].level == .school && ReportMaterial.hasContent(dialogues[i]) {
            guard let schoolID = dialogues[i].schoolID else { continue }
            let school =
                schoolNumbers[schoolID]
                ?? {
                    schoolIDs.append(schoolID)
                    schoolNumbers[schoolID] = Int32(schoolIDs.count - 1)
                    return Int32(schoolIDs.count - 1)
                }()
            let notes = dialogues[i].notes
            for j in notes.indices {
                let section = notes[j].section.order
                for raw in notes[j].tags {
                    var numbers = spellingNumbers[raw]
                    if numbers == nil {
                        let key = Tag.canonical(raw)
                        var keyNumber: Int32 = -1
                        if !key.isEmpty {
                            keyNumber = keyNumbers[key] ?? Int32(keyNumbers.count)
                            keyNumbers[key] = keyNumber
                        }
                        spellings.append(raw)
                        numbers = (Int32(spellings.count - 1), keyNumber)
                        spellingNumbers[raw] = numbers
                    }
                    guard let numbers, numbers.key >= 0 else { continue }
                    uses[section].append(Use(school: school, key: numbers.key, spelling: numbers.spelling))
                }
            }
        }
        keyCount = keyNumbers.count
    }

    /// Schools naming each tag in a section (of `among` alone, when given), by canonical tag: its
    /// first spelling and the schools, the tags most schools name first.
    func themes(_ section: SectionKind, among: Set<String>? = nil) -> [(tag: String, schools: Set<String>)] {
        let counted = among.map { among in schoolIDs.map(among.contains) }
        var spelling = [Int32](repeating: -1, count: keyCount)
        var schools = [[Int32]](repeating: [], count: keyCount)
        var seen: Set<Int64> = []
        for use in uses[section.order] where counted?[Int(use.school)] ?? true {
            let key = Int(use.key)
            if spelling[key] < 0 { spelling[key] = use.spelling }
            if seen.insert(Int64(use.key) << 32 | Int64(use.school)).inserted { schools[key].append(use.school) }
        }
        return schools.indices.filter { !schools[$0].isEmpty }
            .map { (spellings[Int(spelling[$0])], Set(schools[$0].map { schoolIDs[Int($0)] })) }
            .sorted { ($0.schools.count, $1.tag) > ($1.schools.count, $0.tag) }
    }
}
