import Foundation

/// A minimal ZIP writer (entries stored uncompressed, CRC-32 checked), enough for an Office Open
/// XML package: a dependency for this alone was not worth its build time.
struct ZipWriter {
    private var data = Data()
    private var central = Data()
    private var count: UInt16 = 0

    static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ bytes: Data) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    private static func le16(_ v: UInt16) -> Data { withUnsafeBytes(of: v.littleEndian) { Data($0) } }
    private static func le32(_ v: UInt32) -> Data { withUnsafeBytes(of: v.littleEndian) { Data($0) } }

    /// Adds a file. The date is fixed (1980-01-01) so the same content gives the same bytes.
    mutating func add(_ name: String, _ content: Data) {
        let nameBytes = Data(name.utf8)
        let crc = Self.crc32(content)
        let offset = UInt32(data.count)
        var local = Data([0x50, 0x4B, 0x03, 0x04])
        local += Self.le16(20) + Self.le16(0x0800) + Self.le16(0)  // version, flags (UTF-8 names), stored
        local += Self.le16(0) + Self.le16(0x21)  // time, date: 1980-01-01
        local += Self.le32(crc) + Self.le32(UInt32(content.count)) + Self.le32(UInt32(content.count))
        local += Self.le16(UInt16(nameBytes.count)) + Self.le16(0)
        data += local + nameBytes + content
        var entry = Data([0x50, 0x4B, 0x01, 0x02])
        entry += Self.le16(20) + Self.le16(20) + Self.le16(0x0800) + Self.le16(0) + Self.le16(0) + Self.le16(0x21)
        entry += Self.le32(crc) + Self.le32(UInt32(content.count)) + Self.le32(UInt32(content.count))
        entry += Self.le16(UInt16(nameBytes.count)) + Self.le16(0) + Self.le16(0) + Self.le16(0) + Self.le16(0)
        entry += Self.le32(0) + Self.le32(offset)
        central += entry + nameBytes
        count += 1
    }

    func finished() -> Data {
        var end = Data([0x50, 0x4B, 0x05, 0x06]) + Self.le16(0) + Self.le16(0)
        end += Self.le16(count) + Self.le16(count) + Self.le32(UInt32(central.count)) + Self.le32(UInt32(data.count))
        end += Self.le16(0)
        return data + central + end
    }
}
