/// A 64-bit FNV-1a hash: the same on every machine and in every run (Swift's `Hasher` is seeded
/// per process), for ids made from content and for recognising a file's content.
public enum StableHash {
    public static func of<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    public static func of(_ text: String) -> UInt64 { of(text.utf8) }

    /// A hash of many pieces, added one by one (no text is built to hash it).
    public struct Running: Sendable {
        public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        public init() {}

        public mutating func add<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for b in bytes {
                value ^= UInt64(b)
                value = value &* 0x100_0000_01b3
            }
            // A separator, so that "ab" + "c" differs from "a" + "bc".
            value ^= 0xFF
            value = value &* 0x100_0000_01b3
        }

        public mutating func add(_ text: String) { add(text.utf8) }

        public mutating func add(_ number: UInt64) {
            add((0..<8).map { UInt8(truncatingIfNeeded: number >> ($0 * 8)) })
        }
    }

    /// Sixteen hexadecimal digits.
    public static func hex(_ text: String) -> String { hex(of(text)) }

    public static func hex(_ value: UInt64) -> String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
