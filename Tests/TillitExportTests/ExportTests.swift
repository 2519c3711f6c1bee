import Foundation
import TestSupport
import Testing
import TillitDomain
import TillitStore

@testable import TillitExport

/// Every format on the demo data: golden files, and a real parser of the format in the loop.
@Suite struct ExportTests {
    static let today = LocalDate(iso: "2026-11-23")!
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func dialogue() -> Dialogue {
        var d = DemoStore.content(today: today).dialogues.first { $0.id == "2a7f4c19-3e5b-4d82-b6a0-9c1e7d3f5b28" }!
        d.notes[1].text = "Vad är det som gör att vi lyckas bra?\nEn andra rad med <html> & \"citat\" | pipe *stjärna*"
        d.reflection = Reflection(purposeReached: "Ja", takeForward: "Läsningen i åk 4")
        return d
    }

    static func context(_ language: Language, _ audience: ExportModel.Audience = .school) -> ExportModel.Context {
        var c = ExportModel.Context(
            subject: "Nytorpsskolan", area: "Utbildningsområde Nordost", organisation: "Grundskoleförvaltningen (demo)",
            language: language, exportedOn: today, audience: audience)
        // The figures the dialogue looked at, under its results.
        let content = DemoStore.content(today: today)
        c.figures = FigureTrend.trends(
            for: dialogue(), content.figures, FigureLevels(content.figures, schools: content.schools),
            schools: content.schools)
        return c
    }

    func golden(_ data: Data, _ name: String) {
        let path = Self.folder.appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["TILLIT_RECORD"] == "1" {
            try? FileManager.default.createDirectory(
                at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? data.write(to: path)
            return
        }
        guard let expected = try? Data(contentsOf: path) else {
            Issue.record("no golden file \(name): record with TILLIT_RECORD=1")
            return
        }
        if expected != data {
            try? data.write(to: path.appendingPathExtension("actual"))
            Issue.record("\(name) differs from its golden file (see \(name).actual)")
        }
    }

    /// Runs the real parser; returns what it found, line by line.
    func parse(_ kind: String, _ data: Data, ext: String) throws -> [String] {
        let tmp = TempFolder("export")
        let file = tmp.sub("out.\(ext)")
        try data.write(to: URL(fileURLWithPath: file))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Self.folder.appendingPathComponent("validate.py").path, kind, file]
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(kind) did not parse: \(problem)")
        return text.split(separator: "\n").map(String.init)
    }

    @Test(arguments: Language.allCases)
    func markdownIsCommonMarkStrengthsFirst(_ language: Language) throws {
        let data = try DialogueExporter.export(
            Self.dialogue(), context: Self.context(language), format: .md, redact: false)
        golden(data, "nytorp-\(language.rawValue).md")
        let found = try parse("md", data, ext: "md")
        let headings = found.filter { $0.hasPrefix("h2:") }
        let t = Localizer(language)
        #expect(headings.first == "h2:1. \(t.section(.strengths))")
        #expect(headings.contains("h2:6. \(t.section(.feedback))"))
        #expect(found.contains("table"))
        #expect(found.contains("nested-list"))
        #expect(found.contains("h1:\(t(.exportTitle, ["subject": "Nytorpsskolan"]))"))
    }

    @Test(arguments: Language.allCases)
    func htmlIsValidHTML5WithNoOutsideLinks(_ language: Language) throws {
        let data = try DialogueExporter.export(
            Self.dialogue(), context: Self.context(language), format: .html, redact: false)
        golden(data, "nytorp-\(language.rawValue).html")
        let found = try parse("html", data, ext: "html")
        #expect(found.filter { $0.hasPrefix("h2:") }.first == "h2:1. \(Localizer(language).section(.strengths))")
        #expect(found.contains("table"))
        #expect(!found.contains { $0.hasPrefix("outside-link") })
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("&lt;html&gt; &amp; &quot;citat&quot;"))
        #expect(text.contains("@media print"))
        // The figures: a table, a small chart per measure (inline, no outside assets), the fall marked.
        #expect(found.contains("figures-table"))
        #expect(found.contains { $0.hasPrefix("svg:") })
        #expect(text.contains(language == .sv ? "▼ Närvaro" : "▼ Attendance"))
    }

    @Test func docxOpensInADocxLibrary() throws {
        let data = try DialogueExporter.export(
            Self.dialogue(), context: Self.context(.sv), format: .docx, redact: false)
        golden(data, "nytorp-sv.docx")
        let found = try parse("docx", data, ext: "docx")
        #expect(found.first == "Title:Minnesanteckningar från kvalitetsdialog med Nytorpsskolan")
        #expect(found.contains("Heading 1:1. Styrkor och framgångsfaktorer"))
        #expect(found.contains("table:4x4"))
        // And in LibreOffice, when it is installed.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice") {
            let tmp = TempFolder("lo")
            try data.write(to: URL(fileURLWithPath: tmp.sub("n.docx")))
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
            p.arguments = ["--headless", "--convert-to", "pdf", "--outdir", tmp.path, tmp.sub("n.docx")]
            p.environment = ["HOME": tmp.path, "PATH": "/usr/bin:/bin"]
            try p.run()
            p.waitUntilExit()
            #expect(FileManager.default.fileExists(atPath: tmp.sub("n.pdf")))
        }
    }

    @Test func textAndJSON() throws {
        let d = Self.dialogue()
        let text = try DialogueExporter.export(d, context: Self.context(.sv), format: .txt, redact: false)
        golden(text, "nytorp-sv.txt")
        let s = String(decoding: text, as: UTF8.self)
        #expect(s.range(of: "1. Styrkor")!.lowerBound < s.range(of: "2. Resultat")!.lowerBound)
        #expect(s.contains("      -> Fråga: Vad är det som gör att vi lyckas bra?"))
        // The administration's JSON is the whole dialogue; the school's leaves out the reflection.
        let json = try DialogueExporter.export(
            d, context: Self.context(.sv, .administration), format: .json, redact: false)
        golden(json, "nytorp.json")
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode(Dialogue.self, from: json) == d)
        let school = try DialogueExporter.export(d, context: Self.context(.sv), format: .json, redact: false)
        #expect(try decoder.decode(Dialogue.self, from: school).reflection == nil)
    }

    @Test func personalDataIsFoundAndRedactedInEveryFormat() throws {
        var d = Self.dialogue()
        d.notes[0].text = "Eleven 811218-9876 och mamma på 070-123 45 67, anna@example.se"
        let found = DialogueExporter.personalData(in: d, t: Localizer(.sv))
        #expect(found.map(\.finding.kind) == [.personalNumber, .phone, .email])
        #expect(found.first?.place == "Styrkor #1")
        for format in ExportFormat.allCases where format != .docx {
            let data = try DialogueExporter.export(d, context: Self.context(.sv), format: format, redact: true)
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("811218-9876"), "\(format)")
            #expect(!text.contains("anna@example.se"), "\(format)")
            #expect(text.contains("[personnummer") || text.contains("\\[personnummer"), "\(format)")
        }
        let docx = try DialogueExporter.export(d, context: Self.context(.sv), format: .docx, redact: true)
        #expect(docx.range(of: Data("811218-9876".utf8)) == nil)
        #expect(docx.range(of: Data("[personnummer]".utf8)) != nil)
    }

    @Test func zipEntriesCarryTheRightChecksum() {
        #expect(ZipWriter.crc32(Data("123456789".utf8)) == 0xCBF4_3926)
    }
}

@Suite struct ICalendarTests {
    @Test func theWheelIsAValidCalendarWithStableIDs() throws {
        let items: [ICalendarExporter.Item] = [
            .init(
                uid: "ev-kvalitetsrapport@tillit", summary: "Kvalitetsrapporten klar",
                when: .date(LocalDate(iso: "2026-12-15")!),
                category: "kvalitetsrapport"),
            .init(
                uid: "ev-vardialoger@tillit", summary: "Vårens uppföljningsdialoger; område Nordost, Väster",
                when: .week(ISOWeek(year: 2027, week: 12)!), category: "kvalitetsdialog",
                description: String(repeating: "Läsförståelse och trygghet. ", count: 6)),
        ]
        let text = ICalendarExporter.render(
            items, calendarName: "Årshjul 2026/27", stamp: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(text.contains("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
        #expect(text.contains("SUMMARY:Vårens uppföljningsdialoger\\; område Nordost\\, Väster"))
        let found = try ExportTests().parse("ics", Data(text.utf8), ext: "ics")
        #expect(found.contains("event:ev-kvalitetsrapport@tillit:Kvalitetsrapporten klar:2026-12-15"))
        #expect(
            found.contains("event:ev-vardialoger@tillit:Vårens uppföljningsdialoger; område Nordost, Väster:2027-03-22")
        )
        ExportTests().golden(Data(text.utf8), "wheel.ics")
        // The same wheel gives the same calendar: UIDs do not change between exports.
        #expect(
            ICalendarExporter.render(
                items, calendarName: "Årshjul 2026/27", stamp: Date(timeIntervalSince1970: 1_795_000_000)) == text)
    }
}
