import Foundation
import TillitDomain

/// Reads one JSON document of the store and explains exactly what is wrong when it cannot.
/// It only reads: a file it could not read is left byte-for-byte as it was.
public enum DocumentReader {
    /// Decodes `bytes` (the content of `file`) as `T`, checking the format version first.
    public static func decode<T: VersionedDocument>(
        _ type: T.Type, from bytes: [UInt8], file: String,
        checkUnknownFields: Bool = true, known: KnownKeys? = nil
    ) -> Result<T, StoreProblem> {
        func problem(_ kind: StoreProblem.Kind, offset: Int? = nil, path: String? = nil) -> StoreProblem {
            var place: StoreProblem.Place?
            if let offset {
                let lc = JSONScanner.lineAndColumn(of: offset, in: bytes)
                place = .init(line: lc.line, column: lc.column, path: path)
            } else if let path {
                place = .init(path: path)
            }
            return StoreProblem(file: file, place: place, kind: kind)
        }
        if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { return .failure(problem(.empty)) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .failure(problem(.byteOrderMark, offset: 0)) }
        // The common case first: a good file with only keys this version reads decodes at once
        // (the tape checks the UTF-8 and the depth as it goes).
        if let value = try? TapeDecoder.decode(
            T.self, from: bytes, everyKeyRead: checkUnknownFields, maxDepth: maxDepth),
            (1...StoreFormat.version).contains(value.formatVersion)
        {
            return .success(value)
        }
        switch check(bytes) {
        case .invalidUTF8(let offset): return .failure(problem(.invalidUTF8, offset: offset))
        case .tooDeep(let offset): return .failure(problem(.tooDeep(limit: maxDepth), offset: offset))
        case nil: break
        }
        // Something is unusual or wrong: Foundation's decoder reads it, and says what and where.
        let data = Data(bytes)
        let decoder = StoreJSON.decoder()
        if let value = try? decoder.decode(T.self, from: data), (1...StoreFormat.version).contains(value.formatVersion)
        {
            guard checkUnknownFields else { return .success(value) }
            return checkFields(value, data: data, bytes: bytes, known: known, problem: problem)
        }
        // Something is wrong: find out what, and where.
        if let (offset, issue) = JSONScanner.firstSyntaxError(in: bytes) {
            return .failure(problem(.syntax(issue), offset: offset))
        }
        if let probe = try? decoder.decode(VersionProbe.self, from: data), let v = probe.formatVersion,
            v > StoreFormat.version
        {
            let offset = JSONScanner.offset(of: [.key("formatVersion")], in: bytes)
            return .failure(
                problem(
                    .newerVersion(found: v, supported: StoreFormat.version),
                    offset: offset, path: "formatVersion"))
        }
        let value: T
        do {
            value = try decoder.decode(T.self, from: data)
            if value.formatVersion < 1 {
                let offset = JSONScanner.offset(of: [.key("formatVersion")], in: bytes)
                return .failure(
                    problem(
                        .invalidValue("formatVersion \(value.formatVersion)"), offset: offset, path: "formatVersion"))
            }
        } catch let error as DecodingError {
            let (kind, path) = describe(error)
            let offset = JSONScanner.offset(of: path, in: bytes)
            return .failure(problem(kind, offset: offset, path: render(path)))
        } catch {
            return .failure(problem(.invalidValue(String(describing: error))))
        }
        return checkUnknownFields ? checkFields(value, data: data, bytes: bytes, problem: problem) : .success(value)
    }

    /// Part of a document (keys it does not name passed over), or nil when it cannot be read: by
    /// the tape, else by Foundation's decoder.
    static func part<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) -> T? {
        if let value = try? TapeDecoder.decode(T.self, from: bytes, everyKeyRead: false, maxDepth: maxDepth) {
            return value
        }
        return try? StoreJSON.decoder().decode(T.self, from: Data(bytes))
    }

    /// Refuses a file with fields this version does not know (writing it back would drop them).
    static func checkFields<T: Encodable>(
        _ value: T, data: Data, bytes: [UInt8], known: KnownKeys? = nil,
        problem: (StoreProblem.Kind, Int?, String?) -> StoreProblem
    ) -> Result<T, StoreProblem> {
        // Keys all seen before at their places: nothing to re-encode.
        let shape = known.flatMap { _ in JSONShape.of(bytes) }
        if let known, let shape, known.cover(shape) { return .success(value) }
        let unknown = unknownFields(original: data, value: value, known: known)
        guard !unknown.isEmpty else { return .success(value) }
        let first = JSONScanner.offset(of: unknown[0], in: bytes)
        return .failure(problem(.unknownFields(unknown.map(render)), first, render(unknown[0])))
    }

    /// How deep arrays and objects may nest. The store's own files nest about six levels; a
    /// deeper file is refused before a decoder (whose cost grows with the depth) sees it.
    public static let maxDepth = 64

    /// What one pass over a document's bytes found wrong before decoding.
    public enum Precheck: Equatable, Sendable {
        case invalidUTF8(Int)
        case tooDeep(Int)
    }

    /// Checks UTF-8 and nesting depth in one pass (the offset of the first problem).
    public static func check(_ bytes: [UInt8], maxDepth: Int = maxDepth) -> Precheck? {
        if let bad = firstInvalidUTF8(bytes) { return .invalidUTF8(bad) }
        return bytes.withUnsafeBufferPointer { buffer -> Precheck? in
            var depth = 0
            var inString = false
            var escaped = false
            var i = 0
            let n = buffer.count
            while i < n {
                let b = buffer[i]
                if inString {
                    if escaped {
                        escaped = false
                    } else if b == 0x5C {
                        escaped = true
                    } else if b == 0x22 {
                        inString = false
                    }
                } else if b == 0x22 {
                    inString = true
                } else if b == 0x5B || b == 0x7B {
                    depth += 1
                    if depth > maxDepth { return .tooDeep(i) }
                } else if b == 0x5D || b == 0x7D {
                    depth -= 1
                }
                i += 1
            }
            return nil
        }
    }

    /// The offset of the first byte that is not part of valid UTF-8, if any.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { raw -> Int? in
            var i = 0
            let n = raw.count
            while i < n {
                // Plain ASCII eight bytes at a time.
                if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = raw[i]
                if b < 0x80 {
                    i += 1
                    continue
                }
                let length: Int
                var minScalar: UInt32
                switch b {
                case 0xC2...0xDF:
                    length = 2
                    minScalar = 0x80
                case 0xE0...0xEF:
                    length = 3
                    minScalar = 0x800
                case 0xF0...0xF4:
                    length = 4
                    minScalar = 0x10000
                default: return i
                }
                guard i + length <= n else { return i }
                var scalar = UInt32(b) & (0xFF >> (length + 1))
                for k in 1..<length {
                    let c = raw[i + k]
                    guard c & 0xC0 == 0x80 else { return i }
                    scalar = scalar << 6 | UInt32(c & 0x3F)
                }
                if scalar < minScalar || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
                i += length
            }
            return nil
        }
    }

    static func path(of codingPath: [CodingKey]) -> [JSONScanner.PathStep] {
        codingPath.map { key in
            if let i = key.intValue { return .index(i) }
            return .key(key.stringValue)
        }
    }

    /// Renders a path like `schools[2].grades`.
    public static func render(_ path: [JSONScanner.PathStep]) -> String {
        var out = ""
        for step in path {
            switch step {
            case .key(let k): out += out.isEmpty ? k : ".\(k)"
            case .index(let i): out += "[\(i)]"
            }
        }
        return out
    }

    static func describe(_ error: DecodingError) -> (StoreProblem.Kind, [JSONScanner.PathStep]) {
        switch error {
        case .keyNotFound(let key, let context):
            return (.missingField(key.stringValue), path(of: context.codingPath))
        case .typeMismatch(let type, let context):
            return (.wrongType(typeName(type)), path(of: context.codingPath))
        case .valueNotFound(let type, let context):
            return (.wrongType(typeName(type)), path(of: context.codingPath))
        case .dataCorrupted(let context):
            if let (format, found) = ValueFormat.parse(marker: context.debugDescription) {
                return (.badFormat(format, found: found), path(of: context.codingPath))
            }
            if let (found, allowed) = StoredCaseMarker.parse(context.debugDescription) {
                return (.unknownValue(found, allowed: allowed), path(of: context.codingPath))
            }
            return (.invalidValue(context.debugDescription), path(of: context.codingPath))
        @unknown default:
            return (.invalidValue(String(describing: error)), [])
        }
    }

    /// A plain name of the JSON type a Swift type is read from.
    static func typeName(_ type: Any.Type) -> String {
        let name = String(describing: type)
        switch name {
        case "String": return "string"
        case "Int", "Double", "Float", "Int64", "UInt": return "number"
        case "Bool": return "boolean"
        default:
            if name.hasPrefix("Array") || name.hasPrefix("[") { return "array" }
            if name.hasPrefix("Dictionary") { return "object" }
            return "object"
        }
    }

    /// Keys present in the file that the program would drop on writing it back.
    static func unknownFields<T: Encodable>(
        original: Data, value: T,
        encoder: JSONEncoder = StoreJSON.encoder(), known: KnownKeys? = nil
    ) -> [[JSONScanner.PathStep]] {
        guard let reencoded = try? encoder.encode(value) else { return [] }
        if let mine = JSONShape.of([UInt8](original)), let theirs = JSONShape.of([UInt8](reencoded)) {
            known?.learn(theirs)
            return mine.keysMissing(in: theirs)
        }
        // Keys written with escapes: Foundation's reader unescapes them.
        return unknownFieldsUnescaping(original: original, reencoded: reencoded)
    }

    /// The same comparison through Foundation's reader (slow: every object bridged).
    static func unknownFieldsUnescaping(original: Data, reencoded: Data) -> [[JSONScanner.PathStep]] {
        guard let a = try? JSONSerialization.jsonObject(with: original, options: [.fragmentsAllowed]),
            let b = try? JSONSerialization.jsonObject(with: reencoded, options: [.fragmentsAllowed])
        else { return [] }
        var out: [[JSONScanner.PathStep]] = []
        func walk(_ x: Any, _ y: Any, _ path: [JSONScanner.PathStep]) {
            if let dx = x as? [String: Any] {
                let dy = y as? [String: Any] ?? [:]
                for key in dx.keys.sorted() {
                    // A null the program leaves out is not lost information.
                    if dx[key] is NSNull, dy[key] == nil { continue }
                    guard let vy = dy[key] else {
                        out.append(path + [.key(key)])
                        continue
                    }
                    walk(dx[key]!, vy, path + [.key(key)])
                }
            } else if let ax = x as? [Any], let ay = y as? [Any] {
                for (i, item) in ax.enumerated() where i < ay.count { walk(item, ay[i], path + [.index(i)]) }
            }
        }
        walk(a, b, [])
        return out
    }
}
