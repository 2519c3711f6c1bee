import TillitDomain

/// Everything a new store is created with.
public struct StoreContent: Hashable, Sendable {
    public var schools: SchoolList
    public var wheel: Wheel
    public var dialogues: [Dialogue]
    public var figures: FigureBook

    public init(
        schools: SchoolList, wheel: Wheel, dialogues: [Dialogue] = [],
        figures: FigureBook = FigureBook(measures: DefaultMeasures.all)
    ) {
        self.figures = figures
        self.schools = schools
        self.wheel = wheel
        self.dialogues = dialogues
    }
}
