/// A JSON document's shape: its objects' keys (and which hold null) and its arrays, without the
/// values. What the unknown-field check compares, read straight from the bytes: Foundation's
/// `JSONSerialization` made every object an `NSDictionary` and cost two thirds of reading a
/// dialogue. Nil for text that is not valid JSON, or whose keys are written with escapes (the
/// caller then compares the slow way, which unescapes them).
indirect enum JSONShape {
    case object([(key: String, value: JSONShape)])
    case array([JSONShape])
    case null
    case scalar

    static func of(_ bytes: [UInt8]) -> JSONShape? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            guard let shape = reader.value(depth: 0) else { return nil }
            reader.skipSpace()
            return reader.pos == buffer.count ? shape : nil
        }
    }

    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var pos = 0

        mutating func skipSpace() {
            while pos < bytes.count,
                bytes[pos] == 0x20 || bytes[pos] == 0x0A || bytes[pos] == 0x0D || bytes[pos] == 0x09
            {
                pos += 1
            }
        }

        mutating func value(depth: Int) -> JSONShape? {
            skipSpace()
            guard pos < bytes.count, depth <= DocumentReader.maxDepth else { return nil }
            switch bytes[pos] {
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "\""): return skipString() ? .scalar : nil
            case UInt8(ascii: "n"):
                guard bytes.count - pos >= 4, bytes[pos + 1] == 0x75, bytes[pos + 2] == 0x6C, bytes[pos + 3] == 0x6C
                else { return nil }
                pos += 4
                return .null
            default:
                // Numbers, true and false: what they are does not matter here, only where they end.
                let start = pos
                while pos < bytes.count, !"\t\n\r ,]}".utf8.contains(bytes[pos]) { pos += 1 }
                return pos > start ? .scalar : nil
            }
        }

        /// Skips a string; false when it does not close.
        mutating func skipString() -> Bool {
            pos += 1
            while pos < bytes.count {
                switch bytes[pos] {
                case UInt8(ascii: "\\"): pos += 2
                case UInt8(ascii: "\""):
                    pos += 1
                    return true
                default: pos += 1
                }
            }
            return false
        }

        mutating func key() -> String? {
            skipSpace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { return nil }
            let start = pos + 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                if bytes[end] == UInt8(ascii: "\\") { return nil }
                end += 1
            }
            guard end < bytes.count else { return nil }
            pos = end + 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }

        mutating func object(depth: Int) -> JSONShape? {
            pos += 1
            var members: [(key: String, value: JSONShape)] = []
            skipSpace()
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
                pos += 1
                return .object(members)
            }
            while true {
                guard let k = key() else { return nil }
                skipSpace()
                guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { return nil }
                pos += 1
                guard let v = value(depth: depth + 1) else { return nil }
                members.append((k, v))
                skipSpace()
                guard pos < bytes.count else { return nil }
                if bytes[pos] == UInt8(ascii: ",") {
                    pos += 1
                } else if bytes[pos] == UInt8(ascii: "}") {
                    pos += 1
                    return .object(members)
                } else {
                    return nil
                }
            }
        }

        mutating func array(depth: Int) -> JSONShape? {
            pos += 1
            var items: [JSONShape] = []
            skipSpace()
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
                pos += 1
                return .array(items)
            }
            while true {
                guard let v = value(depth: depth + 1) else { return nil }
                items.append(v)
                skipSpace()
                guard pos < bytes.count else { return nil }
                if bytes[pos] == UInt8(ascii: ",") {
                    pos += 1
                } else if bytes[pos] == UInt8(ascii: "]") {
                    pos += 1
                    return .array(items)
                } else {
                    return nil
                }
            }
        }
    }

    /// The paths of the original's keys that `other` (the same document written again by this
    /// program) does not have, in the order of a walk through sorted keys. A null the program
    /// leaves out is not lost information.
    func keysMissing(in other: JSONShape) -> [[JSONScanner.PathStep]] {
        var out: [[JSONScanner.PathStep]] = []
        // One path, grown and shrunk as the walk goes (not a new array for every value).
        var path: [JSONScanner.PathStep] = []
        func walk(_ x: JSONShape, _ y: JSONShape) {
            switch (x, y) {
            case (.object(let mx), _):
                var theirs: [String: JSONShape] = [:]
                if case .object(let my) = y { for m in my { theirs[m.key] = m.value } }
                // The last of a repeated key counts, as a decoder reads it.
                var mine: [String: JSONShape] = [:]
                for m in mx { mine[m.key] = m.value }
                for key in mine.keys.sorted() {
                    let v = mine[key]!
                    guard let w = theirs[key] else {
                        if case .null = v { continue }
                        out.append(path + [.key(key)])
                        continue
                    }
                    if case .scalar = v { continue }
                    path.append(.key(key))
                    walk(v, w)
                    path.removeLast()
                }
            case (.array(let ax), .array(let ay)):
                for (i, item) in ax.enumerated() where i < ay.count {
                    if case .scalar = item { continue }
                    path.append(.index(i))
                    walk(item, ay[i])
                    path.removeLast()
                }
            default: break
            }
        }
        walk(self, other)
        return out
    }
}
