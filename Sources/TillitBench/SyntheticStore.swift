import Foundation
import TestSupport
import TillitDomain
import TillitStore

/// Builds a large store for benchmarks: schools in areas, years of dialogues with realistic
/// Swedish notes, nested follow-ups and actions.
struct SyntheticStore {
    let schools: Int
    let areas: Int
    let years: Int
    let dialoguesPerYear: Int
    let notesPerDialogue: Int
    let seed: UInt64

    static let full = SyntheticStore(
        schools: 300, areas: 12, years: 10, dialoguesPerYear: 8, notesPerDialogue: 60, seed: 42)
    static let small = SyntheticStore(
        schools: 30, areas: 12, years: 10, dialoguesPerYear: 8, notesPerDialogue: 60, seed: 42)

    static let starts = [
        "Eleverna", "Lärarna", "Arbetslaget", "Rektorn", "Elevhälsan", "Förstelärarna", "Vårdnadshavarna",
        "Skolledningen", "Fritidshemmet", "Specialpedagogen",
    ]
    static let middles = [
        "har utvecklat", "arbetar systematiskt med", "följer upp", "ser tydliga framsteg i", "behöver stärka",
        "analyserar resultaten i", "planerar gemensamt för", "har svårt att hinna med", "lyfter fram",
        "samarbetar kring",
    ]
    static let ends = [
        "läsförståelsen i årskurs 4", "tryggheten på rasterna", "närvaron i årskurs 8", "bedömningen i matematik",
        "det kompensatoriska uppdraget", "språkutvecklande arbetssätt", "elevernas inflytande",
        "övergången mellan stadierna", "studieron i klassrummen", "uppföljningen av frånvaro",
    ]
    static let tags = [
        "läsförståelse", "trygghet", "närvaro", "matematik", "kompensatoriskt uppdrag", "språkutveckling",
        "elevinflytande", "övergångar", "studiero", "elevhälsa", "ledarskap", "kollegialt lärande",
    ]
    static let names = [
        "Anna", "Erik", "Maria", "Johan", "Fatima", "Ahmed", "Karin", "Lars", "Elin", "Mohammed", "Sara",
        "Per", "Ida", "Ali", "Eva", "Nils",
    ]
    static let surnames = [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
        "Hassan", "Ali", "Berg", "Lind", "Åberg", "Öberg", "Ström", "Kovačević",
    ]

    /// Writes the store (files 0600, folders 0700) and its index; returns the number of notes.
    func write(to root: String, firstYear: Int = 2016) throws -> (dialogues: Int, notes: Int) {
        var rng = SplitMix64(seed: seed)
        let areaList = (0..<areas).map {
            Area(
                id: "omrade-\($0 + 1)", name: "Utbildningsområde \($0 + 1)",
                head: "\(Self.names[$0 % 16]) \(Self.surnames[($0 * 7) % 16])")
        }
        let schoolList = (0..<schools).map { i in
            School(
                id: "skola-\(i + 1)", name: "\(Self.surnames[i % 16])skolan \(i + 1)", areaID: areaList[i % areas].id,
                principal: "\(Self.names[(i * 3) % 16]) \(Self.surnames[(i * 5) % 16])",
                grades: Grades(text: ["F-3", "F-6", "4-9", "7-9", "F-9"][i % 5]))
        }
        let layout = StoreLayout(root: root)
        try DurableFile.makeFolder(layout.dialogues)
        let encoder = StoreJSON.encoder()
        var summaries: [DialogueSummary] = []
        var noteCount = 0
        let t0 = Date(timeIntervalSince1970: 1_450_000_000)
        for y in 0..<years {
            let year = SchoolYear(startYear: firstYear + y)
            for school in schoolList {
                for k in 0..<dialoguesPerYear {
                    let date = year.firstDay().adding(days: 20 + k * 40 + rng.int(20))
                    let id = String(
                        format: "%08x-%04x-4%03x-8%03x-%012x", UInt32(truncatingIfNeeded: rng.next()),
                        UInt16(truncatingIfNeeded: rng.next()), rng.int(0xFFF), rng.int(0xFFF),
                        rng.next() & 0xFFFF_FFFF_FFFF)
                    var notes: [Note] = []
                    for n in 0..<notesPerDialogue {
                        let section = SectionKind.allCases[min(5, n * 6 / notesPerDialogue)]
                        let parent = n > 0 && rng.int(3) == 0 ? notes[n - 1].id : nil
                        var text =
                            "\(rng.pick(Self.starts)) \(rng.pick(Self.middles)) \(rng.pick(Self.ends)). "
                            + "\(rng.pick(Self.starts)) \(rng.pick(Self.middles)) \(rng.pick(Self.ends)) under läsåret."
                        // One rare word in the whole store, for the rare-word search.
                        if y == 0 && school.id == "skola-1" && k == 0 && n == 7 { text += " Kvantfysiklabbet nämndes." }
                        notes.append(
                            Note(
                                id: "\(id.prefix(8))-n\(n)", section: parent == nil ? section : notes[n - 1].section,
                                kind: parent == nil ? nil : (rng.int(2) == 0 ? .question : .answer), text: text,
                                speaker: rng.int(2) == 0 ? school.principal : nil, tags: [rng.pick(Self.tags)],
                                created: t0.addingTimeInterval(Double(noteCount)), parentID: parent))
                        noteCount += 1
                    }
                    let actions = (0..<3).map { a in
                        ActionItem(
                            id: "\(id.prefix(8))-a\(a)",
                            text: "\(rng.pick(Self.middles).capitalized) \(rng.pick(Self.ends))",
                            owner: school.principal, due: date.adding(days: 120),
                            status: ActionStatus.allCases[rng.int(4)],
                            tags: [rng.pick(Self.tags)], createdIn: id)
                    }
                    let d = Dialogue(
                        id: id, schoolID: school.id, areaID: school.areaID, date: date, schoolYear: year,
                        status: y == years - 1 && k >= 4 ? .planned : .closed, facilitators: [areaList[0].head!],
                        participants: [Participant(name: school.principal!, role: .principal)],
                        notes: y == years - 1 && k >= 4 ? [] : notes, actions: y == years - 1 && k >= 4 ? [] : actions)
                    var data = try encoder.encode(DialogueDocument(dialogue: d))
                    data.append(0x0A)
                    let path = layout.path(StoreLayout.dialogueFile(id))
                    // A fixture, not user data: plain writes (the store's durable path is measured separately).
                    guard
                        FileManager.default.createFile(
                            atPath: path, contents: data, attributes: [.posixPermissions: 0o600])
                    else {
                        throw FileError(.write, path: path, code: EIO)
                    }
                    summaries.append(DialogueSummary(d, fingerprint: FileFingerprint.of(path)))
                }
            }
        }
        summaries.sort(by: DialogueSummary.newestFirst)
        let write = { (name: String, value: Data) in
            guard
                FileManager.default.createFile(
                    atPath: layout.path(name), contents: value, attributes: [.posixPermissions: 0o600])
            else { throw FileError(.write, path: name, code: EIO) }
        }
        let list = SchoolList(
            organisation: Organisation(name: "Benchmarks kommun"), areas: areaList, schools: schoolList)
        try write(StoreLayout.schoolsFile, StoreJSON.encode(SchoolsDocument(list)))
        try write(
            StoreLayout.wheelFile,
            StoreJSON.encode(
                WheelDocument(
                    wheel: DemoStore.content(today: LocalDate(year: firstYear + years - 1, month: 11, day: 23)!).wheel))
        )
        // The single index of earlier versions: opening for writing turns it into the per-year
        // index files without reading every dialogue again (as it does for a user's store).
        try write(StoreLayout.legacyIndexFile, StoreJSON.encode(IndexDocument(dialogues: summaries)))
        try write(StoreLayout.manifestFile, StoreJSON.encode(Manifest()))
        try Store.open(at: root, mode: .write(command: "tillit-bench")).close()
        return (summaries.count, noteCount)
    }
}

extension SyntheticStore {
    /// Every school's figures, written when the store has none (one generated before figures).
    static func ensureFigures(_ root: String, today: LocalDate) throws {
        guard !FileManager.default.fileExists(atPath: root + "/" + StoreLayout.figuresFile) else { return }
        let s = try Store.open(at: root, mode: .write(command: "tillit-bench"))
        try s.saveFigures(figures(s.schools.schools, lastYear: SchoolYear(containing: today).previous))
        s.close()
    }

    /// Every school's figures for the six school years up to `lastYear`, each measure with its
    /// own level and a little noise (the same every run), so that the live dialogue's results show
    /// a full figures block.
    static func figures(_ schools: [School], lastYear: SchoolYear) -> FigureBook {
        var figures: [Figure] = []
        let base: [String: Double] = [
            "meritvarde-ak9": 225, "behoriga-gymnasiet": 86, "godkant-alla-amnen": 76, "trygghet": 85,
            "studiero": 71, "narvaro": 93,
        ]
        for s in schools {
            for m in DefaultMeasures.all {
                for back in 0..<6 {
                    let year = SchoolYear(startYear: lastYear.startYear - back)
                    let noise = Double(StableHash.of("\(s.id)/\(m.id)/\(year)") % 100) / 20 - 2.5
                    let v = ((base[m.id] ?? 50) + noise) * 10
                    figures.append(
                        Figure(schoolID: s.id, schoolYear: year, measureID: m.id, value: .number(v.rounded() / 10)))
                }
            }
        }
        return FigureBook(measures: DefaultMeasures.all, figures: figures)
    }
}
