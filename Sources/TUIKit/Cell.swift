/// One terminal cell: a grapheme and its style role. A wide grapheme's second cell has width 0.
public struct Cell: Equatable, Sendable {
    public var char: Character
    public var role: Role
    /// 1 for a normal cell, 2 for the first cell of a wide grapheme, 0 for the cell after it.
    public var width: UInt8

    public init(_ char: Character = " ", role: Role = .text, width: UInt8 = 1) {
        self.char = char
        self.role = role
        self.width = width
    }

    public static let blank = Cell()
}
