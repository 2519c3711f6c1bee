/// A value stored in the JSON files as one string in its own format (`2026-11-23`, `2026-W48`,
/// `2026/27`, `F-9`): how it is written and read is said once, here, and a string that does not
/// read names its format.
public protocol TextCodable: Codable {
    static var format: ValueFormat { get }
    /// The value read from its text, if the text is in the format.
    init?(storedText: String)
    /// The text the value is stored as.
    var storedText: String { get }
}

extension TextCodable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(storedText: text) else { throw Self.format.error(decoder, found: text) }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(storedText)
    }
}
