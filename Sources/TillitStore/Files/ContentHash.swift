/// A 64-bit hash of a file's bytes, 32 at a time in four independent lanes (a single chain of
/// multiplications waits for each one; four keep the processor busy): fast enough to go over a
/// whole store (`doctor` hashes every dialogue file to know which it has already checked). Not
/// for security; any change of a byte changes it with near certainty. Kept only beside the store
/// for the program file that made it (`CheckedFiles`), so it may change between versions.
public enum ContentHash {
    public static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            let seed: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
            var lanes = (seed, seed &+ 1, seed &+ 2, seed &+ 3)
            var i = 0
            while i + 32 <= raw.count {
                lanes.0 = mix(lanes.0 ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                lanes.1 = mix(lanes.1 ^ raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
                lanes.2 = mix(lanes.2 ^ raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self))
                lanes.3 = mix(lanes.3 ^ raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))
                i += 32
            }
            var h = mix(mix(mix(lanes.0 ^ lanes.1.rotated(17)) ^ lanes.2.rotated(31)) ^ lanes.3.rotated(47))
            while i + 8 <= raw.count {
                h = mix(h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < raw.count {
                tail |= UInt64(raw[i]) << shift
                shift += 8
                i += 1
            }
            return mix(h ^ tail)
        }
    }

    /// One round of a 64-bit finaliser (as in MurmurHash3's), every input bit reaching every output bit.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &* 0xBF58_476D_1CE4_E5B9
        z ^= z >> 31
        z = z &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 29)
    }
}

extension UInt64 {
    @inline(__always)
    fileprivate func rotated(_ n: UInt64) -> UInt64 { (self << n) | (self >> (64 - n)) }
}
