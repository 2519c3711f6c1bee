/// An array read straight from the tape, element by element: the standard library's general
/// reading of an array looks up type information for every array it reads.
protocol TapeArray {
    static func fromTape(_ tape: JSONTape, at i: Int) throws -> Self
}

extension Array: TapeArray where Element: Decodable {
    static func fromTape(_ tape: JSONTape, at array: Int) throws -> [Element] {
        try tape.elements(of: array) { try tape.decode(Element.self, at: $0) }
    }
}

extension JSONTape {
    /// The elements of the array at `array`, each read by `element` from its index; anything
    /// but an array declines.
    func elements<E>(of array: Int, _ element: (Int) throws -> E) throws -> [E] {
        guard tokens[array].kind == .array else { throw Declined() }
        var out: [E] = []
        out.reserveCapacity(Int(tokens[array].count))
        var i = array + 1
        let end = Int(tokens[array].end)
        while i < end {
            out.append(try element(i))
            i = skip(i)
        }
        return out
    }
}
