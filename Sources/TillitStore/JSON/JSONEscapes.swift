/// A JSON string's bytes: its UTF-8 checked, and its escapes (`\n`, `\"`, `\u00e5`, a surrogate
/// pair) read exactly as JSON says, a lone surrogate refused (`JSONTape.Declined`).
enum JSONEscapes {
    @inline(__always) static func hex(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }

    /// The text of a string's bytes between its quotes (checked by the tape: every escape whole).
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        func code(at k: Int) throws -> UInt32 {
            guard k + 5 < raw.count, raw[k] == UInt8(ascii: "\\"), raw[k + 1] == UInt8(ascii: "u") else {
                throw JSONTape.Declined()
            }
            var v: UInt32 = 0
            for j in 2..<6 {
                guard let h = hex(raw[k + j]) else { throw JSONTape.Declined() }
                v = v << 4 | h
            }
            return v
        }
        while i < raw.count {
            let c = raw[i]
            guard c == UInt8(ascii: "\\") else {
                out.append(c)
                i += 1
                continue
            }
            let e = raw[i + 1]
            switch e {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try code(at: i)
                if (0xD800...0xDBFF).contains(scalar) {
                    let low = try code(at: i + 6)
                    guard (0xDC00...0xDFFF).contains(low) else { throw JSONTape.Declined() }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw JSONTape.Declined()
                }
                guard let s = Unicode.Scalar(scalar) else { throw JSONTape.Declined() }
                out.append(contentsOf: UTF8.encode(s)!)
                i += 4
            default: out.append(e)
            }
            i += 2
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The length of the UTF-8 sequence at `i`, refusing one that is not valid.
    static func utf8Length(_ b: UnsafeBufferPointer<UInt8>, at i: Int) throws -> Int {
        let c = b[i]
        let length: Int
        let minScalar: UInt32
        switch c {
        case 0xC2...0xDF: (length, minScalar) = (2, 0x80)
        case 0xE0...0xEF: (length, minScalar) = (3, 0x800)
        case 0xF0...0xF4: (length, minScalar) = (4, 0x10000)
        default: throw JSONTape.Declined()
        }
        guard i + length <= b.count else { throw JSONTape.Declined() }
        var scalar = UInt32(c) & (0xFF >> (length + 1))
        for k in 1..<length {
            let d = b[i + k]
            guard d & 0xC0 == 0x80 else { throw JSONTape.Declined() }
            scalar = scalar << 6 | UInt32(d & 0x3F)
        }
        guard scalar >= minScalar, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
            throw JSONTape.Declined()
        }
        return length
    }
}
