/// An enum stored in the files as its case's name (`"strengths"`). Read here rather than by the
/// standard library's general reading of raw values, which is not specialised for the type and
/// looks up type information under a lock for every value: a store holds millions of them. The
/// same error as the standard library's for a name that is not a case.
public protocol StoredCase: RawRepresentable<String>, Codable, CaseIterable {}

extension StoredCase {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(rawValue: text) else {
            // Said to the user in their language: which value was found, and which there are.
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: StoredCaseMarker.marker(found: text, allowed: Self.allCases.map(\.rawValue))))
        }
        self = value
    }
}

/// The marker a stored case that does not exist puts in its `DecodingError`, for the reader of the
/// file to name the problem in words (`StoreProblem.Kind.unknownValue`): `case:a,b,c:found`.
public enum StoredCaseMarker {
    public static func marker(found: String, allowed: [String]) -> String {
        "case:" + allowed.joined(separator: ",") + ":" + found
    }

    /// The value found and the values there are, from a marker.
    public static func parse(_ marker: String) -> (found: String, allowed: [String])? {
        let parts = marker.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "case" else { return nil }
        return (String(parts[2]), parts[1].split(separator: ",").map(String.init))
    }
}
