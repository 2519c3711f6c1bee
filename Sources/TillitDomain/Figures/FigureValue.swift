/// A figure's value: a number, or "too few" where the group is too small to report (as
/// Skolverket masks them). Never a zero in place of a masked value.
public enum FigureValue: Hashable, Sendable {
    case number(Double)
    case tooFew

    public var number: Double? {
        if case .number(let v) = self { return v }
        return nil
    }
}
