import Foundation
import TillitDomain

/// The store's JSON settings: pretty-printed with sorted keys so files diff and merge well.
public enum StoreJSON {
    public static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }

    public static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        // ISO 8601 as `.iso8601` reads it, but a date that does not read names its text and place.
        d.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = try? Date.ISO8601FormatStyle().parse(text) else {
                throw ValueFormat.moment.error(decoder, found: text)
            }
            return date
        }
        return d
    }

    /// Encodes a value as the store writes it, ending with a newline.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        var data = try encoder().encode(value)
        data.append(0x0A)
        return data
    }
}
