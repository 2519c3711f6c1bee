import Foundation
import TillitDomain

/// A CSV file's text, decoded the way Swedish offices save it: UTF-8 with or without a
/// byte-order mark, or Windows-1252 (what Excel writes as "CSV (semikolonavgränsad)").
public struct CSVText: Sendable {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 (BOM)"
        case windows1252 = "Windows-1252"
    }

    public var text: String
    public var encoding: Encoding

    public init(bytes: [UInt8]) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            encoding = .utf8WithBOM
        } else if DocumentReader.firstInvalidUTF8(bytes) == nil {
            text = String(decoding: bytes, as: UTF8.self)
            encoding = .utf8
        } else {
            text = String(bytes.map { CSVText.windows1252Character($0) })
            encoding = .windows1252
        }
        text = text.precomposedStringWithCanonicalMapping
    }

    /// Windows-1252 to Unicode; its 0x80...0x9F block differs from Latin-1.
    static func windows1252Character(_ b: UInt8) -> Character {
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
            0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
            0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        let value = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
        return Character(Unicode.Scalar(value)!)
    }
}
