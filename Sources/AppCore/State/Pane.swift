/// The three panes, in Tab order.
public enum Pane: Int, CaseIterable, Sendable {
    case wheel, schools, notebook

    public var next: Pane { Pane(rawValue: (rawValue + 1) % 3)! }
    public var previous: Pane { Pane(rawValue: (rawValue + 2) % 3)! }
}
