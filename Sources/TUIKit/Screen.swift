/// A flat grid of cells: what one frame shows.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public var size: Size { Size(width: width, height: height) }
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// The text of each row (continuation cells left out, trailing spaces kept).
    public func textLines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where self[x, y].width != 0 { line.append(self[x, y].char) }
            return line
        }
    }

    /// One letter per cell naming its style role (a wide grapheme's second cell repeats it).
    public func roleLines() -> [String] {
        (0..<height).map { y in String((0..<width).map { self[$0, y].role.letter }) }
    }

    /// Text and roles together, for snapshot files.
    public func snapshot() -> String {
        let text = textLines().map { line -> String in
            var l = line
            while l.hasSuffix(" ") { l.removeLast() }
            return l
        }
        return text.joined(separator: "\n") + "\n" + String(repeating: "=", count: width) + "\n"
            + roleLines().joined(separator: "\n") + "\n"
    }

    /// Whether any cell shows `text` on its row.
    public func contains(_ text: String) -> Bool { textLines().contains { $0.contains(text) } }
}
