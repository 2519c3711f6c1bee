/// An array read straight from the tape, element by element: the standard library's general
/// reading of an array looks up type information for every array it reads.
protocol TapeArray {
    static func fromTape(_ tape: JSONTape, at i: Int) throws -> Self
}

extension Array: TapeArray where Element: Decodable {
    static func fromTape(_ tape: JSONTape, at array: Int) throws -> [Element] {
        var out: [Element] = []
        out.reserveCapacity(Int(tape.tokens[array].count))
        var i = array + 1
        let end = Int(tape.tokens[array].end)
        while i < end {
            out.append(try tape.decode(Element.self, at: i))
            i = tape.skip(i)
        }
        return out
    }
}
