import Foundation

/// One figure as a person types it (on the screen's form or on the command line): the school
/// year and the value as text. The rules are here, once: a value with a decimal comma or point,
/// ".." or "*" for too few to report, "-" or nothing to remove it.
public struct FigureEntry: Sendable {
    public var subject: FigureSubject
    public var measure: Measure
    public var year: String
    public var group: String
    public var value: String

    public init(subject: FigureSubject, measure: Measure, year: String, group: String, value: String) {
        self.subject = subject
        self.measure = measure
        self.year = year
        self.group = group
        self.value = value
    }

    public enum Problem: Error, Hashable, Sendable {
        case badYear(String)
        case badValue(String)
    }

    public enum Outcome: Hashable, Sendable {
        case set(Figure)
        case removed(SchoolYear)
        case unchanged
    }

    /// The figure this entry makes, or nil for one to remove.
    public func figure() throws(Problem) -> (year: SchoolYear, figure: Figure?) {
        guard let y = FigureCell.schoolYear(year) else { throw .badYear(year) }
        let g = ControlCharacters.clean(group, multiline: false).trimmingCharacters(in: .whitespaces)
        switch FigureCell(value) {
        case .bad: throw .badValue(value)
        case .missing: return (y, nil)
        case .value(let v):
            return (
                y,
                Figure(
                    schoolID: subject.schoolIDValue, areaID: subject.areaIDValue, schoolYear: y,
                    measureID: measure.id, group: g.isEmpty ? nil : g, value: v)
            )
        }
    }

    /// Puts the entry in the book.
    public func apply(to book: inout FigureBook) throws(Problem) -> Outcome {
        let (y, made) = try figure()
        if let made { return book.set(made) ? .set(made) : .unchanged }
        let g = group.trimmingCharacters(in: .whitespaces)
        let key = Figure(
            schoolID: subject.schoolIDValue, areaID: subject.areaIDValue, schoolYear: y, measureID: measure.id,
            group: g.isEmpty ? nil : g, value: .tooFew
        ).id
        return book.remove(key) ? .removed(y) : .unchanged
    }
}

extension FigureSubject {
    public var schoolIDValue: String? {
        if case .school(let id) = self { return id }
        return nil
    }

    public var areaIDValue: String? {
        if case .area(let id) = self { return id }
        return nil
    }
}
