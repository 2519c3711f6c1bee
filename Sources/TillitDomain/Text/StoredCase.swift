/// An enum stored in the files as its case's name (`"strengths"`). Read here rather than by the
/// standard library's general reading of raw values, which is not specialised for the type and
/// looks up type information under a lock for every value: a store holds millions of them. The
/// same error as the standard library's for a name that is not a case.
public protocol StoredCase: RawRepresentable<String>, Codable {}

extension StoredCase {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(rawValue: text) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "Cannot initialize \(Self.self) from invalid String value \(text)"))
        }
        self = value
    }
}
