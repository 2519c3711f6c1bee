/// A colour as a theme names it.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 256 indexed colours (0-15 are the classic ANSI ones).
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    static let names: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "gray": 8, "grey": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    /// Parses `default`, a name (`cyan`, `bright-blue`), `#rrggbb` or an index `0`...`255`.
    public init?(text: String) {
        let t = text.lowercased()
        if t == "default" || t == "none" {
            self = .terminalDefault
        } else if let n = Color.names[t] {
            self = .indexed(n)
        } else if t.hasPrefix("#"), t.count == 7, let v = Int(t.dropFirst(), radix: 16) {
            self = .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
        } else if let n = Int(t), (0...255).contains(n) {
            self = .indexed(n)
        } else {
            return nil
        }
    }

    /// The RGB value of an indexed colour (xterm's palette).
    public static func rgb(ofIndex i: Int) -> (Int, Int, Int) {
        let ansi: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
            (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
            (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if i < 16 { return ansi[max(0, i)] }
        if i < 232 {
            let c = i - 16
            let steps = [0, 95, 135, 175, 215, 255]
            return (steps[c / 36], steps[(c / 6) % 6], steps[c % 6])
        }
        let g = 8 + (i - 232) * 10
        return (g, g, g)
    }
}

/// How many colours the terminal shows, and the nearest colour it has for a theme's colour.
public enum ColorDepth: Hashable, Sendable {
    case none, sixteen, indexed256, trueColor

    public init(colors: Int, noColor: Bool) {
        if noColor || colors < 8 {
            self = .none
        } else if colors < 256 {
            self = .sixteen
        } else if colors < 1 << 24 {
            self = .indexed256
        } else {
            self = .trueColor
        }
    }

    /// The nearest indexed colour the terminal has (-1 for its default), or nil without colour.
    public func index(for color: Color) -> Int? {
        switch (self, color) {
        case (.none, _): return nil
        case (_, .terminalDefault): return -1
        case (.sixteen, .indexed(let i)) where i < 16: return i
        case (.sixteen, .indexed(let i)): return nearest(Color.rgb(ofIndex: i), among: 0..<16)
        case (.sixteen, .rgb(let r, let g, let b)): return nearest((Int(r), Int(g), Int(b)), among: 0..<16)
        case (_, .indexed(let i)): return i
        case (_, .rgb(let r, let g, let b)): return nearest((Int(r), Int(g), Int(b)), among: 16..<256)
        }
    }

    func nearest(_ c: (Int, Int, Int), among range: Range<Int>) -> Int {
        var best = range.lowerBound
        var bestDistance = Int.max
        for i in range {
            let (r, g, b) = Color.rgb(ofIndex: i)
            let d = (r - c.0) * (r - c.0) * 3 + (g - c.1) * (g - c.1) * 4 + (b - c.2) * (b - c.2) * 2
            if d < bestDistance {
                bestDistance = d
                best = i
            }
        }
        return best
    }
}
