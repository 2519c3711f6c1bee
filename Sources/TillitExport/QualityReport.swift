import Foundation
import TillitDomain

/// The material for the yearly quality report, as the chain school → area → organisation
/// carries it: how to read it; which dialogues were held; each part of a dialogue in order,
/// strengths first (themes across schools with last year's figure, then what every school, area
/// and the administration said, quoted and traceable); what the area and organisation dialogues
/// concluded; open and overdue actions whatever their year, and how last year's were followed up.
public struct QualityReport: Sendable {
    public struct Input: Sendable {
        public var year: SchoolYear
        public var organisation: String
        public var areas: [Area]
        public var schools: [School]
        /// The year's dialogues, the year before's, and any with actions still open.
        public var dialogues: [Dialogue]
        public var today: LocalDate
        public var language: Language
        /// The measures and figures (the report shows each measure across schools).
        public var figures = FigureBook()

        public init(
            year: SchoolYear, organisation: String, areas: [Area], schools: [School], dialogues: [Dialogue],
            today: LocalDate, language: Language
        ) {
            self.year = year
            self.organisation = organisation
            self.areas = areas
            self.schools = schools
            self.dialogues = dialogues
            self.today = today
            self.language = language
        }
    }

    /// What the report covers and how.
    public struct Options: Sendable {
        /// Only this education area (its schools and its area dialogues).
        public var area: String?
        /// Only this school.
        public var school: String?
        /// Internal notes go in too, marked (the report is then for the administration only).
        public var includeInternal = false
        /// Personal data is masked in everything the report quotes.
        public var redact = false

        public init(area: String? = nil, school: String? = nil, includeInternal: Bool = false, redact: Bool = false) {
            self.area = area
            self.school = school
            self.includeInternal = includeInternal
            self.redact = redact
        }
    }

    public let title: String
    public let blocks: [DocumentBlock]

    public init(_ input: Input, options: Options = Options()) {
        let material = ReportMaterial(input, options)
        let t = material.t
        title = t(options.includeInternal ? .reportTitleInternal : .reportTitle, ["year": input.year.text])
        var blocks: [DocumentBlock] = [.heading(1, title)]
        if options.includeInternal { blocks.append(.paragraph(t(.exportInternalBanner))) }
        blocks.append(.heading(2, t(.reportHowTitle)))
        blocks.append(.paragraph(t(.reportHow, ["year": input.year.text])))
        if let school = material.onlySchool {
            blocks.append(.paragraph(t(.reportScopeSchool, ["name": school.name])))
        } else if let area = material.onlyArea {
            blocks.append(.paragraph(t(.reportScopeArea, ["name": area.name])))
        }
        blocks += ReportParts.status(material)
        for section in SectionKind.allCases {
            blocks += ReportParts.section(section, material)
            // The figures where the results are (strengths still come first).
            if section == .results { blocks += ReportFigures.blocks(material) }
        }
        blocks += ReportParts.areas(material)
        if material.onlyArea == nil, material.onlySchool == nil { blocks += ReportParts.organisation(material) }
        blocks += ReportParts.actions(material)
        // Nothing from the data can steer a terminal or break a document. (Block by block, in
        // place: each one's texts are let go as they are replaced, not all at the end.)
        for i in blocks.indices { blocks[i] = blocks[i].mappingTexts(ControlCharacters.escaped) }
        self.blocks = blocks
    }

    /// Personal data in what the report says, as it would leave the program.
    public var personalData: [PersonalData.Finding] {
        blocks.flatMap(\.texts).flatMap { PersonalData.find(in: $0) }
    }

    /// Which dialogues a report of `year` reads: the year's, the year before's, and earlier ones
    /// with actions still open.
    public static func wanted(_ d: DialogueSummary, year: SchoolYear) -> Bool {
        ReportScope.inFull(d, year: year) || ReportScope.forOpenActions(d, year: year)
    }

    public func render(_ format: ExportFormat, language: Language) -> Data {
        switch format {
        case .html: return Data(BlockRenderer.html(blocks, title: title, language: language.rawValue).utf8)
        case .docx: return DocxExporter.blocks(blocks, language: language == .sv ? "sv-SE" : "en-GB")
        default: return BlockRenderer.markdownBytes(blocks)
        }
    }
}
