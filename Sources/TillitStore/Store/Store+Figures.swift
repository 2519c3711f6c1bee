import TillitDomain

extension Store {
    /// `figures.json`, or the shipped measures when the store has none (a store made before
    /// figures existed). A file that cannot be read is a problem, and is never written over.
    /// Fields this program does not know (a newer Tillit's) are looked for when it is about to
    /// be written, not at every opening: the check costs as much as reading it.
    static func readFigures(_ loader: inout StoreLoader) -> FigureBook {
        guard loader.layout.exists(StoreLayout.figuresFile) else { return FigureBook(measures: DefaultMeasures.all) }
        return loader.read(FiguresDocument.self, StoreLayout.figuresFile, checkUnknownFields: false)?.book
            ?? FigureBook()
    }

    /// Why the figures could not be read, if they could not (then there are none).
    public var figuresProblem: StoreProblem? {
        problems.first { $0.file == StoreLayout.figuresFile && $0.protectsFile }
    }

    /// Writes the measures and figures; control characters never reach the file.
    public func saveFigures(_ book: FigureBook) throws(StoreError) {
        let book = book.withoutControlCharacters
        try checkWritable(StoreLayout.figuresFile)
        if layout.exists(StoreLayout.figuresFile) {
            var loader = StoreLoader(layout: layout)
            if loader.read(FiguresDocument.self, StoreLayout.figuresFile) == nil, let p = loader.problems.first {
                problems.append(p)
                throw .protected(p)
            }
        }
        try writeFile(FiguresDocument(book), to: StoreLayout.figuresFile)
        figures = book
    }
}

extension Store {
    /// The figures a dialogue looks at (see `FigureTrend.trends(for:)`).
    public func figureTrends(for d: Dialogue) -> [FigureTrend] {
        FigureTrend.trends(for: d, figures, FigureLevels(figures, schools: schools), schools: schools)
    }
}
