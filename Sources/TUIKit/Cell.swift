/// One terminal cell: a grapheme and its style role. A wide grapheme's second cell has width 0.
///
/// A cell is 16 plain bytes, nothing counted by reference: a frame of thousands of cells is
/// copied, compared and freed as memory, not cell by cell (and the less memory a key's frame
/// goes through, the sooner it is on the screen). The grapheme's UTF-8 bytes are kept in the
/// cell when there are at most 13 (every letter, symbol and nearly every emoji); a longer one
/// (a family emoji, a flag of a region) is kept by its screen (`Screen.clusters`) under a hash
/// of its bytes, which the cell holds.
public struct Cell: Equatable, Sendable {
    /// The grapheme's UTF-8 bytes 0–7 (zeros after its end), or a long one's hash.
    var low: UInt64
    /// Bytes 0–4: the grapheme's UTF-8 bytes 8–12; byte 5: the role; byte 6: the width; byte 7:
    /// how many UTF-8 bytes (or `long`).
    var high: UInt64

    /// The most UTF-8 bytes a cell holds itself.
    static let capacity = 13

    public var role: Role {
        get { Role(rawValue: roleBits) ?? .text }
        set { high = high & ~(0xFF << 40) | UInt64(newValue.rawValue) << 40 }
    }

    /// The role as its raw bits, without looking the role up (the encoder compares these).
    var roleBits: UInt8 { UInt8(truncatingIfNeeded: high >> 40) }

    /// 1 for a normal cell, 2 for the first cell of a wide grapheme, 0 for the cell after it.
    public var width: UInt8 {
        get { UInt8(truncatingIfNeeded: high >> 48) }
        set { high = high & ~(0xFF << 48) | UInt64(newValue) << 48 }
    }

    /// The bits of `high` that hold the role and the width.
    static let styleBits: UInt64 = 0xFFFF << 40

    /// The count byte of a grapheme kept by the screen.
    static let long: UInt64 = 0xFF

    public init(_ char: Character = " ", role: Role = .text, width: UInt8 = 1) {
        (low, high) = Self.pack(char)
        high |= UInt64(role.rawValue) << 40 | UInt64(width) << 48
    }

    /// A one-cell-wide cell of a scalar's UTF-8 bytes, `count` (1 to 3) of them from `bytes`' lowest.
    @inline(__always)
    init(utf8 bytes: UInt64, count: Int, role: Role) {
        low = bytes
        high = UInt64(count) << 56 | UInt64(role.rawValue) << 40 | 1 << 48
    }

    /// A cell of one scalar, packed from its UTF-8 without making a `Character`.
    public init(scalar: Unicode.Scalar, role: Role = .text, width: UInt8 = 1) {
        let v = scalar.value
        switch v {
        case 0..<0x80:
            low = UInt64(v)
            high = 1 << 56
        case 0x80..<0x800:
            low = UInt64(0xC0 | v >> 6) | UInt64(0x80 | v & 0x3F) << 8
            high = 2 << 56
        case 0x800..<0x10000:
            low = UInt64(0xE0 | v >> 12) | UInt64(0x80 | v >> 6 & 0x3F) << 8 | UInt64(0x80 | v & 0x3F) << 16
            high = 3 << 56
        default:
            low =
                UInt64(0xF0 | v >> 18) | UInt64(0x80 | v >> 12 & 0x3F) << 8 | UInt64(0x80 | v >> 6 & 0x3F) << 16
                | UInt64(0x80 | v & 0x3F) << 24
            high = 4 << 56
        }
        high |= UInt64(role.rawValue) << 40 | UInt64(width) << 48
    }

    public static let blank = Cell()

    /// The grapheme, for one that the cell holds itself; a long one, kept by the screen, reads as
    /// U+FFFD here (`Screen.character(_:_:)` gives it).
    public var char: Character {
        get {
            guard !isLong else { return "\u{FFFD}" }
            var bytes: [UInt8] = []
            appendUTF8(to: &bytes)
            return Character(String(decoding: bytes, as: UTF8.self))
        }
        set {
            let (l, h) = Self.pack(newValue)
            low = l
            high = h | high & Self.styleBits
        }
    }

    /// Whether the grapheme is too long for the cell, and kept by the screen.
    var isLong: Bool { high >> 56 == Self.long }

    /// How many UTF-8 bytes the cell holds (0 for a long grapheme).
    var byteCount: Int { isLong ? 0 : Int(high >> 56) }

    /// The hash a long grapheme is kept under.
    var longKey: UInt64 { low }

    /// Appends the grapheme's bytes (a cell's own, not a long one's).
    func appendUTF8(to out: inout [UInt8]) {
        // The low word's bytes, lowest first, then the high word's.
        var word = low
        for i in 0..<byteCount {
            if i == 8 { word = high }
            out.append(UInt8(truncatingIfNeeded: word))
            word >>= 8
        }
    }

    static func pack(_ char: Character) -> (UInt64, UInt64) {
        let utf8 = char.utf8
        guard utf8.count <= capacity else { return (longKey(of: char), long << 56) }
        var low: UInt64 = 0
        var high: UInt64 = 0
        var i: UInt64 = 0
        for b in utf8 {
            if i < 8 { low |= UInt64(b) << (8 * i) } else { high |= UInt64(b) << (8 * (i - 8)) }
            i += 1
        }
        return (low, high | UInt64(utf8.count) << 56)
    }

    /// FNV-1a over the grapheme's bytes: the same grapheme, the same key, in every screen.
    static func longKey(of char: Character) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in char.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }
}
