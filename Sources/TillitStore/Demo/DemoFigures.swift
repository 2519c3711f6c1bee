import TillitDomain

/// The demo's figures: six school years up to last year for every school (year 9's grade
/// figures only where there is a year 9), the same every time, with things worth talking about:
/// Nytorpsskolan's attendance and Lövgärdesskolan's safety fell last year, Guldhedsskolan's merit
/// rating rose, and one small school's survey had too few answers to report one year.
enum DemoFigures {
    static func book(schools: [School], lastYear: SchoolYear) -> FigureBook {
        var figures: [Figure] = []
        let years = (0..<6).reversed().map { SchoolYear(startYear: lastYear.startYear - $0) }
        // A level for each measure and how far a school's own level may lie from it.
        let levels: [String: (base: Double, spread: Double, step: Double)] = [
            "meritvarde-ak9": (224, 18, 1.5), "behoriga-gymnasiet": (86, 8, 0.4),
            "godkant-alla-amnen": (76, 10, 0.5), "trygghet": (85, 8, 0.3), "studiero": (71, 10, 0.6),
            "narvaro": (93, 2.5, 0.1),
        ]
        for school in schools where school.grades != nil && !school.archived {
            let hasYear9 = school.grades?.text.hasSuffix("9") == true
            for m in DefaultMeasures.all {
                guard let level = levels[m.id] else { continue }
                if !hasYear9, ["meritvarde-ak9", "behoriga-gymnasiet", "godkant-alla-amnen"].contains(m.id) {
                    continue
                }
                let own = level.base + (unit("\(school.id)/\(m.id)") - 0.5) * level.spread
                for (i, year) in years.enumerated() {
                    var v =
                        own + Double(i) * level.step + (unit("\(school.id)/\(m.id)/\(year)") - 0.5) * level.spread / 4
                    v += turn(school.id, m.id, isLast: i == years.count - 1, isFirst: i == 0)
                    if m.unit == "%" { v = min(99.5, v) }
                    var value = FigureValue.number(round(v, m.decimals))
                    if school.id == "hagenskolan", m.id == "trygghet", i == 2 { value = .tooFew }
                    figures.append(Figure(schoolID: school.id, schoolYear: year, measureID: m.id, value: value))
                }
            }
        }
        return FigureBook(measures: DefaultMeasures.all, figures: figures)
    }

    /// The demo's stories, added to the last year's (or the first's) value.
    static func turn(_ school: String, _ measure: String, isLast: Bool, isFirst: Bool) -> Double {
        switch (school, measure, isLast, isFirst) {
        case ("nytorpsskolan", "narvaro", true, _): return -4.2
        case ("lovgardesskolan", "trygghet", true, _): return -9
        case ("guldhedsskolan", "meritvarde-ak9", true, _): return 9
        case ("nya-varvets-skola", "studiero", _, true): return -6
        default: return 0
        }
    }

    /// A number in 0..<1 from a text, the same in every run.
    static func unit(_ text: String) -> Double { Double(StableHash.of(text) % 10_000) / 10_000 }

    static func round(_ v: Double, _ decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (v * scale).rounded() / scale
    }
}
