/// The text formats the domain reads from files; a decoding error names one so that the store can
/// explain the problem in the user's language.
public enum ValueFormat: String, Sendable, CaseIterable {
    case date
    case week
    case dateOrWeek
    case schoolYear
    case grades
    case recurrence
    case time
    /// A moment as the store writes it: `2025-09-18T09:30:00Z`.
    case moment

    /// The marker put in a `DecodingError`'s description: `format:date:found text`.
    public func marker(found: String) -> String { "format:\(rawValue):\(found)" }

    /// Reads a marker back: the format and the text that was found.
    public static func parse(marker: String) -> (format: ValueFormat, found: String)? {
        let parts = marker.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "format", let f = ValueFormat(rawValue: String(parts[1]))
        else { return nil }
        return (f, String(parts[2]))
    }

    public func error(_ decoder: Decoder, found: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: marker(found: found)))
    }
}
