import Foundation
import TillitDomain

/// `figures.json` read on a thread of its own, started at once and waited for with `result()`.
final class FiguresReading: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var book = FigureBook()
    private var problems: [StoreProblem] = []

    init(layout: StoreLayout) {
        // A thread of its own, not the shared pool: whoever opens the store may be on the pool.
        Thread {
            var loader = StoreLoader(layout: layout)
            self.book = Store.readFigures(&loader)
            self.problems = loader.problems
            self.done.signal()
        }.start()
    }

    /// The book and the problems found reading it (waits for the reading to finish).
    func result() -> (FigureBook, [StoreProblem]) {
        done.wait()
        return (book, problems)
    }
}

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
