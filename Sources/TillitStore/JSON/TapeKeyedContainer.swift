/// An object of a `JSONTape` read by key: each key found by a scan of the object's few keys
/// (no dictionary built), and marked as asked for.
struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let tape: JSONTape
    let object: Int

    var codingPath: [CodingKey] { [] }

    var allKeys: [Key] {
        guard let members = try? tape.members(of: object) else {
            tape.declined = true
            return []
        }
        return members.compactMap { Key(stringValue: $0.key) }
    }

    func contains(_ key: Key) -> Bool {
        do {
            return try tape.value(of: key.stringValue, in: object) != nil
        } catch {
            tape.declined = true
            return false
        }
    }

    private func value(_ key: Key) throws -> Int {
        guard let v = try tape.value(of: key.stringValue, in: object) else { throw JSONTape.Declined() }
        return v
    }

    /// The value of `key` unless it is absent or null.
    private func present(_ key: Key) throws -> Int? {
        guard let v = try tape.value(of: key.stringValue, in: object), tape.tokens[v].kind != .null else { return nil }
        return v
    }

    func decodeNil(forKey key: Key) throws -> Bool { tape.tokens[try value(key)].kind == .null }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try tape.decode(T.self, at: try value(key))
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try tape.bool(at: try value(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try tape.string(at: try value(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try tape.double(at: try value(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try tape.integer(at: try value(key)) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try present(key).map { try tape.decode(T.self, at: $0) }
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try present(key).map { try tape.bool(at: $0) }
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try present(key).map { try tape.string(at: $0) }
    }

    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try present(key).map { try tape.double(at: $0) }
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try present(key).map { try tape.integer(at: $0) }
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try TapeDecoder(tape: tape, index: try value(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try TapeDecoder(tape: tape, index: try value(key)).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { throw JSONTape.Declined() }
    func superDecoder(forKey key: Key) throws -> Decoder { throw JSONTape.Declined() }
}
