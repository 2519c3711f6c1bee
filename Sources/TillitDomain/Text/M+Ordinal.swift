extension M {
    /// The message's place among all messages (`M.allCases`, the order they are declared in),
    /// read from the enum's own tag. `M`'s `Hashable` comes from `RawRepresentable`: it would make
    /// the message's name into text and hash that for every look-up. A test holds every case to
    /// its place.
    @inline(__always) var ordinal: Int {
        withUnsafeBytes(of: self) { raw in
            raw.count == 1 ? Int(raw[0]) : Int(raw.loadUnaligned(as: UInt16.self))
        }
    }
}
