import TestSupport
import Testing

@testable import TillitStore

/// The hash `doctor` keeps of each file it found sound: any change of a byte, and any length,
/// gives another hash (in every lane of its 32-byte blocks and in the tail).
@Suite struct ContentHashTests {
    @Test func everyByteAndEveryLengthCounts() {
        var rng = SplitMix64(seed: 7)
        for length in [0, 1, 7, 8, 9, 31, 32, 33, 63, 64, 65, 100, 257] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let hash = ContentHash.of(bytes)
            var seen: Set<UInt64> = [hash]
            for i in bytes.indices {
                for flip: UInt8 in [1, 0x80] {
                    var changed = bytes
                    changed[i] ^= flip
                    #expect(seen.insert(ContentHash.of(changed)).inserted, "length \(length), byte \(i)")
                }
            }
            // The same bytes with one more (a zero) or one fewer.
            #expect(ContentHash.of(bytes + [0]) != hash)
            if length > 0 { #expect(ContentHash.of(Array(bytes.dropLast())) != hash) }
            // Two lanes swapped: the lanes are not simply added up.
            if length >= 32 {
                let swapped = Array(bytes[8..<16] + bytes[0..<8] + bytes[16...])
                if swapped != bytes { #expect(ContentHash.of(swapped) != hash) }
            }
        }
    }
}
