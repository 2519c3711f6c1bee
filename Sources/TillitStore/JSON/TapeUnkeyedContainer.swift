/// An array of a `JSONTape` read in order.
struct TapeUnkeyedContainer: UnkeyedDecodingContainer {
    let tape: JSONTape
    /// The next element's token.
    private var next: Int
    private let end: Int
    let count: Int?
    private(set) var currentIndex = 0

    init(tape: JSONTape, array: Int) {
        self.tape = tape
        next = array + 1
        end = Int(tape.tokens[array].end)
        count = Int(tape.tokens[array].count)
    }

    var codingPath: [CodingKey] { [] }
    var isAtEnd: Bool { next >= end }

    private mutating func advance() throws -> Int {
        guard next < end else { throw JSONTape.Declined() }
        let i = next
        next = tape.skip(i)
        currentIndex += 1
        return i
    }

    mutating func decodeNil() throws -> Bool {
        guard next < end else { throw JSONTape.Declined() }
        guard tape.tokens[next].kind == .null else { return false }
        _ = try advance()
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try tape.decode(T.self, at: try advance()) }
    mutating func decode(_ type: String.Type) throws -> String { try tape.string(at: try advance()) }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try tape.bool(at: try advance()) }
    mutating func decode(_ type: Int.Type) throws -> Int { try tape.integer(at: try advance()) }
    mutating func decode(_ type: Double.Type) throws -> Double { try tape.double(at: try advance()) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try TapeDecoder(tape: tape, index: try advance()).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        try TapeDecoder(tape: tape, index: try advance()).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder { throw JSONTape.Declined() }
}
