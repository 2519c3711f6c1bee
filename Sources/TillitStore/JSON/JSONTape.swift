import Foundation

/// A JSON document read once into a flat list of its values (a tape), for `TapeDecoder`. Strict:
/// whatever is not plain JSON (a control character in a string, a lone surrogate, a number
/// written as `01`) is refused, and the caller reads the file with Foundation's decoder instead,
/// which says what is wrong and where. Text that is not valid UTF-8 is refused too.
final class JSONTape {
    enum Kind: UInt8 {
        case object, array, string, number, trueValue, falseValue, null
    }

    /// One value. Containers: `end` is the index of the token after their last member, `count`
    /// their members (an object's key and value together are one). Strings: the bytes between
    /// the quotes. Numbers: their bytes.
    struct Token {
        var kind: Kind
        /// A string with an escape, a number with a fraction or an exponent.
        var marked = false
        /// An object's key.
        var isKey = false
        var start: Int32
        var end: Int32
        var count: Int32 = 0
    }

    /// Why the tape declines a document (Foundation's decoder then reads it and names the problem).
    struct Declined: Error {}

    let bytes: [UInt8]
    let tokens: [Token]
    /// Set when a question that cannot throw (`allKeys`, `contains`) met what the tape declines:
    /// the whole document then declines.
    var declined = false
    /// Which keys a decoder asked for: a key never asked for is one the program does not know.
    let asked: UnsafeMutablePointer<Bool>

    init(_ bytes: [UInt8], maxDepth: Int) throws {
        // Places are kept in 32 bits; a file of 2 GB is not one of the store's.
        guard bytes.count < Int32.max else { throw Declined() }
        self.bytes = bytes
        var parser = Parser(maxDepth: maxDepth)
        parser.tokens.reserveCapacity(bytes.count / 12 + 4)
        try bytes.withUnsafeBufferPointer { try parser.document($0) }
        tokens = parser.tokens
        asked = .allocate(capacity: max(1, tokens.count))
        asked.initialize(repeating: false, count: max(1, tokens.count))
    }

    deinit { asked.deallocate() }

    /// The index of the token after the value at `i`.
    @inline(__always) func skip(_ i: Int) -> Int {
        let t = tokens[i]
        return t.kind == .object || t.kind == .array ? Int(t.end) : i + 1
    }

    /// The value of `key` in the object at `object` (nil when absent); refuses a key given twice.
    func value(of key: String, in object: Int) throws -> Int? {
        var key = key
        return try key.withUTF8 { k -> Int? in
            try bytes.withUnsafeBufferPointer { b -> Int? in
                var found: Int?
                var i = object + 1
                let end = Int(tokens[object].end)
                while i < end {
                    let t = tokens[i]
                    // A key written with an escape might be any key: Foundation's decoder reads it.
                    if t.marked { throw Declined() }
                    if Int(t.end - t.start) == k.count,
                        k.count == 0 || memcmp(b.baseAddress! + Int(t.start), k.baseAddress!, k.count) == 0
                    {
                        guard found == nil else { throw Declined() }
                        found = i + 1
                        asked[i] = true
                    }
                    i = skip(i + 1)
                }
                return found
            }
        }
    }

    /// The keys of the object at `object`, each with its value's index.
    func members(of object: Int) throws -> [(key: String, value: Int)] {
        var out: [(key: String, value: Int)] = []
        var i = object + 1
        while i < Int(tokens[object].end) {
            out.append((try string(at: i), i + 1))
            i = skip(i + 1)
        }
        return out
    }

    /// Whether some key holding more than null was never asked for.
    var hasUnaskedKey: Bool {
        for i in tokens.indices where tokens[i].isKey && !asked[i] && tokens[i + 1].kind != .null { return true }
        return false
    }

    func string(at i: Int) throws -> String {
        let t = tokens[i]
        guard t.kind == .string else { throw Declined() }
        return try bytes.withUnsafeBufferPointer { b in
            let raw = UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)])
            guard t.marked else { return String(decoding: raw, as: UTF8.self) }
            return try JSONEscapes.unescape(raw)
        }
    }

    /// The bytes of the number at `i`, if it is an integer (no fraction, no exponent).
    func integerText(at i: Int) throws -> Substring.UTF8View {
        let t = tokens[i]
        guard t.kind == .number, !t.marked else { throw Declined() }
        return Substring(decoding: bytes[Int(t.start)..<Int(t.end)], as: UTF8.self).utf8
    }

    func double(at i: Int) throws -> Double {
        let t = tokens[i]
        guard t.kind == .number else { throw Declined() }
        let text = String(decoding: bytes[Int(t.start)..<Int(t.end)], as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw Declined() }
        return value
    }
}

extension JSONTape {
    /// Reads the tokens: recursive descent, at most `maxDepth` levels deep.
    struct Parser {
        let maxDepth: Int
        var tokens: [Token] = []
        var i = 0

        mutating func document(_ b: UnsafeBufferPointer<UInt8>) throws {
            space(b)
            try value(b, depth: 0)
            space(b)
            guard i == b.count else { throw Declined() }
        }

        @inline(__always) mutating func space(_ b: UnsafeBufferPointer<UInt8>) {
            while i < b.count {
                switch b[i] {
                case 0x20, 0x0A, 0x0D, 0x09: i += 1
                default: return
                }
            }
        }

        mutating func value(_ b: UnsafeBufferPointer<UInt8>, depth: Int) throws {
            guard i < b.count else { throw Declined() }
            switch b[i] {
            case UInt8(ascii: "{"): try container(b, depth: depth, object: true)
            case UInt8(ascii: "["): try container(b, depth: depth, object: false)
            case UInt8(ascii: "\""): try string(b)
            case UInt8(ascii: "t"): try literal(b, "true", .trueValue)
            case UInt8(ascii: "f"): try literal(b, "false", .falseValue)
            case UInt8(ascii: "n"): try literal(b, "null", .null)
            default: try number(b)
            }
        }

        mutating func container(_ b: UnsafeBufferPointer<UInt8>, depth: Int, object: Bool) throws {
            guard depth < maxDepth else { throw Declined() }
            let me = tokens.count
            tokens.append(Token(kind: object ? .object : .array, start: Int32(i), end: 0))
            i += 1
            space(b)
            let close = UInt8(ascii: object ? "}" : "]")
            var count: Int32 = 0
            if i < b.count, b[i] == close {
                i += 1
            } else {
                while true {
                    if object {
                        guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw Declined() }
                        try string(b)
                        tokens[tokens.count - 1].isKey = true
                        space(b)
                        guard i < b.count, b[i] == UInt8(ascii: ":") else { throw Declined() }
                        i += 1
                        space(b)
                    }
                    try value(b, depth: depth + 1)
                    count += 1
                    space(b)
                    guard i < b.count else { throw Declined() }
                    if b[i] == close {
                        i += 1
                        break
                    }
                    guard b[i] == UInt8(ascii: ",") else { throw Declined() }
                    i += 1
                    space(b)
                }
            }
            tokens[me].end = Int32(tokens.count)
            tokens[me].count = count
        }

        mutating func string(_ b: UnsafeBufferPointer<UInt8>) throws {
            let start = i + 1
            // The place is kept in a local while the string is read (`i` lives in memory).
            var j = start
            var marked = false
            let n = b.count
            let raw = UnsafeRawPointer(b.baseAddress!)
            defer { i = j }
            while true {
                // Eight plain bytes at a time: no quote, backslash, control character or non-ASCII.
                while j &+ 8 <= n {
                    let w = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
                    let quote = w ^ 0x2222_2222_2222_2222
                    let slash = w ^ 0x5C5C_5C5C_5C5C_5C5C
                    let ones: UInt64 = 0x0101_0101_0101_0101
                    let high: UInt64 = 0x8080_8080_8080_8080
                    let special = ((quote &- ones) & ~quote) | ((slash &- ones) & ~slash) | (w &- ones &* 0x20) | w
                    guard special & high == 0 else { break }
                    j &+= 8
                }
                guard j < n else { throw Declined() }
                let c = b[j]
                if c == UInt8(ascii: "\"") { break }
                if c < 0x20 { throw Declined() }
                if c >= 0x80 {
                    // Two bytes (å, ä, ö, é and the rest of Latin) without the general check.
                    if c >= 0xC2, c <= 0xDF, j &+ 1 < n, b[j &+ 1] & 0xC0 == 0x80 {
                        j &+= 2
                    } else {
                        j &+= try JSONEscapes.utf8Length(b, at: j)
                    }
                    continue
                }
                if c == UInt8(ascii: "\\") {
                    marked = true
                    j &+= 1
                    guard j < n else { throw Declined() }
                    switch b[j] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                        UInt8(ascii: "f"),
                        UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        break
                    case UInt8(ascii: "u"):
                        guard j + 4 < n, (1...4).allSatisfy({ JSONEscapes.hex(b[j + $0]) != nil }) else {
                            throw Declined()
                        }
                        j += 4
                    default: throw Declined()
                    }
                }
                j &+= 1
            }
            tokens.append(Token(kind: .string, marked: marked, start: Int32(start), end: Int32(j)))
            j &+= 1
        }

        mutating func literal(_ b: UnsafeBufferPointer<UInt8>, _ word: StaticString, _ kind: Kind) throws {
            let n = word.utf8CodeUnitCount
            guard i + n <= b.count, memcmp(b.baseAddress! + i, word.utf8Start, n) == 0 else { throw Declined() }
            tokens.append(Token(kind: kind, start: Int32(i), end: Int32(i + n)))
            i += n
        }

        /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, nothing looser.
        mutating func number(_ b: UnsafeBufferPointer<UInt8>) throws {
            let start = i
            var marked = false
            @inline(__always) func isDigit(_ k: Int) -> Bool { k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }
            if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
            guard isDigit(i) else { throw Declined() }
            if b[i] == 0x30 {
                i += 1
            } else {
                while isDigit(i) { i += 1 }
            }
            if i < b.count, b[i] == UInt8(ascii: ".") {
                marked = true
                i += 1
                guard isDigit(i) else { throw Declined() }
                while isDigit(i) { i += 1 }
            }
            if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
                marked = true
                i += 1
                if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
                guard isDigit(i) else { throw Declined() }
                while isDigit(i) { i += 1 }
            }
            tokens.append(Token(kind: .number, marked: marked, start: Int32(start), end: Int32(i)))
        }
    }
}
