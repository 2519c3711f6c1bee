import Foundation
import TillitDomain

/// A `Decoder` over a `JSONTape`: the store's documents decoded by their own `Codable`, several
/// times faster than Foundation's decoder, which builds a dictionary for every object and parses
/// every date with a format style. It decodes what Foundation's decoder (with `StoreJSON`'s
/// settings) decodes to the same value, or declines: anything unusual (a wrong type, a missing key,
/// a date not in the store's own form) throws, and `DocumentReader` asks Foundation's decoder,
/// which names the problem and its place.
struct TapeDecoder: Decoder, SingleValueDecodingContainer {
    let tape: JSONTape
    let index: Int

    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Decodes a whole document. With `everyKeyRead`, a key the types never asked for (one this
    /// version does not know) declines too.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], everyKeyRead: Bool, maxDepth: Int) throws -> T
    {
        let tape = try JSONTape(bytes, maxDepth: maxDepth)
        let value = try tape.decode(T.self, at: 0)
        if tape.declined || (everyKeyRead && tape.hasUnaskedKey) { throw JSONTape.Declined() }
        return value
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard tape.tokens[index].kind == .object else { throw JSONTape.Declined() }
        return KeyedDecodingContainer(TapeKeyedContainer<Key>(tape: tape, object: index))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard tape.tokens[index].kind == .array else { throw JSONTape.Declined() }
        return TapeUnkeyedContainer(tape: tape, array: index)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { tape.tokens[index].kind == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try tape.bool(at: index) }
    func decode(_ type: String.Type) throws -> String { try tape.string(at: index) }
    func decode(_ type: Double.Type) throws -> Double { try tape.double(at: index) }
    func decode(_ type: Float.Type) throws -> Float { try tape.decode(Float.self, at: index) }
    func decode(_ type: Int.Type) throws -> Int { try tape.integer(at: index) }
    func decode(_ type: Int8.Type) throws -> Int8 { try tape.integer(at: index) }
    func decode(_ type: Int16.Type) throws -> Int16 { try tape.integer(at: index) }
    func decode(_ type: Int32.Type) throws -> Int32 { try tape.integer(at: index) }
    func decode(_ type: Int64.Type) throws -> Int64 { try tape.integer(at: index) }
    func decode(_ type: UInt.Type) throws -> UInt { try tape.integer(at: index) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try tape.integer(at: index) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try tape.integer(at: index) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try tape.integer(at: index) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try tape.integer(at: index) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try tape.decode(T.self, at: index) }
}

extension JSONTape {
    /// The value at `i` as `T`: the types Foundation's decoder treats itself (dates, data, URLs,
    /// decimals, floats) by their own rule, the rest by their `Decodable`.
    func decode<T: Decodable>(_ type: T.Type, at i: Int) throws -> T {
        // Compared as identifiers: `==` on metatypes looks up `Optional<Any.Type>` under a lock.
        let type = ObjectIdentifier(T.self)
        if type == ObjectIdentifier(String.self) { return try string(at: i) as! T }
        if type == ObjectIdentifier(Int.self) { return try integer(at: i) as Int as! T }
        if type == ObjectIdentifier(Bool.self) { return try bool(at: i) as! T }
        if type == ObjectIdentifier(Double.self) { return try double(at: i) as! T }
        if type == ObjectIdentifier(Date.self) { return try date(at: i) as! T }
        // Read by rules of Foundation's own that are not worth repeating here.
        if type == ObjectIdentifier(Data.self) || type == ObjectIdentifier(URL.self)
            || type == ObjectIdentifier(Decimal.self) || type == ObjectIdentifier(Float.self)
        {
            throw Declined()
        }
        // A dialogue's notes, most of what the store decodes, read without `Decodable`.
        if type == ObjectIdentifier([Note].self) { return try notes(at: i) as! T }
        if tokens[i].kind == .array, let array = T.self as? TapeArray.Type {
            return try array.fromTape(self, at: i) as! T
        }
        return try T(from: TapeDecoder(tape: self, index: i))
    }

    func bool(at i: Int) throws -> Bool {
        switch tokens[i].kind {
        case .trueValue: return true
        case .falseValue: return false
        default: throw Declined()
        }
    }

    func integer<T: FixedWidthInteger>(at i: Int) throws -> T {
        guard let value = T(Substring(try integerText(at: i)), radix: 10) else { throw Declined() }
        return value
    }

    /// A date as the store writes it (`2026-11-30T09:15:00Z`, from 1900 to 2999); any other form
    /// declines, to be read by Foundation's ISO 8601 parser.
    func date(at i: Int) throws -> Date {
        let t = tokens[i]
        guard t.kind == .string, !t.marked, t.end - t.start == 20 else { throw Declined() }
        let s = Int(t.start)
        // `YYYY-MM-DDTHH:MM:SSZ`: the separators where they belong, digits between them.
        for (at, c) in Self.dateSeparators where bytes[s + at] != c { throw Declined() }
        func number(_ at: Int, _ count: Int) throws -> Int {
            var v = 0
            for k in (s + at)..<(s + at + count) {
                guard bytes[k] >= 0x30, bytes[k] <= 0x39 else { throw Declined() }
                v = v * 10 + Int(bytes[k] - 0x30)
            }
            return v
        }
        let (year, month, day) = (try number(0, 4), try number(5, 2), try number(8, 2))
        let (hour, minute, second) = (try number(11, 2), try number(14, 2), try number(17, 2))
        guard (1900...2999).contains(year), (1...12).contains(month), day >= 1,
            day <= Self.daysIn(month: month, year: year), hour < 24, minute < 60, second < 60
        else { throw Declined() }
        let days = Self.daysSince1970(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3_600 + minute * 60 + second))
    }

    /// Where the store's dates have their separators, and which.
    static let dateSeparators: [(Int, UInt8)] = [
        (4, UInt8(ascii: "-")), (7, UInt8(ascii: "-")), (10, UInt8(ascii: "T")), (13, UInt8(ascii: ":")),
        (16, UInt8(ascii: ":")), (19, UInt8(ascii: "Z")),
    ]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to a day of the Gregorian calendar (Howard Hinnant's `days_from_civil`).
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
