import TillitDomain

/// A small JSON reader over raw bytes that finds where a document goes wrong and where a value
/// sits. Foundation's decoder gives neither a line nor a column, and users need both.
public struct JSONScanner {
    /// Why the syntax is wrong.
    public typealias SyntaxIssue = JSONSyntaxIssue

    /// One step of a path into a document: an object key or an array index.
    public enum PathStep: Hashable, Sendable, CustomStringConvertible {
        case key(String)
        case index(Int)

        public var description: String {
            switch self {
            case .key(let k): return k
            case .index(let i): return "[\(i)]"
            }
        }
    }

    private let bytes: [UInt8]
    private var pos = 0
    private var target: [PathStep]?
    private var found: Int?

    private init(_ bytes: [UInt8], target: [PathStep]? = nil) {
        self.bytes = bytes
        self.target = target
    }

    /// The byte offset of the first syntax error and what it is, or nil if the text is valid JSON.
    public static func firstSyntaxError(in bytes: [UInt8]) -> (offset: Int, issue: SyntaxIssue)? {
        var s = JSONScanner(bytes)
        do {
            s.skipSpace()
            try s.value(path: [])
            s.skipSpace()
            if s.pos < bytes.count { return (s.pos, .trailingContent) }
            return nil
        } catch let e as ScanError {
            return (e.offset, e.issue)
        } catch {
            return (s.pos, .unexpectedEnd)
        }
    }

    /// The byte offset where the value at `path` starts (or, if it is missing, where its closest
    /// existing parent starts).
    public static func offset(of path: [PathStep], in bytes: [UInt8]) -> Int? {
        var best: Int?
        for length in stride(from: path.count, through: 0, by: -1) {
            var s = JSONScanner(bytes, target: Array(path.prefix(length)))
            s.skipSpace()
            _ = try? s.value(path: [])
            if let f = s.found {
                best = f
                break
            }
        }
        return best
    }

    /// Turns a byte offset into a 1-based line and column (columns count characters, not bytes).
    public static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var i = 0
        while i < min(offset, bytes.count) {
            let b = bytes[i]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }

    private struct ScanError: Error {
        let offset: Int
        let issue: SyntaxIssue
    }

    private func fail() -> ScanError {
        guard pos < bytes.count else { return ScanError(offset: pos, issue: .unexpectedEnd) }
        var end = pos + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: bytes[pos..<end], as: UTF8.self)
        return ScanError(offset: pos, issue: .unexpectedCharacter(text))
    }

    private mutating func skipSpace() {
        while pos < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[pos]) { pos += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard pos < bytes.count, bytes[pos] == byte else { throw fail() }
        pos += 1
    }

    private mutating func value(path: [PathStep]) throws {
        if found == nil, let target, target == path { found = pos }
        guard pos < bytes.count else { throw fail() }
        switch bytes[pos] {
        case UInt8(ascii: "{"): try object(path: path)
        case UInt8(ascii: "["): try array(path: path)
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw fail()
        }
    }

    private mutating func literal(_ word: String) throws {
        for b in word.utf8 { try expect(b) }
    }

    private mutating func number() throws {
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        func digits() throws {
            guard pos < bytes.count, (0x30...0x39).contains(bytes[pos]) else { throw fail() }
            while pos < bytes.count, (0x30...0x39).contains(bytes[pos]) { pos += 1 }
        }
        if pos < bytes.count, bytes[pos] == 0x30 { pos += 1 } else { try digits() }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            try digits()
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            try digits()
        }
    }

    private mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = pos
        var escaped = false
        while pos < bytes.count {
            let b = bytes[pos]
            if escaped {
                escaped = false
                if b == UInt8(ascii: "u") {
                    for _ in 0..<4 {
                        pos += 1
                        guard pos < bytes.count, isHex(bytes[pos]) else { throw fail() }
                    }
                } else if !"\"\\/bfnrt".utf8.contains(b) {
                    throw fail()
                }
            } else if b == UInt8(ascii: "\\") {
                escaped = true
            } else if b == UInt8(ascii: "\"") {
                let text = String(decoding: bytes[start..<pos], as: UTF8.self)
                pos += 1
                return text
            } else if b < 0x20 {
                throw fail()
            }
            pos += 1
        }
        throw fail()
    }

    private func isHex(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
    }

    private mutating func object(path: [PathStep]) throws {
        try expect(UInt8(ascii: "{"))
        skipSpace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
            pos += 1
            return
        }
        while true {
            skipSpace()
            let key = try string()
            skipSpace()
            try expect(UInt8(ascii: ":"))
            skipSpace()
            try value(path: path + [.key(key)])
            skipSpace()
            guard pos < bytes.count else { throw fail() }
            if bytes[pos] == UInt8(ascii: ",") {
                pos += 1
                continue
            }
            if bytes[pos] == UInt8(ascii: "}") {
                pos += 1
                return
            }
            throw fail()
        }
    }

    private mutating func array(path: [PathStep]) throws {
        try expect(UInt8(ascii: "["))
        skipSpace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
            pos += 1
            return
        }
        var index = 0
        while true {
            skipSpace()
            try value(path: path + [.index(index)])
            index += 1
            skipSpace()
            guard pos < bytes.count else { throw fail() }
            if bytes[pos] == UInt8(ascii: ",") {
                pos += 1
                continue
            }
            if bytes[pos] == UInt8(ascii: "]") {
                pos += 1
                return
            }
            throw fail()
        }
    }
}
