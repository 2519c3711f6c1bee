import Glibc

/// A flat grid of cells: what one frame shows.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public var cells: [Cell]
    /// Graphemes too long for a cell (see `Cell`), by their key.
    public var clusters: [UInt64: String] = [:]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public var size: Size { Size(width: width, height: height) }

    /// Forgets the long graphemes no cell names any more (one drawn over, or one a copied
    /// drawing brought along): a screen holds the graphemes it shows and no others, so that two
    /// screens that show the same are equal however they were drawn.
    public mutating func dropUnusedClusters() {
        guard !clusters.isEmpty else { return }
        var used: Set<UInt64> = []
        for cell in cells where cell.isLong { used.insert(cell.longKey) }
        clusters = clusters.filter { used.contains($0.key) }
    }
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Compared as memory: cells are plain bytes (a frame is compared with the last for every key).
    public static func == (a: Screen, b: Screen) -> Bool {
        guard a.width == b.width, a.height == b.height, a.cells.count == b.cells.count else { return false }
        let same = a.cells.withUnsafeBytes { x in
            b.cells.withUnsafeBytes { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
        return same && a.clusters == b.clusters
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// The grapheme of the cell at (x, y), however long.
    public func character(_ x: Int, _ y: Int) -> Character { character(of: self[x, y]) }

    func character(of cell: Cell) -> Character {
        guard cell.isLong else { return cell.char }
        return clusters[cell.longKey].map { Character($0) } ?? "\u{FFFD}"
    }

    /// Sets a cell, keeping a long grapheme's text with the screen.
    mutating func put(_ x: Int, _ y: Int, _ char: Character, role: Role, width: UInt8) {
        let cell = Cell(char, role: role, width: width)
        if cell.isLong { clusters[cell.longKey] = String(char) }
        self[x, y] = cell
    }

    /// Appends the UTF-8 of a cell's grapheme, however long.
    func appendUTF8(of cell: Cell, to out: inout [UInt8]) {
        if cell.isLong {
            out += Array((clusters[cell.longKey] ?? "\u{FFFD}").utf8)
        } else {
            cell.appendUTF8(to: &out)
        }
    }

    /// The text of each row (continuation cells left out, trailing spaces kept).
    public func textLines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where self[x, y].width != 0 { line.append(character(x, y)) }
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
