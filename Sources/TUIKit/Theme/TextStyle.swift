/// Colours and attributes for one role.
public struct TextStyle: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool
    public var italic: Bool

    public init(
        foreground: Color = .terminalDefault, background: Color = .terminalDefault, bold: Bool = false,
        dim: Bool = false, underline: Bool = false, reverse: Bool = false, italic: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
        self.italic = italic
    }
}
